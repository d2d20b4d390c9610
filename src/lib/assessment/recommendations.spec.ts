import { describe, expect, it } from 'vitest';
import { testPrinciples } from '$lib/testing/principles';
import type { Answer } from './model';
import { recommend } from './recommendations';

function answers(choices: Record<string, Answer['choice']>): Record<string, Answer> {
	return Object.fromEntries(Object.entries(choices).map(([id, choice]) => [id, { choice }]));
}

const mixed = answers({
	'commons.a': 4, // at target: nothing
	'commons.b': 2, // w2 × (3 − 2) = 2
	'commons.c': 'unknown', // find out: w1 × (3 − 0) = 3
	'communities.d': 1, // w1 × (3 − 1) = 2
	'communities.e': 3 // at target: nothing
});

describe('recommend', () => {
	it('orders by priority, then by the weaker principle', () => {
		// commons scores 16/6 = 2.67, communities (1 + 9) / 4 = 2.5: d (communities) comes before b.
		const items = recommend(testPrinciples, mixed, {});
		expect(items.map((i) => [i.questionId, i.priority])).toEqual([
			['commons.c', 3],
			['communities.d', 2],
			['commons.b', 2]
		]);
	});

	it('turns don’t know into a small “find out” item from level 0', () => {
		const [first] = recommend(testPrinciples, mixed, {});
		expect(first).toMatchObject({
			kind: 'find-out',
			level: 0,
			effort: 'small',
			references: ['ref-0']
		});
	});

	it('gives the next step of the current level, with its effort, owner and references', () => {
		const item = recommend(testPrinciples, mixed, {}).find((i) => i.questionId === 'communities.d');
		expect(item).toMatchObject({
			kind: 'next-step',
			level: 1,
			target: 3,
			effort: 'small',
			owner: 'cto',
			references: ['ref-1'],
			weight: 1
		});
	});

	it('follows the targets: raising one adds items and changes the order', () => {
		const items = recommend(testPrinciples, mixed, { communities: 4 });
		// e: w3 × (4 − 3) = 3; d: w1 × (4 − 1) = 3; c: 3. Ties: communities (2.5) before commons (2.67),
		// then smaller effort (d's step from 1 is small, e's step from 3 is large).
		expect(items.map((i) => [i.questionId, i.priority])).toEqual([
			['communities.d', 3],
			['communities.e', 3],
			['commons.c', 3],
			['commons.b', 2]
		]);
	});

	it('lowering a target removes items that now meet it', () => {
		const items = recommend(testPrinciples, mixed, { commons: 2, communities: 1 });
		expect(items.map((i) => i.questionId)).toEqual(['commons.c']);
	});

	it('ignores not applicable and unanswered questions', () => {
		expect(recommend(testPrinciples, answers({ 'commons.a': 'na' }), {})).toEqual([]);
	});

	it('breaks remaining ties by smaller effort, then framework order', () => {
		// a (w3) level 2 → priority 3, step from 2 medium; c (w1) level 0 → priority 3, step small.
		const items = recommend(testPrinciples, answers({ 'commons.a': 2, 'commons.c': 0 }), {});
		expect(items.map((i) => i.questionId)).toEqual(['commons.c', 'commons.a']);
	});
});
