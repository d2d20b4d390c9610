import { describe, expect, it } from 'vitest';
import { testPrinciples } from '$lib/testing/principles';
import type { Choice } from './model';
import { coverageOf } from './coverage';
import { answersFromChoices } from './result';

// testPrinciples: commons a (w3), b (w2), c (w1); communities d (w1), e (w3).
const of = (choices: Record<string, Choice>) => answersFromChoices(choices);

describe('coverageOf', () => {
	it('the same questions answered: the same coverage', () => {
		const coverage = coverageOf(
			testPrinciples,
			of({ 'commons.a': 1, 'communities.d': 'na' }),
			of({ 'commons.a': 3, 'communities.d': 2 })
		);
		expect(coverage).toMatchObject({
			same: true,
			shared: 2,
			left: { questions: 2, principles: ['commons', 'communities'] },
			right: { questions: 2, principles: ['commons', 'communities'] }
		});
	});

	it('one principle against everything: different, and differences only over what both answered', () => {
		const left = of({ 'commons.a': 1, 'commons.b': 4 });
		const right = of({
			'commons.a': 3,
			'commons.b': 'unknown',
			'commons.c': 4,
			'communities.d': 2,
			'communities.e': 1
		});
		const coverage = coverageOf(testPrinciples, left, right);
		expect(coverage.same).toBe(false);
		expect(coverage.left).toEqual({ questions: 2, principles: ['commons'] });
		expect(coverage.right).toEqual({ questions: 5, principles: ['commons', 'communities'] });
		expect(coverage.shared).toBe(2);
		// commons over a and b: left (3 + 8) / 5 = 2.2, right (9 + 0) / 5 = 1.8 → −0.4; c is left out.
		expect(coverage.differences).toEqual([
			{ principleId: 'commons', shared: 2, delta: -0.4 },
			{ principleId: 'communities', shared: 0, delta: null }
		]);
	});

	it('the same count of different questions is different coverage', () => {
		const coverage = coverageOf(testPrinciples, of({ 'commons.a': 1 }), of({ 'commons.b': 1 }));
		expect(coverage).toMatchObject({ same: false, shared: 0 });
		expect(coverage.differences[0]).toEqual({ principleId: 'commons', shared: 0, delta: null });
	});

	it('a question answered not applicable on one side is shared but not scored', () => {
		const coverage = coverageOf(
			testPrinciples,
			of({ 'commons.a': 'na', 'commons.b': 2 }),
			of({ 'commons.a': 4, 'commons.b': 3, 'commons.c': 0 })
		);
		// left: b alone 2; right over a and b: (12 + 6) / 5 = 3.6 → +1.6.
		expect(coverage.differences[0]).toEqual({ principleId: 'commons', shared: 2, delta: 1.6 });
	});

	it('ignores answers to questions outside the framework', () => {
		const coverage = coverageOf(testPrinciples, of({ 'other.x': 2 }), of({}));
		expect(coverage).toMatchObject({ same: true, shared: 0, left: { questions: 0 } });
	});
});
