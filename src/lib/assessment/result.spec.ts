import { describe, expect, it } from 'vitest';
import { testPrinciples } from '$lib/testing/principles';
import { answersFromChoices, assessmentResult, narrowResult, PER_PRINCIPLE } from './result';
import { recommend } from './recommendations';
import { scoreAssessment } from './scoring';
import type { PrincipleSource } from '$lib/framework/types';

const mixed = answersFromChoices({
	'commons.a': 4,
	'commons.b': 2,
	'commons.c': 'unknown',
	'communities.d': 1,
	'communities.e': 3
});

/** One principle of `count` equal questions (weight 1, small steps), ids commons.q1 … */
function flatPrinciple(count: number): PrincipleSource[] {
	return [
		{
			id: 'commons',
			questions: Array.from({ length: count }, (_, index) => ({
				id: `commons.q${index + 1}`,
				weight: 1 as const,
				owner: 'cto' as const,
				nextSteps: ([0, 1, 2, 3] as const).map((fromLevel) => ({
					fromLevel,
					effort: 'small' as const,
					references: ['ref']
				}))
			}))
		}
	];
}

describe('assessmentResult', () => {
	it('holds the same scores and recommendations as the scoring and recommendation rules', () => {
		const result = assessmentResult(testPrinciples, mixed, {});
		expect(result.summary).toEqual(scoreAssessment(testPrinciples, mixed, {}));
		expect(result.recommendations.map(({ rank: _rank, ...item }) => item)).toEqual(
			recommend(testPrinciples, mixed, {})
		);
	});

	it('ranks recommendations from 1 in priority order', () => {
		const result = assessmentResult(testPrinciples, mixed, {});
		expect(result.recommendations.map((item) => [item.questionId, item.rank])).toEqual([
			['commons.c', 1],
			['communities.d', 2],
			['commons.b', 3]
		]);
	});

	it('keeps each principle’s first recommendations and counts the rest', () => {
		// Four questions below target in one principle: three shown, one more in the plan.
		const answers = answersFromChoices({
			'commons.q1': 0,
			'commons.q2': 1,
			'commons.q3': 2,
			'commons.q4': 0
		});
		const [commons] = assessmentResult(flatPrinciple(4), answers, {}).principles;
		expect(commons!.top.map((item) => item.questionId)).toEqual([
			'commons.q1',
			'commons.q4',
			'commons.q2'
		]);
		expect(commons!.top).toHaveLength(PER_PRINCIPLE);
		expect(commons!.more).toBe(1);
		expect(commons!.top.map((item) => item.rank)).toEqual([1, 2, 3]);
	});

	it('gives the radar the rounded scores (null when not assessed) and the targets', () => {
		const result = assessmentResult(testPrinciples, answersFromChoices({ 'commons.b': 2 }), {
			communities: 4
		});
		expect(result.radar).toEqual({ current: [2, null], target: [3, 4] });
	});

	it('caps the overall top list at five', () => {
		const seven = flatPrinciple(7);
		const all = answersFromChoices(
			Object.fromEntries(seven[0]!.questions.map((question) => [question.id, 0]))
		);
		const result = assessmentResult(seven, all, {});
		expect(result.recommendations).toHaveLength(7);
		expect(result.top).toEqual(result.recommendations.slice(0, 5));
		const one = assessmentResult(seven, answersFromChoices({ 'commons.q1': 0 }), {});
		expect(one.top).toHaveLength(1);
	});
});

describe('narrowResult', () => {
	it('keeps the scores and only the accepted recommendations, each with its full-plan rank', () => {
		const full = assessmentResult(testPrinciples, mixed, {});
		const narrow = narrowResult(full, (id) => id !== 'commons.c');
		expect(narrow.summary).toBe(full.summary);
		expect(narrow.recommendations.map((item) => [item.questionId, item.rank])).toEqual([
			['communities.d', 2],
			['commons.b', 3]
		]);
		expect(narrow.top).toEqual(narrow.recommendations);
		expect(narrow.principles.map((p) => p.top.map((item) => item.questionId))).toEqual([
			['commons.b'],
			['communities.d']
		]);
	});
});
