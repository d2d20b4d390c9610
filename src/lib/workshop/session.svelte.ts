/**
 * The workshop session as reactive state (`workshop`): a thin wrapper around the pure functions in
 * session.ts that saves every change at once. Changes made in another tab (a participant's link
 * opened on /r/ and added there) arrive through the `storage` event, so an open combine page
 * updates by itself.
 */
import { browser } from '$app/environment';
import type { SharedResult } from '$lib/share/codec';
import { MemoryStore, probeLocalStorage, type KeyValueStore } from '$lib/storage/storage';
import { addLinks, type LineOutcome } from './combine';
import {
	addParticipant,
	clearParticipants,
	emptySession,
	loadSession,
	parseSession,
	removeParticipant,
	saveSession,
	setPick,
	WORKSHOP_KEY,
	type AddOutcome,
	type Pick,
	type Session,
	type SessionParticipant,
	type SessionProblem,
	type StorageState
} from './session';

export class WorkshopState {
	#store: KeyValueStore | null;
	#session = $state<Session>(emptySession());
	#exists = $state(false);
	#problem = $state<SessionProblem | null>(null);
	#backupKey = $state<string | null>(null);
	#raw: string | null = null;
	#storage = $state<StorageState>('saved');

	constructor(store: KeyValueStore | null) {
		this.#store = store;
		const loaded = loadSession(store);
		this.#session = loaded.session;
		this.#exists = loaded.exists;
		this.#problem = loaded.problem;
		this.#backupKey = loaded.backupKey;
		this.#raw = loaded.raw;
		this.#storage = store ? loaded.storage : 'memory';
	}

	get participants(): readonly SessionParticipant[] {
		return this.#session.participants;
	}

	get picks(): Readonly<Record<string, Pick>> {
		return this.#session.picks;
	}

	/** A session has been opened in this browser (on the combine page), even if still empty. */
	get exists(): boolean {
		return this.#exists;
	}

	get problem(): SessionProblem | null {
		return this.#problem;
	}

	get backupKey(): string | null {
		return this.#backupKey;
	}

	/** The stored text that had a problem, for the user to download. */
	get rawBackup(): string | null {
		return this.#raw;
	}

	get storage(): StorageState {
		return this.#storage;
	}

	dismissProblem(): void {
		this.#problem = null;
	}

	/** Opens a session if none is open, so links opened on /r/ offer to join it. */
	open(): void {
		if (!this.#exists) this.#commit(this.#session);
	}

	add(result: SharedResult): AddOutcome {
		const outcome = addParticipant(this.#session, result);
		if (outcome.kind === 'added') this.#commit(outcome.session);
		return outcome;
	}

	/** Adds pasted links (one per line) in one change; returns what happened to each line. */
	addLinks(lines: readonly string[]): LineOutcome[] {
		const { session, outcomes } = addLinks(this.#session, lines);
		if (outcomes.some((outcome) => outcome.kind === 'added')) this.#commit(session);
		return outcomes;
	}

	remove(id: string): void {
		this.#commit(removeParticipant(this.#session, id));
	}

	/** Removes every participant and pick; the session stays open for the next group. */
	clear(): void {
		this.#commit(clearParticipants());
	}

	setPick(questionId: string, pick: Pick | undefined): void {
		this.#commit(setPick(this.#session, questionId, pick));
	}

	/** Takes over a change another tab wrote; ignores anything it cannot read. */
	receiveExternal(key: string | null, raw: string | null): void {
		// key null: the other tab cleared all of storage.
		if (key !== null && key !== WORKSHOP_KEY) return;
		const parsed = parseSession(key === null ? null : raw);
		if (parsed.problem && parsed.problem.kind !== 'repaired') return;
		this.#session = parsed.session;
		this.#exists = parsed.exists;
	}

	#commit(session: Session): void {
		this.#session = session;
		this.#exists = true;
		// Nothing is written over a session that could neither be read nor copied.
		if (this.#storage === 'memory' || this.#storage === 'backup-failed') return;
		const result = saveSession(this.#store, session);
		this.#storage = result === 'ok' ? 'saved' : result === 'full' ? 'full' : 'memory';
	}
}

// While prerendering there is no storage and nothing to warn about: an in-memory store stands in.
export const workshop = new WorkshopState(browser ? probeLocalStorage() : new MemoryStore());

if (browser) {
	window.addEventListener('storage', (event) =>
		workshop.receiveExternal(event.key, event.newValue)
	);
}
