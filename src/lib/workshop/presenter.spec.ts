import { describe, expect, it } from 'vitest';
import { testPrinciples } from '$lib/testing/principles';
import { moveStep, paramsOf, presenterSteps, startStep, stepFromParams } from './presenter';

// testPrinciples: commons a, b, c; communities d, e.
const steps = presenterSteps(testPrinciples);

describe('presenterSteps', () => {
	it('every question of a principle, then its overview, and the end last', () => {
		expect(steps.map((step) => (step.kind === 'question' ? step.questionId : step.kind))).toEqual([
			'commons.a',
			'commons.b',
			'commons.c',
			'overview',
			'communities.d',
			'communities.e',
			'overview',
			'end'
		]);
		expect(steps[3]).toEqual({ kind: 'overview', principleId: 'commons' });
	});
});

describe('the position in the address', () => {
	it('round-trips every step', () => {
		steps.forEach((step, index) => {
			expect(stepFromParams(steps, new URLSearchParams(paramsOf(step)))).toBe(index);
		});
	});

	it('is null for no position or an unknown id', () => {
		for (const query of ['', '?q=commons.z', '?overview=nowhere', '?x=1', '?q=']) {
			expect(stepFromParams(steps, new URLSearchParams(query))).toBeNull();
		}
	});
});

describe('startStep and moveStep', () => {
	it('starts at the first unanswered question, or the first when all are answered', () => {
		expect(startStep(steps, (id) => id === 'commons.a' || id === 'commons.b')).toBe(2);
		expect(startStep(steps, (id) => id.startsWith('commons'))).toBe(4);
		expect(startStep(steps, () => true)).toBe(0);
	});

	it('moves one step and stops at both ends', () => {
		expect(moveStep(steps, 0, 1)).toBe(1);
		expect(moveStep(steps, 0, -1)).toBe(0);
		expect(moveStep(steps, steps.length - 1, 1)).toBe(steps.length - 1);
	});
});
