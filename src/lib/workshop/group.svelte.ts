/**
 * The group's answers for the presenter view: per question, how many participants chose each
 * answer and whether the question is flagged. Loaded only when this browser has a workshop
 * session (keys.ts tells without loading anything), so a presenter without participants never
 * downloads the session's code.
 */
import { principles } from '$lib/framework';
import { mergeParticipants, type QuestionMerge } from './merge';
import { toMergeParticipant } from './session';
import { workshop } from './session.svelte';

class GroupAnswers {
	readonly #merged = $derived(
		mergeParticipants(principles, workshop.participants.map(toMergeParticipant))
	);

	/** How many participants' answers are in. */
	get participants(): number {
		return workshop.participants.length;
	}

	/** The merged answers to one question, or undefined without participants. */
	question(questionId: string): QuestionMerge | undefined {
		if (this.participants === 0) return undefined;
		return this.#merged.questions.find((question) => question.questionId === questionId);
	}
}

export const group = new GroupAnswers();
