/**
 * The participant's side of workshops as reactive state (`participation`): a stored document
 * (participation.ts) that saves choices at once and typed text (name, notes, reasons) batched.
 */
import type { Choice } from '$lib/assessment/model';
import { PARTICIPANT_MAX } from '$lib/share/codec';
import { DocumentState, StoredDocument } from '$lib/storage/document.svelte';
import type { KeyValueStore } from '$lib/storage/storage';
import { LIMITS } from '$lib/assessment/model';
import {
	changeAnswer,
	ensureEntry,
	entryOf,
	participationFormat,
	type Participation,
	type Participations
} from './participation';

export class ParticipationState extends DocumentState<Participations> {
	readonly #document: StoredDocument<Participations>;
	readonly #now: () => Date;

	// The clock only stamps changes; nothing reacts to a Date, so SvelteDate is not needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	constructor(store?: KeyValueStore | null, now: () => Date = () => new Date()) {
		const stored = new StoredDocument(participationFormat, store, now);
		super(stored);
		this.#document = stored;
		this.#now = now;
	}

	entry(session: string): Participation | undefined {
		return entryOf(this.#document.value, session);
	}

	setName(session: string, name: string): void {
		this.#document.update((value) => {
			const entry = ensureEntry(value, session, this.#now());
			entry.name = name.slice(0, PARTICIPANT_MAX);
			entry.updatedAt = this.#now().toISOString();
		}, true);
	}

	setChoice(session: string, questionId: string, choice: Choice | undefined): void {
		this.#change(session, questionId, (answer) => {
			if (choice === undefined) delete answer.choice;
			else answer.choice = choice;
		});
	}

	setNote(session: string, questionId: string, note: string): void {
		this.#change(session, questionId, (answer) => (answer.note = note.slice(0, LIMITS.note)), true);
	}

	setNaReason(session: string, questionId: string, reason: string): void {
		this.#change(
			session,
			questionId,
			(answer) => (answer.naReason = reason.slice(0, LIMITS.naReason)),
			true
		);
	}

	/** Writes typed text now (before a link is made from it). */
	flush(): void {
		this.#document.flush();
	}

	#change(
		session: string,
		questionId: string,
		change: Parameters<typeof changeAnswer>[2],
		batch = false
	): void {
		this.#document.update((value) => {
			changeAnswer(ensureEntry(value, session, this.#now()), questionId, change, this.#now());
		}, batch);
	}
}

// Nothing is read or listened to until a page uses it.
export const participation = new ParticipationState();
