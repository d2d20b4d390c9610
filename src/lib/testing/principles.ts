/** A tiny hand-made framework for tests, so expected values can be computed by hand. */
import type { NextStepSource, PrincipleSource, QuestionSource } from '$lib/framework/types';
import type { Effort } from '$lib/framework/types';

function steps(
	efforts: [Effort, Effort, Effort, Effort] = ['small', 'medium', 'medium', 'large']
): NextStepSource[] {
	return efforts.map((effort, fromLevel) => ({
		fromLevel: fromLevel as 0 | 1 | 2 | 3,
		effort,
		references: [`ref-${fromLevel}`]
	}));
}

function question(
	id: string,
	weight: 1 | 2 | 3,
	efforts?: [Effort, Effort, Effort, Effort]
): QuestionSource {
	return { id, weight, owner: 'cto', nextSteps: steps(efforts) };
}

export const testPrinciples: PrincipleSource[] = [
	{
		id: 'commons',
		questions: [question('commons.a', 3), question('commons.b', 2), question('commons.c', 1)]
	},
	{
		id: 'communities',
		questions: [
			question('communities.d', 1, ['large', 'small', 'large', 'large']),
			question('communities.e', 3)
		]
	}
];
