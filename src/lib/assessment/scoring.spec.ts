import { describe, expect, it } from 'vitest';
import { testPrinciples } from '$lib/testing/principles';
import type { Answer } from './model';
import {
	bandOf,
	roundFraction,
	roundMeanOfFractions,
	scoreAssessment,
	scorePrinciple
} from './scoring';

const [commons, communities] = testPrinciples as [
	(typeof testPrinciples)[0],
	(typeof testPrinciples)[0]
];

function answers(choices: Record<string, Answer['choice']>): Record<string, Answer> {
	return Object.fromEntries(Object.entries(choices).map(([id, choice]) => [id, { choice }]));
}

describe('scorePrinciple', () => {
	it('is the weighted mean of answered levels, with don’t know as 0', () => {
		// a (w3) = 4, b (w2) = 2, c (w1) = don't know: (12 + 4 + 0) / 6 = 2.666…
		const score = scorePrinciple(
			commons,
			answers({ 'commons.a': 4, 'commons.b': 2, 'commons.c': 'unknown' }),
			{}
		);
		expect(score.score).toBeCloseTo(16 / 6, 12);
		expect(score.rounded).toBe(2.7);
		expect(score.band).toBe(2);
		expect(score.answered).toBe(3);
		expect(score.total).toBe(3);
		expect(score.weightedSum).toBe(16);
		expect(score.weightSum).toBe(6);
	});

	it('leaves not applicable and unanswered questions out of the mean but counts N/A as answered', () => {
		// a = N/A, b (w2) = 3, c unanswered: 6 / 2 = 3.0
		const score = scorePrinciple(commons, answers({ 'commons.a': 'na', 'commons.b': 3 }), {});
		expect(score.rounded).toBe(3);
		expect(score.band).toBe(3);
		expect(score.answered).toBe(2);
		expect(score.contributions.map((c) => c.value)).toEqual([null, 3, null]);
	});

	it('weights matter: the same levels on different weights give different scores', () => {
		// a (w3) = 0, b (w2) = 4, c (w1) = 4: (0 + 8 + 4) / 6 = 2.0
		expect(
			scorePrinciple(commons, answers({ 'commons.a': 0, 'commons.b': 4, 'commons.c': 4 }), {})
				.rounded
		).toBe(2);
		// a (w3) = 4, b (w2) = 0, c (w1) = 0: 12 / 6 = 2.0 … and a (w3) = 4, b = 4, c = 0: 20 / 6 = 3.3
		expect(
			scorePrinciple(commons, answers({ 'commons.a': 4, 'commons.b': 4, 'commons.c': 0 }), {})
				.rounded
		).toBe(3.3);
	});

	it('shows a principle without answers as not assessed, never 0', () => {
		const score = scorePrinciple(commons, {}, {});
		expect(score.score).toBeNull();
		expect(score.rounded).toBeNull();
		expect(score.band).toBeNull();
		expect(score.answered).toBe(0);
	});

	it('a principle answered only with not applicable is complete but not assessed', () => {
		const score = scorePrinciple(
			commons,
			answers({ 'commons.a': 'na', 'commons.b': 'na', 'commons.c': 'na' }),
			{}
		);
		expect(score.score).toBeNull();
		expect(score.answered).toBe(3);
	});

	it('all zero scores 0.0 (assessed, Unaware) and all four scores 4.0 (Leading)', () => {
		const zero = scorePrinciple(
			commons,
			answers({ 'commons.a': 0, 'commons.b': 0, 'commons.c': 0 }),
			{}
		);
		expect([zero.score, zero.rounded, zero.band]).toEqual([0, 0, 0]);
		const four = scorePrinciple(
			commons,
			answers({ 'commons.a': 4, 'commons.b': 4, 'commons.c': 4 }),
			{}
		);
		expect([four.score, four.rounded, four.band]).toEqual([4, 4, 4]);
	});

	it('rounds half up: 7/4 = 1.75 shows 1.8 (Ad hoc), 9/4 = 2.25 shows 2.3 (Defined)', () => {
		// d (w1), e (w3)
		expect(
			scorePrinciple(communities, answers({ 'communities.d': 1, 'communities.e': 2 }), {}).rounded
		).toBe(1.8);
		const s = scorePrinciple(communities, answers({ 'communities.d': 0, 'communities.e': 3 }), {});
		expect(s.rounded).toBe(2.3);
		expect(s.band).toBe(2);
	});

	it('ignores answers to questions the framework does not have', () => {
		const score = scorePrinciple(commons, answers({ 'commons.a': 4, 'commons.retired': 0 }), {});
		expect(score.rounded).toBe(4);
		expect(score.answered).toBe(1);
	});

	it('reports the principle’s target, 3 by default', () => {
		expect(scorePrinciple(commons, {}, {}).target).toBe(3);
		expect(scorePrinciple(commons, {}, { commons: 4 }).target).toBe(4);
	});
});

