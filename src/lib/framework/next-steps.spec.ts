import { describe, expect, it } from 'vitest';
import { bank } from './bank';
import { bank_1_0_0 } from './bank-1.0.0';
import { NEXT_STEPS, nextStepsOf } from './next-steps';

const questionsOf = (source: typeof bank) => source.principles.flatMap((p) => p.questions);

describe('next steps', () => {
	it('gives every question of every bank one step per level 0–3, in order', () => {
		for (const question of [...questionsOf(bank), ...questionsOf(bank_1_0_0)]) {
			expect(
				nextStepsOf(question).map((step) => step.fromLevel),
				question.id
			).toEqual([0, 1, 2, 3]);
		}
	});

	it('holds steps only for questions of the current bank, which carries none inline', () => {
		const ids = questionsOf(bank).map((question) => question.id);
		expect(Object.keys(NEXT_STEPS).sort()).toEqual([...ids].sort());
		expect(questionsOf(bank).filter((question) => question.nextSteps)).toEqual([]);
	});

	it('reads a frozen bank’s own steps, not the current ones', () => {
		const kept = questionsOf(bank_1_0_0).find((question) => question.id in NEXT_STEPS)!;
		expect(nextStepsOf(kept)).toBe(kept.nextSteps);
	});
});
