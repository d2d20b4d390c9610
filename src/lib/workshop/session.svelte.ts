/**
 * The workshop session as reactive state (`workshop`): a thin wrapper around the pure functions in
 * session.ts, kept as a stored document that saves every change at once. Changes made in another
 * tab (a participant's link opened on /r/ and added there) arrive while a page shows the session,
 * so an open combine page updates by itself.
 */
import type { SharedResult } from '$lib/share/codec';
import { DocumentState, StoredDocument } from '$lib/storage/document.svelte';
import type { KeyValueStore } from '$lib/storage/storage';
import { addDecoded, type DecodedLine, type LineOutcome } from './combine';
import {
	addParticipant,
	clearParticipants,
	removeParticipant,
	replaceParticipant,
	sessionFormat,
	setAdoption,
	setInvitation,
	setPick,
	type Adoption,
	type AddOutcome,
	type Pick,
	type Session,
	type SessionInvitation,
	type SessionParticipant
} from './session';

/** Eight random hex digits: a new session id for an invitation. */
export function newSessionId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(4));
	return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export class WorkshopState extends DocumentState<Session> {
	readonly #document: StoredDocument<Session>;
	readonly #newId: () => string;

	/** `store`: see StoredDocument (left out: localStorage, opened on first use). */
	constructor(store?: KeyValueStore | null, newId: () => string = newSessionId) {
		const stored = new StoredDocument(sessionFormat, store);
		super(stored);
		this.#document = stored;
		this.#newId = newId;
	}

	get participants(): readonly SessionParticipant[] {
		return this.#document.value.participants;
	}

	get picks(): Readonly<Record<string, Pick>> {
		return this.#document.value.picks;
	}

	get invitation(): SessionInvitation | undefined {
		return this.#document.value.invitation;
	}

	get adoption(): Adoption | undefined {
		return this.#document.value.adoption;
	}

	/** A session has been opened in this browser (on the combine page), even if still empty. */
	get exists(): boolean {
		return this.#document.present;
	}

	/** Opens a session if none is open, so links opened on /r/ offer to join it. */
	open(): void {
		if (!this.#document.present) this.#document.set(this.#document.value);
	}

	/**
	 * The invitation's settings, made (and the session opened) the first time they are needed:
	 * every principle and role, dated `today` ('YYYY-MM-DD').
	 */
	ensureInvitation(today: string): SessionInvitation {
		const current = this.#document.value.invitation;
		if (current) return current;
		const invitation = { session: this.#newId(), date: today };
		this.#document.set(setInvitation(this.#document.value, invitation));
		return invitation;
	}

	/** Changes the invitation's scope; participants who joined keep what they answered. */
	setInvitationScope(scope: Omit<SessionInvitation, 'session' | 'date'>, today: string): void {
		const current = this.ensureInvitation(today);
		const next: SessionInvitation = { session: current.session, date: current.date };
		if (scope.principles) next.principles = [...scope.principles];
		if (scope.roles) next.roles = [...scope.roles];
		this.#document.set(setInvitation(this.#document.value, next));
	}

	add(result: SharedResult): AddOutcome {
		const outcome = addParticipant(this.#document.value, result);
		if (outcome.kind === 'added') this.#document.set(outcome.session);
		return outcome;
	}

	/** Adds decoded pasted links in one change; returns what happened to each line. */
	addDecoded(lines: readonly DecodedLine[]): LineOutcome[] {
		const { session, outcomes } = addDecoded(this.#document.value, lines);
		if (outcomes.some((outcome) => outcome.kind === 'added')) this.#document.set(session);
		return outcomes;
	}

	/** Puts a newer result (the same answers with new notes) in an earlier participant's place. */
	replace(id: string, result: SharedResult): boolean {
		const before: Session = this.#document.value;
		const next = replaceParticipant(before, id, result);
		if (next !== before) this.#document.set(next);
		return next !== before;
	}

	remove(id: string): void {
		this.#document.set(removeParticipant(this.#document.value, id));
	}

	/**
	 * Removes every participant, pick and adoption; the session stays open for the next group,
	 * whose invitation gets a new session id.
	 */
	clear(): void {
		this.#document.set(clearParticipants(this.#document.value, this.#newId()));
	}

	setPick(questionId: string, pick: Pick | undefined): void {
		this.#document.set(setPick(this.#document.value, questionId, pick));
	}

	setAdoption(adoption: Adoption | undefined): void {
		this.#document.set(setAdoption(this.#document.value, adoption));
	}

	/** Takes over a change another tab wrote; ignores anything it cannot read. */
	receiveExternal(key: string | null, raw: string | null): void {
		this.#document.receive(key, raw);
	}
}

// Nothing is read or listened to until a page uses it.
export const workshop = new WorkshopState();
