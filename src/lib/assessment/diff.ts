/**
 * What changed between two answer sets (e.g. a snapshot and today): every question whose answer
 * differs, with the change in level where both answers are levels. "Don't know" counts as 0, as in
 * scoring, so finding out that a practice is at 2 reads as +2.
 *
 * Sorted by size of change (largest first, ups before downs of the same size), then the changes
 * that have no size (to or from not applicable, answered or unanswered), each group in framework
 * order.
 */
import type { PrincipleId, PrincipleSource } from '$lib/framework/types';
import type { Answer, Choice } from './model';
import { valueOf } from './scoring';

export interface AnswerChange {
	questionId: string;
	principleId: PrincipleId;
	from: Choice | undefined;
	to: Choice | undefined;
	/** to − from in levels, or null when one side is not a level (not applicable, unanswered). */
	delta: number | null;
	direction: 'up' | 'down' | 'changed';
}

export function diffAnswers(
	principles: readonly PrincipleSource[],
	before: Record<string, Answer>,
	after: Record<string, Answer>
): AnswerChange[] {
	const changes: (AnswerChange & { order: number })[] = [];
	let order = 0;
	for (const principle of principles) {
		for (const question of principle.questions) {
			order++;
			const from = before[question.id]?.choice;
			const to = after[question.id]?.choice;
			if (from === to) continue;
			const a = valueOf(from);
			const b = valueOf(to);
			const delta = a === null || b === null ? null : b - a;
			const direction = delta === null || delta === 0 ? 'changed' : delta > 0 ? 'up' : 'down';
			changes.push({
				questionId: question.id,
				principleId: principle.id,
				from,
				to,
				delta,
				direction,
				order
			});
		}
	}
	return changes
		.sort((x, y) => {
			if (x.delta === null || y.delta === null) {
				return (x.delta === null ? 1 : 0) - (y.delta === null ? 1 : 0) || x.order - y.order;
			}
			return Math.abs(y.delta) - Math.abs(x.delta) || y.delta - x.delta || x.order - y.order;
		})
		.map(({ order: _order, ...change }) => change);
}
