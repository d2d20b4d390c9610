/**
 * The scored result of an assessment: the one view-model every page that shows a result renders
 * (results, plan, a shared link, a snapshot, compare, the assessment list, exports). Pages compute
 * it once from (framework, answers, targets) and never score anything themselves, so every page
 * shows the same numbers, the same bands and the same ranking.
 *
 * - `summary`: the scores per principle and overall (see scoring.ts for the rules);
 * - `recommendations`: every recommendation in priority order, each with its `rank` (1 = do
 *   first), the one number results, plan, exports and print show as "priority";
 * - `top`: the first TOP_COUNT of them; `principles`: per principle its score, its first
 *   PER_PRINCIPLE recommendations and how many more it has;
 * - `radar`: the chart's values in framework order (the rounded score, null when not assessed,
 *   and the target).
 *
 * Pages that show scores but no recommendations (the questionnaire's progress, the assessment
 * list, the app state's `scores`) use `scoreAssessment` alone, so the recommendation code stays
 * out of their JavaScript.
 */
import type { PrincipleId, PrincipleSource } from '$lib/framework/types';
import type { Answer, Choice, Target, Targets } from './model';
import { recommend, type Recommendation } from './recommendations';
import { scoreAssessment, type PrincipleScore, type ScoreSummary } from './scoring';

/** Recommendations shown as the overall top list. */
export const TOP_COUNT = 5;
/** Recommendations shown under each principle on the results page. */
export const PER_PRINCIPLE = 3;

export interface RankedRecommendation extends Recommendation {
	/** 1-based position in priority order: 1 is what to do first. */
	rank: number;
}

export interface PrincipleResult {
	score: PrincipleScore;
	/** The principle's first recommendations, in rank order. */
	top: RankedRecommendation[];
	/** How many of its recommendations are not in `top` (they are in the action plan). */
	more: number;
}

export interface RadarValues {
	/** Rounded score per principle; null where the principle is not assessed. */
	current: (number | null)[];
	target: Target[];
}

export interface AssessmentResult {
	summary: ScoreSummary;
	recommendations: RankedRecommendation[];
	top: RankedRecommendation[];
	principles: PrincipleResult[];
	radar: RadarValues;
}

/** Answers keyed by question id; only the choice matters to the score. */
export type ScoredAnswers = Readonly<Record<string, Pick<Answer, 'choice'>>>;

export function assessmentResult(
	principles: readonly PrincipleSource[],
	answers: ScoredAnswers,
	targets: Targets
): AssessmentResult {
	const summary = scoreAssessment(principles, answers, targets);
	const scores = new Map(summary.principles.map((row) => [row.principleId, row.score]));
	const recommendations = recommend(principles, answers, targets, scores).map((item, index) => ({
		...item,
		rank: index + 1
	}));
	const byPrinciple = new Map<PrincipleId, RankedRecommendation[]>();
	for (const item of recommendations) {
		const list = byPrinciple.get(item.principleId) ?? [];
		list.push(item);
		byPrinciple.set(item.principleId, list);
	}
	return {
		summary,
		recommendations,
		top: recommendations.slice(0, TOP_COUNT),
		principles: summary.principles.map((score) => {
			const items = byPrinciple.get(score.principleId) ?? [];
			return {
				score,
				top: items.slice(0, PER_PRINCIPLE),
				more: Math.max(0, items.length - PER_PRINCIPLE)
			};
		}),
		radar: {
			current: summary.principles.map((row) => row.rounded),
			target: summary.principles.map((row) => row.target)
		}
	};
}

/** Answers as the score sees them, from bare choices (a shared link, a workshop participant). */
export function answersFromChoices(choices: Readonly<Record<string, Choice>>): ScoredAnswers {
	return Object.fromEntries(Object.entries(choices).map(([id, choice]) => [id, { choice }]));
}

/**
 * The same result with only the recommendations `keep` accepts (e.g. those that serve the Cyber
 * Resilience Act): the scores stay whole, and every item keeps its rank in the full plan.
 */
export function narrowResult(
	result: AssessmentResult,
	keep: (questionId: string) => boolean
): AssessmentResult {
	const recommendations = result.recommendations.filter((item) => keep(item.questionId));
	return {
		...result,
		recommendations,
		top: recommendations.slice(0, TOP_COUNT),
		principles: result.principles.map((principle) => {
			const items = recommendations.filter(
				(item) => item.principleId === principle.score.principleId
			);
			return {
				score: principle.score,
				top: items.slice(0, PER_PRINCIPLE),
				more: Math.max(0, items.length - PER_PRINCIPLE)
			};
		})
	};
}
