/**
 * The presenter view's route through the framework: every question of a principle, then that
 * principle's overview (its answers, to check before moving on), then the next principle, and
 * after the last overview the end (with the way to the results).
 *
 * The position is kept in the address so a reload, a crash or a bookmark comes back to it:
 *   ?q=<questionId>          a question
 *   ?overview=<principleId>  the overview of a principle
 *   ?end                     the end
 * Anything else (no parameter, an unknown id) is not a position; the caller starts at the first
 * unanswered question instead.
 */
import type { PrincipleId, PrincipleSource } from '$lib/framework/types';

export type Step =
	| { kind: 'question'; questionId: string; principleId: PrincipleId }
	| { kind: 'overview'; principleId: PrincipleId }
	| { kind: 'end' };

export function presenterSteps(principles: readonly PrincipleSource[]): Step[] {
	const steps: Step[] = [];
	for (const principle of principles) {
		for (const question of principle.questions) {
			steps.push({ kind: 'question', questionId: question.id, principleId: principle.id });
		}
		steps.push({ kind: 'overview', principleId: principle.id });
	}
	steps.push({ kind: 'end' });
	return steps;
}

/** The index of the step the address names, or null when it names none. */
export function stepFromParams(steps: readonly Step[], params: URLSearchParams): number | null {
	const question = params.get('q');
	const overview = params.get('overview');
	const index = steps.findIndex((step) =>
		question !== null
			? step.kind === 'question' && step.questionId === question
			: overview !== null
				? step.kind === 'overview' && step.principleId === overview
				: params.has('end') && step.kind === 'end'
	);
	return index < 0 ? null : index;
}

/** The query string ('?…') that names a step. */
export function paramsOf(step: Step): string {
	switch (step.kind) {
		case 'question':
			return `?q=${encodeURIComponent(step.questionId)}`;
		case 'overview':
			return `?overview=${encodeURIComponent(step.principleId)}`;
		case 'end':
			return '?end';
	}
}

/** Where to start without a position: the first unanswered question, or the first question. */
export function startStep(steps: readonly Step[], isAnswered: (questionId: string) => boolean) {
	const index = steps.findIndex((step) => step.kind === 'question' && !isAnswered(step.questionId));
	return index < 0 ? 0 : index;
}

/** The index one step forward or back, kept within the route. */
export function moveStep(steps: readonly Step[], index: number, by: 1 | -1): number {
	return Math.min(steps.length - 1, Math.max(0, index + by));
}
