import { describe, expect, it } from 'vitest';
import { bank, FRAMEWORK_VERSION } from './bank';
import { bank_1_0_0 } from './bank-1.0.0';
import { sharedResult } from '$lib/assessment/shared-result';
import { oldSharedResult, principlesFor, questionTextKeyIn, sharedPrinciples } from './history';

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

	it('are shown as they were, with what to do next in current questions', () => {
		const answers = {
			'due-diligence.reassessment': { choice: 0 as const, note: 'Yearly, on paper' },
			'commons.literacy': { choice: 1 as const }
		};
		const targets = { commons: 3, bedrock: 3, 'due-diligence': 3 } as const;
		const old = oldSharedResult('1.0.0', answers, targets);
		// Scored with 1.0.0: due diligence had five questions then, one of them answered.
		const dueDiligence = old.result.summary.principles.find(
			(p) => p.principleId === 'due-diligence'
		)!;
		expect(dueDiligence.answered).toBe(1);
		expect(dueDiligence.total).toBe(5);
		// The note is named by the question's 1.0.0 text.
		expect(old.notes).toEqual([
			{
				id: 'due-diligence.reassessment',
				titleKey: 'legacy.1_0_0.question.due-diligence.reassessment.text',
				choice: 0,
				note: 'Yearly, on paper'
			}
		]);
		// The merged question's answer moved to bedrock.health-monitoring, which is recommended.
		const ids = old.recommendations.map((r) => r.questionId);
		expect(ids).toContain('bedrock.health-monitoring');
		expect(ids).not.toContain('due-diligence.reassessment');
		// The same answers read as current ones: the retired id is not asked, so no note is shown.
		expect(sharedResult(answers, targets).notes).toEqual([]);
	});
});
