import { describe, expect, it } from 'vitest';
import { diffAnswers } from './diff';
import { testPrinciples } from '$lib/testing/principles';
import type { Answer } from './model';

function answers(choices: Record<string, Answer['choice']>): Record<string, Answer> {
	return Object.fromEntries(Object.entries(choices).map(([id, choice]) => [id, { choice }]));
}

describe('diffAnswers', () => {
	it('lists changed questions, biggest change first, ups before downs of the same size', () => {
		const before = answers({
			'commons.a': 1,
			'commons.b': 3,
			'commons.c': 2,
			'communities.d': 0,
			'communities.e': 4
		});
		const after = answers({
			'commons.a': 3,
			'commons.b': 1,
			'commons.c': 2,
			'communities.d': 3,
			'communities.e': 3
		});
		expect(
			diffAnswers(testPrinciples, before, after).map((c) => [c.questionId, c.delta, c.direction])
		).toEqual([
			['communities.d', 3, 'up'],
			['commons.a', 2, 'up'],
			['commons.b', -2, 'down'],
			['communities.e', -1, 'down']
		]);
	});

	it('counts don’t know as 0 and puts changes without a size last, in framework order', () => {
		const before = answers({ 'commons.a': 'unknown', 'commons.b': 'na', 'communities.d': 2 });
		const after = answers({
			'commons.a': 2,
			'commons.b': 1,
			'commons.c': 4,
			'communities.e': 'na'
		});
		expect(diffAnswers(testPrinciples, before, after)).toEqual([
			{
				questionId: 'commons.a',
				principleId: 'commons',
				from: 'unknown',
				to: 2,
				delta: 2,
				direction: 'up'
			},
			{
				questionId: 'commons.b',
				principleId: 'commons',
				from: 'na',
				to: 1,
				delta: null,
				direction: 'changed'
			},
			{
				questionId: 'commons.c',
				principleId: 'commons',
				from: undefined,
				to: 4,
				delta: null,
				direction: 'changed'
			},
			{
				questionId: 'communities.d',
				principleId: 'communities',
				from: 2,
				to: undefined,
				delta: null,
				direction: 'changed'
			},
			{
				questionId: 'communities.e',
				principleId: 'communities',
				from: undefined,
				to: 'na',
				delta: null,
				direction: 'changed'
			}
		]);
	});

	it('reports nothing when nothing changed, notes included', () => {
		const before = { 'commons.a': { choice: 2 as const, note: 'old' } };
		const after = { 'commons.a': { choice: 2 as const, note: 'new' } };
		expect(diffAnswers(testPrinciples, before, after)).toEqual([]);
		expect(diffAnswers(testPrinciples, {}, {})).toEqual([]);
	});

	it('don’t know → 0 is a change of answer but not of level', () => {
		const [change] = diffAnswers(
			testPrinciples,
			answers({ 'commons.a': 'unknown' }),
			answers({ 'commons.a': 0 })
		);
		expect(change).toMatchObject({ delta: 0, direction: 'changed' });
	});
});
