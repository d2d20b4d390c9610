/**
 * Recommendations: what to do next, in priority order.
 *
 * - Every answered question below its principle's target gets the next step for its current level.
 * - "Don't know" gets a "find out" item: it scores as 0, so its priority is computed from level 0,
 *   and establishing the facts is a small piece of work.
 * - Not applicable, unanswered, and answers at or above target get nothing.
 * - Priority = weight × (target − level). Ties go to the principle with the lower score, then to the
 *   smaller effort (quick wins first), then to framework order so the list is stable.
 */
import type { Effort, Level, OwnerRole, PrincipleId, PrincipleSource } from '$lib/framework/types';
import { EFFORTS } from '$lib/framework/types';
import { nextStepsOf } from '$lib/framework/next-steps';
import { targetOf, type Answer, type Target, type Targets } from './model';
import { scorePrinciple } from './scoring';

export interface Recommendation {
	questionId: string;
	principleId: PrincipleId;
	kind: 'next-step' | 'find-out';
	/** The current level (0 for don't know). */
	level: Level;
	target: Target;
	weight: number;
	owner: OwnerRole;
	effort: Effort;
	/** Reference ids for the step. */
	references: string[];
	priority: number;
	/** The principle's exact score, used to break ties. */
	principleScore: number | null;
	/** Position in the framework, the last tie-breaker. */
	order: number;
}

const effortRank = (effort: Effort) => EFFORTS.indexOf(effort);

export function compareRecommendations(a: Recommendation, b: Recommendation): number {
	return (
		b.priority - a.priority ||
		(a.principleScore ?? 0) - (b.principleScore ?? 0) ||
		effortRank(a.effort) - effortRank(b.effort) ||
		a.order - b.order
	);
}

/**
 * `scores` may pass the principles' exact scores when the caller has them already (result.ts),
 * so they are not computed twice.
 */
export function recommend(
	principles: readonly PrincipleSource[],
	answers: Readonly<Record<string, Pick<Answer, 'choice'>>>,
	targets: Targets,
	scores?: ReadonlyMap<PrincipleId, number | null>
): Recommendation[] {
	const items: Recommendation[] = [];
	let order = 0;
	for (const principle of principles) {
		const target = targetOf(targets, principle.id);
		const principleScore = scores
			? (scores.get(principle.id) ?? null)
			: scorePrinciple(principle, answers, targets).score;
		for (const question of principle.questions) {
			order++;
			const choice = answers[question.id]?.choice;
			if (choice === undefined || choice === 'na') continue;
			const level: Level = choice === 'unknown' ? 0 : choice;
			if (level >= target) continue;
			const step = nextStepsOf(question).find((s) => s.fromLevel === level);
			if (!step) continue;
			const findOut = choice === 'unknown';
			items.push({
				questionId: question.id,
				principleId: principle.id,
				kind: findOut ? 'find-out' : 'next-step',
				level,
				target,
				weight: question.weight,
				owner: question.owner,
				effort: findOut ? 'small' : step.effort,
				references: step.references,
				priority: question.weight * (target - level),
				principleScore,
				order
			});
		}
	}
	return items.sort(compareRecommendations);
}
