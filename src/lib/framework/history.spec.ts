import { describe, expect, it } from 'vitest';
import { bank, FRAMEWORK_VERSION } from './bank';
import { bank_1_0_0 } from './bank-1.0.0';
import { principlesFor, questionTextKeyIn, sharedPrinciples } from './history';

const count = (principles: readonly { questions: readonly unknown[] }[]) =>
	principles.reduce((sum, principle) => sum + principle.questions.length, 0);

describe('results of an older question bank', () => {
	it('are scored with their own bank', () => {
		expect(principlesFor('1.0.0')).toBe(bank_1_0_0.principles);
		expect(principlesFor(FRAMEWORK_VERSION)).toBe(bank.principles);
		expect(principlesFor('9.9.9')).toBe(bank.principles);
	});

	it('name changed and retired questions by their old text, the others by the current one', () => {
		expect(questionTextKeyIn('1.0.0', 'commons.literacy')).toBe(
			'legacy.1_0_0.question.commons.literacy.text'
		);
		expect(questionTextKeyIn('1.0.0', 'due-diligence.reassessment')).toBe(
			'legacy.1_0_0.question.due-diligence.reassessment.text'
		);
		expect(questionTextKeyIn('1.0.0', 'commons.oss-policy')).toBe(
			'question.commons.oss-policy.text'
		);
		expect(questionTextKeyIn(FRAMEWORK_VERSION, 'commons.literacy')).toBe(
			'question.commons.literacy.text'
		);
	});

	it('are compared with current results over the questions both ask', () => {
		const shared = sharedPrinciples('1.0.0', FRAMEWORK_VERSION);
		// 42 questions now, 5 of them new: 37 were asked in 1.0.0 under the same id.
		expect(count(shared)).toBe(37);
		expect(shared.map((p) => p.id)).toEqual(bank.principles.map((p) => p.id));
		expect(sharedPrinciples(FRAMEWORK_VERSION, FRAMEWORK_VERSION)).toBe(bank.principles);
	});
});
