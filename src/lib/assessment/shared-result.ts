/**
 * What a shared link or a snapshot shows (ResultView): the scored result, what to do next, and the
 * notes, each named by its question. Results of the current question bank are built here; results
 * of an older bank by `oldSharedResult` in framework/history.ts, which brings the frozen banks and
 * the migrations and so loads only when such a result is opened.
 */
import { principles } from '$lib/framework';
import { questionTextKey } from '$lib/framework/keys';
import type { PrincipleSource } from '$lib/framework/types';
import type { Answer, Targets } from './model';
import { assessmentResult, type AssessmentResult, type RankedRecommendation } from './result';

export interface SharedNote extends Answer {
	id: string;
	/** The message key of the question's text, as it read in the result's version. */
	titleKey: string;
}

export interface SharedResult {
	/** Scored with the bank the answers were given in. */
	result: AssessmentResult;
	/** What to do next, always in terms of the current questions. */
	recommendations: RankedRecommendation[];
	notes: SharedNote[];
}

/** The view-model of a result, given the bank it is scored with and how its questions are named. */
export function sharedResultWith(
	scoredWith: readonly PrincipleSource[],
	answers: Readonly<Record<string, Answer>>,
	targets: Targets,
	titleKey: (id: string) => string,
	recommendations?: RankedRecommendation[]
): SharedResult {
	const asked = new Set(scoredWith.flatMap((p) => p.questions.map((q) => q.id)));
	const result = assessmentResult(scoredWith, answers, targets);
	const notes = Object.entries(answers)
		.filter(([id, answer]) => asked.has(id) && (answer.note || answer.naReason || answer.evidence))
		.map(([id, answer]) => ({ id, titleKey: titleKey(id), ...answer }));
	return { result, recommendations: recommendations ?? result.top, notes };
}

/** A result of the current question bank. */
export function sharedResult(
	answers: Readonly<Record<string, Answer>>,
	targets: Targets
): SharedResult {
	return sharedResultWith(principles, answers, targets, questionTextKey);
}
