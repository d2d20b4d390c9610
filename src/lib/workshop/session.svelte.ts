/**
 * The workshop session as reactive state (`workshop`): a thin wrapper around the pure functions in
 * session.ts, kept as a stored document that saves every change at once. Changes made in another
 * tab (a participant's link opened on /r/ and added there) arrive while a page shows the session,
 * so an open combine page updates by itself.
 */
import type { SharedResult } from '$lib/share/codec';
import { StoredDocument } from '$lib/storage/document.svelte';
import type { DocumentProblem, StorageStatus } from '$lib/storage/document';
import type { KeyValueStore } from '$lib/storage/storage';
import { addLinks, type LineOutcome } from './combine';
import {
	addParticipant,
	clearParticipants,
	removeParticipant,
	sessionFormat,
	setPick,
	type AddOutcome,
	type Pick,
	type SessionParticipant
} from './session';

export class WorkshopState {
	readonly #document;

	/** `store`: see StoredDocument (left out: localStorage, opened on first use). */
	constructor(store?: KeyValueStore | null) {
		this.#document = new StoredDocument(sessionFormat, store);
	}

	get participants(): readonly SessionParticipant[] {
		return this.#document.value.participants;
	}

	get picks(): Readonly<Record<string, Pick>> {
		return this.#document.value.picks;
	}

	/** A session has been opened in this browser (on the combine page), even if still empty. */
	get exists(): boolean {
		return this.#document.present;
	}

	get problem(): DocumentProblem | null {
		return this.#document.problem;
	}

	get backupKey(): string | null {
		return this.#document.backupKey;
	}

	/** The stored text that had a problem, for the user to download. */
	get rawBackup(): string | null {
		return this.#document.rawBackup;
	}

	get status(): StorageStatus {
		return this.#document.status;
	}

	dismissProblem(): void {
		this.#document.dismissProblem();
	}

	/** Opens a session if none is open, so links opened on /r/ offer to join it. */
	open(): void {
		if (!this.#document.present) this.#document.set(this.#document.value);
	}

	add(result: SharedResult): AddOutcome {
		const outcome = addParticipant(this.#document.value, result);
		if (outcome.kind === 'added') this.#document.set(outcome.session);
		return outcome;
	}

	/** Adds pasted links (one per line) in one change; returns what happened to each line. */
	addLinks(lines: readonly string[]): LineOutcome[] {
		const { session, outcomes } = addLinks(this.#document.value, lines);
		if (outcomes.some((outcome) => outcome.kind === 'added')) this.#document.set(session);
		return outcomes;
	}

	remove(id: string): void {
		this.#document.set(removeParticipant(this.#document.value, id));
	}

	/** Removes every participant and pick; the session stays open for the next group. */
	clear(): void {
		this.#document.set(clearParticipants());
	}

	setPick(questionId: string, pick: Pick | undefined): void {
		this.#document.set(setPick(this.#document.value, questionId, pick));
	}

	/** Takes over a change another tab wrote; ignores anything it cannot read. */
	receiveExternal(key: string | null, raw: string | null): void {
		this.#document.receive(key, raw);
	}
}

// Nothing is read or listened to until a page uses it.
export const workshop = new WorkshopState();
