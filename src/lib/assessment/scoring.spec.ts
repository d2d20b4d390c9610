import { describe, expect, it } from 'vitest';
import { testPrinciples } from '$lib/testing/principles';
import type { Answer } from './model';
import { bandOf, roundFraction, scoreAssessment, scorePrinciple } from './scoring';

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
	it('overall is the mean of the assessed principles’ shown scores', () => {
		// commons 16/6 = 2.667 → 2.7, communities 9/4 = 2.25 → 2.3: (2.7 + 2.3) / 2 = 2.5
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
		expect(summary.overall).toBe(2.5);
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
		// 27/20 is exactly 1.35, but 1.35 in floating point is 1.3500000000000000888 and 2.7/2 rounds
		// the other way in some computations; the integer arithmetic never does.
		expect(roundFraction(27, 20)).toBe(1.4);
		expect(roundFraction(23, 20)).toBe(1.2); // 1.15 → 1.2
		expect(roundFraction(1, 3)).toBe(0.3);
		expect(roundFraction(2, 3)).toBe(0.7);
		expect(roundFraction(0, 5)).toBe(0);
	});

	it('rounds the overall from the shown scores, so the table adds up', () => {
		// commons 7/6 = 1.17 → 1.2 and communities 5/4 = 1.25 → 1.3. The mean of the shown values,
		// (1.2 + 1.3) / 2 = 1.25 → 1.3, is what a reader computes from the table; the mean of the
		// exact scores, 29/24 = 1.21 → 1.2, would disagree with it.
		const summary = scoreAssessment(
			testPrinciples,
			answers({
				'commons.a': 1,
				'commons.b': 2,
				'commons.c': 0,
				'communities.d': 2,
				'communities.e': 1
			}),
			{}
		);
		expect(summary.principles.map((p) => p.rounded)).toEqual([1.2, 1.3]);
		expect(summary.overall).toBe(1.25);
		expect(summary.overallRounded).toBe(1.3);
	});

	it('bandOf follows the shown value', () => {
		expect(bandOf(2.9)).toBe(2);
		expect(bandOf(3)).toBe(3);
		expect(bandOf(4)).toBe(4);
		expect(bandOf(null)).toBeNull();
	});
});