describe('scoreAssessment', () => {
	it('overall is the mean of the assessed principles only', () => {
		// commons 16/6 = 2.667, communities 9/4 = 2.25: mean 59/24 = 2.458 → 2.5
		const summary = scoreAssessment(
			testPrinciples,
			answers({
				'commons.a': 4,
				'commons.b': 2,
				'commons.c': 'unknown',
				'communities.d': 0,
				'communities.e': 3
			}),
			{}
		);
		expect(summary.overall).toBeCloseTo(59 / 24, 12);
		expect(summary.overallRounded).toBe(2.5);
		expect(summary.overallBand).toBe(2);
		expect(summary.answered).toBe(5);
		expect(summary.total).toBe(5);
		expect(summary.assessedPrinciples).toBe(2);
	});

	it('a partial assessment scores what is answered and leaves the rest not assessed', () => {
		const summary = scoreAssessment(testPrinciples, answers({ 'communities.e': 1 }), {});
		expect(summary.principles.map((p) => p.rounded)).toEqual([null, 1]);
		expect(summary.overallRounded).toBe(1);
		expect(summary.answered).toBe(1);
	});

	it('an empty assessment has no overall score', () => {
		const summary = scoreAssessment(testPrinciples, {}, {});
		expect(summary.overall).toBeNull();
		expect(summary.overallBand).toBeNull();
	});
});

describe('rounding helpers', () => {
	it('roundFraction is exact where floating point is not', () => {
		// The mean of 2/5 and 23/10 is exactly 1.35, but in floating point it is 1.3499999999999999.
		const naive = (2 / 5 + 23 / 10) / 2;
		expect(Math.round(naive * 10) / 10).toBe(1.3);
		expect(
			roundMeanOfFractions([
				{ numerator: 2, denominator: 5 },
				{ numerator: 23, denominator: 10 }
			])
		).toBe(1.4);
		expect(roundFraction(23, 20)).toBe(1.2); // 1.15 → 1.2
		expect(roundFraction(1, 3)).toBe(0.3);
		expect(roundFraction(2, 3)).toBe(0.7);
		expect(roundFraction(0, 5)).toBe(0);
	});

	it('roundMeanOfFractions rounds the exact mean', () => {
		// (1/4 + 2/4) / 2 = 3/8 = 0.375 → 0.4
		expect(
			roundMeanOfFractions([
				{ numerator: 1, denominator: 4 },
				{ numerator: 2, denominator: 4 }
			])
		).toBe(0.4);
		// (7/6 + 1/3) / 2 = 0.75 → 0.8
		expect(
			roundMeanOfFractions([
				{ numerator: 7, denominator: 6 },
				{ numerator: 1, denominator: 3 }
			])
		).toBe(0.8);
	});

	it('bandOf follows the shown value', () => {
		expect(bandOf(2.9)).toBe(2);
		expect(bandOf(3)).toBe(3);
		expect(bandOf(4)).toBe(4);
		expect(bandOf(null)).toBeNull();
	});
});
