import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testPrinciples } from '$lib/testing/principles';
import type { Choice } from '$lib/assessment/model';
import type { Level } from '$lib/framework/types';
import {
	findDuplicate,
	mergeParticipants,
	participantKey,
	sortForDiscussion,
	type MergeResult,
	type Participant,
	type QuestionMerge
} from './merge';

// testPrinciples: commons a (w3), b (w2), c (w1); communities d (w1), e (w3).

function participant(id: string, answers: Record<string, Choice>, name = id): Participant {
	return { id, name, answers };
}

/** One participant per choice, all answering the same question (undefined = did not answer). */
function onQuestion(questionId: string, choices: (Choice | undefined)[]): Participant[] {
	return choices.map((choice, index) =>
		participant(`p${index + 1}`, choice === undefined ? {} : { [questionId]: choice })
	);
}

function question(result: MergeResult, questionId: string): QuestionMerge {
	const found = result.questions.find((q) => q.questionId === questionId);
	if (!found) throw new Error(`no question ${questionId}`);
	return found;
}

function mergeOne(choices: (Choice | undefined)[], questionId = 'commons.a'): QuestionMerge {
	return question(mergeParticipants(testPrinciples, onQuestion(questionId, choices)), questionId);
}

function stats(q: QuestionMerge) {
	return {
		levels: q.levels,
		min: q.min,
		max: q.max,
		median: q.median,
		spread: q.spread,
		suggested: q.suggested
	};
}

/** The statistics of a question without a single level among its answers. */
const NO_LEVELS = {
	levels: [],
	min: null,
	max: null,
	median: null,
	spread: null,
	suggested: undefined
};

describe('mergeParticipants: levels, median and suggestion', () => {
	it('even count [1, 2]: median 1.5, suggestion the lower median 1', () => {
		expect(stats(mergeOne([2, 1]))).toEqual({
			levels: [1, 2],
			min: 1,
			max: 2,
			median: 1.5,
			spread: 1,
			suggested: 1
		});
	});

	it('even count [0, 1, 3, 4]: median 2, suggestion 1, and flagged (spread 4)', () => {
		const q = mergeOne([3, 0, 4, 1]);
		expect(stats(q)).toEqual({
			levels: [0, 1, 3, 4],
			min: 0,
			max: 4,
			median: 2,
			spread: 4,
			suggested: 1
		});
		expect(q.flags).toEqual({ disagreement: true, mixed: false });
		expect(q.discuss).toBe(true);
	});

	it('even count [2, 2, 3, 3]: median 2.5, suggestion 2, not flagged', () => {
		const q = mergeOne([3, 2, 3, 2]);
		expect(q.median).toBe(2.5);
		expect(q.suggested).toBe(2);
		expect(q.discuss).toBe(false);
	});

	it('even count [1, 2, 3, 4]: suggestion 2 (the lower of the two middle values)', () => {
		expect(mergeOne([4, 3, 2, 1]).suggested).toBe(2);
	});

	it('odd counts: median and suggestion are the middle value', () => {
		// [0, 2, 3] → 2
		expect(stats(mergeOne([3, 0, 2]))).toEqual({
			levels: [0, 2, 3],
			min: 0,
			max: 3,
			median: 2,
			spread: 3,
			suggested: 2
		});
		// [1, 4, 4, 4, 4] → 4: one outlier does not drag the answer
		const q = mergeOne([4, 4, 1, 4, 4]);
		expect(q.median).toBe(4);
		expect(q.suggested).toBe(4);
		expect(q.spread).toBe(3);
	});

	it('a single participant: their answer, spread 0, nothing to discuss', () => {
		const q = mergeOne([3]);
		expect(stats(q)).toEqual({
			levels: [3],
			min: 3,
			max: 3,
			median: 3,
			spread: 0,
			suggested: 3
		});
		expect(q.discuss).toBe(false);
	});

	it('a spread of exactly 2 is a disagreement; a spread of 1 or 0 is not', () => {
		expect(mergeOne([1, 3]).flags.disagreement).toBe(true);
		expect(mergeOne([1, 2, 3, 2]).flags.disagreement).toBe(true);
		expect(mergeOne([2, 3]).flags.disagreement).toBe(false);
		expect(mergeOne([3, 3, 3]).flags.disagreement).toBe(false);
		expect(mergeOne([2, 3]).discuss).toBe(false);
	});
});

describe('mergeParticipants: not applicable, don’t know and unanswered', () => {
	it('N/A alongside levels is mixed; the suggestion comes from the levels', () => {
		const q = mergeOne(['na', 2, 3]);
		expect(q.levels).toEqual([2, 3]);
		expect(q.median).toBe(2.5);
		expect(q.suggested).toBe(2);
		expect(q.counts).toEqual({ levels: 2, na: 1, unknown: 0, unanswered: 0 });
		expect(q.flags).toEqual({ disagreement: false, mixed: true });
		expect(q.discuss).toBe(true);
	});

	it('don’t know alongside levels is mixed and is not counted as level 0', () => {
		const q = mergeOne([4, 'unknown', 4]);
		expect(q.levels).toEqual([4, 4]);
		expect(q.min).toBe(4);
		expect(q.spread).toBe(0);
		expect(q.suggested).toBe(4);
		expect(q.flags).toEqual({ disagreement: false, mixed: true });
	});

	it('everyone N/A: suggestion N/A, no statistics, nothing to discuss', () => {
		const q = mergeOne(['na', 'na', 'na']);
		expect(stats(q)).toEqual({ ...NO_LEVELS, suggested: 'na' });
		expect(q.counts).toEqual({ levels: 0, na: 3, unknown: 0, unanswered: 0 });
		expect(q.discuss).toBe(false);
	});

	it('N/A and don’t know without levels: mixed, suggestion don’t know', () => {
		const q = mergeOne(['na', 'unknown', 'na']);
		expect(q.suggested).toBe('unknown');
		expect(q.flags).toEqual({ disagreement: false, mixed: true });
		expect(q.discuss).toBe(true);
		expect(q.spread).toBeNull();
	});

	it('only don’t know: suggestion don’t know, not mixed', () => {
		const q = mergeOne(['unknown', 'unknown']);
		expect(q.suggested).toBe('unknown');
		expect(q.flags.mixed).toBe(false);
	});

	it('unanswered participants are left out of the statistics but keep their entry', () => {
		const q = mergeOne([undefined, 1, undefined, 3, 'na']);
		expect(q.entries).toEqual([
			{ participantId: 'p1', choice: undefined },
			{ participantId: 'p2', choice: 1 },
			{ participantId: 'p3', choice: undefined },
			{ participantId: 'p4', choice: 3 },
			{ participantId: 'p5', choice: 'na' }
		]);
		expect(q.levels).toEqual([1, 3]);
		expect(q.median).toBe(2);
		expect(q.suggested).toBe(1);
		expect(q.counts).toEqual({ levels: 2, na: 1, unknown: 0, unanswered: 2 });
	});

	it('a question nobody answered has no statistics and no suggestion', () => {
		const q = mergeOne([undefined, undefined]);
		expect(stats(q)).toEqual(NO_LEVELS);
		expect(q.counts).toEqual({ levels: 0, na: 0, unknown: 0, unanswered: 2 });
		expect(q.discuss).toBe(false);
	});

	it('answers to ids outside the framework and invalid stored values are ignored', () => {
		const odd = {
			id: 'odd',
			name: 'Odd',
			answers: { 'commons.a': 7, 'commons.b': 'maybe', 'commons.retired': 2 }
		} as unknown as Participant;
		const result = mergeParticipants(testPrinciples, [odd, participant('p2', { 'commons.a': 1 })]);
		expect(result.questions.map((q) => q.questionId)).not.toContain('commons.retired');
		expect(question(result, 'commons.a').entries[0]).toEqual({
			participantId: 'odd',
			choice: undefined
		});
		expect(question(result, 'commons.a').levels).toEqual([1]);
		expect(question(result, 'commons.b').counts.unanswered).toBe(2);
	});
});

describe('mergeParticipants: the whole result', () => {
	const alice = participant('a', {
		'commons.a': 4,
		'commons.b': 2,
		'commons.c': 'unknown',
		'communities.d': 1,
		'communities.e': 2
	});
	const bob = participant('b', { 'commons.a': 1, 'commons.b': 1, 'commons.c': 4 });
	const carol = participant('c', {
		'commons.a': 'na',
		'commons.b': 'na',
		'commons.c': 'na',
		'communities.d': 0,
		'communities.e': 3
	});
	const result = mergeParticipants(testPrinciples, [alice, bob, carol]);

	it('lists the questions in framework order with their principle and position', () => {
		expect(result.questions.map((q) => [q.questionId, q.principleId, q.order])).toEqual([
			['commons.a', 'commons', 0],
			['commons.b', 'commons', 1],
			['commons.c', 'commons', 2],
			['communities.d', 'communities', 3],
			['communities.e', 'communities', 4]
		]);
		expect(result.participants).toEqual([alice, bob, carol]);
	});

	it('counts the questions to discuss', () => {
		// a: [1, 4] + N/A → spread 3, mixed; b: [1, 2] + N/A → mixed; c: [4] + unknown + N/A → mixed;
		// d: [0, 1] → no; e: [2, 3] → no.
		expect(result.questions.map((q) => q.discuss)).toEqual([true, true, true, false, false]);
		expect(result.discussCount).toBe(3);
		expect(question(result, 'commons.c').suggested).toBe(4);
	});

	it('scores each participant per principle with the weights, and the spread of those scores', () => {
		const [commons, communities] = result.principles;
		// Alice: (3·4 + 2·2 + 1·0) / 6 = 16/6 = 2.667 → 2.7 (don't know scores 0)
		// Bob:   (3·1 + 2·1 + 1·4) / 6 =  9/6 = 1.5
		// Carol: all N/A → not assessed
		expect(commons?.principleId).toBe('commons');
		expect(commons?.scores.map((s) => s.participantId)).toEqual(['a', 'b', 'c']);
		expect(commons?.scores[0]?.score).toBeCloseTo(16 / 6, 12);
		expect(commons?.scores.map((s) => s.rounded)).toEqual([2.7, 1.5, null]);
		expect(commons?.scores[2]?.score).toBeNull();
		expect(commons?.min).toBe(1.5);
		expect(commons?.max).toBeCloseTo(16 / 6, 12);
		expect(commons?.spread).toBeCloseTo(16 / 6 - 1.5, 12);
		// Alice: (1·1 + 3·2) / 4 = 7/4 = 1.75 → 1.8; Bob: nothing → null; Carol: (0 + 3·3) / 4 = 2.25 → 2.3
		expect(communities?.scores.map((s) => [s.score, s.rounded])).toEqual([
			[1.75, 1.8],
			[null, null],
			[2.25, 2.3]
		]);
		expect([communities?.min, communities?.max, communities?.spread]).toEqual([1.75, 2.25, 0.5]);
	});

	it('a principle nobody scored has no spread; a single score has spread 0', () => {
		const only = mergeParticipants(testPrinciples, [
			participant('x', { 'commons.a': 2 }),
			participant('y', { 'commons.b': 'na' })
		]);
		const [commons, communities] = only.principles;
		expect([commons?.min, commons?.max, commons?.spread]).toEqual([2, 2, 0]);
		expect([communities?.min, communities?.max, communities?.spread]).toEqual([null, null, null]);
	});

	it('with no participants: every question is empty and nothing is to discuss', () => {
		const empty = mergeParticipants(testPrinciples, []);
		expect(empty.questions).toHaveLength(5);
		for (const q of empty.questions) {
			expect(q.entries).toEqual([]);
			expect(stats(q)).toEqual(NO_LEVELS);
			expect(q.counts).toEqual({ levels: 0, na: 0, unknown: 0, unanswered: 0 });
			expect(q.perLevel).toEqual([0, 0, 0, 0, 0]);
		}
		expect(empty.discussCount).toBe(0);
		expect(empty.principles.map((p) => [p.scores, p.spread])).toEqual([
			[[], null],
			[[], null]
		]);
	});

	it('does not mutate its inputs', () => {
		const frozen = [alice, bob].map((p) =>
			Object.freeze({ ...p, answers: Object.freeze({ ...p.answers }) })
		);
		Object.freeze(frozen);
		expect(() => mergeParticipants(testPrinciples, frozen)).not.toThrow();
		expect(mergeParticipants(testPrinciples, frozen)).toEqual(
			mergeParticipants(testPrinciples, [alice, bob])
		);
	});
});

describe('mergeParticipants: counts per level, notes and coverage', () => {
	it('counts how many chose each level', () => {
		const q = mergeOne([3, 0, 3, 'na', undefined, 4, 'unknown']);
		expect(q.perLevel).toEqual([1, 0, 0, 2, 1]);
		expect(q.counts).toEqual({ levels: 4, na: 1, unknown: 1, unanswered: 1 });
	});

	it('puts each participant’s note and not-applicable reason beside their answer', () => {
		const result = mergeParticipants(testPrinciples, [
			{
				id: 'p1',
				name: 'A',
				answers: { 'commons.a': 'na', 'commons.b': 2 },
				texts: {
					'commons.a': { naReason: 'No products', note: 'Ask legal' },
					'commons.b': { naReason: 'left over from an earlier N/A', note: 'Only team X' }
				}
			},
			{ id: 'p2', name: 'B', answers: { 'commons.a': 1 } }
		]);
		expect(question(result, 'commons.a').entries).toEqual([
			{ participantId: 'p1', choice: 'na', note: 'Ask legal', naReason: 'No products' },
			{ participantId: 'p2', choice: 1 }
		]);
		// A reason shows only beside a not-applicable answer.
		expect(question(result, 'commons.b').entries[0]).toEqual({
			participantId: 'p1',
			choice: 2,
			note: 'Only team X'
		});
	});

	it('compares principle scores over the questions everyone answered when coverage differs', () => {
		// commons: a (w3), b (w2), c (w1). A answered a and b, B only a.
		const result = mergeParticipants(testPrinciples, [
			participant('p1', { 'commons.a': 1, 'commons.b': 4 }),
			participant('p2', { 'commons.a': 2 })
		]);
		const commons = result.principles[0]!;
		// Own scores: A (3 + 8) / 5 = 2.2, B 2; over a alone: 1 and 2.
		expect(commons.scores.map((score) => score.score)).toEqual([2.2, 2]);
		expect([commons.min, commons.max]).toEqual([2, 2.2]);
		expect(commons.compared).toBe(1);
		expect(commons.spread).toBe(1);
	});

	it('has no spread when the participants share no question of the principle', () => {
		const result = mergeParticipants(testPrinciples, [
			participant('p1', { 'commons.a': 1 }),
			participant('p2', { 'commons.b': 4 })
		]);
		expect(result.principles[0]).toMatchObject({ compared: 0, spread: null });
	});

	it('the same questions answered: the plain spread, nothing restricted', () => {
		const result = mergeParticipants(testPrinciples, [
			participant('p1', { 'commons.a': 1, 'commons.b': 'na' }),
			participant('p2', { 'commons.a': 3, 'commons.b': 2 })
		]);
		// A: 1 (b is left out of the score); B: (9 + 4) / 5 = 2.6.
		expect(result.principles[0]?.compared).toBeNull();
		expect(result.principles[0]?.spread).toBeCloseTo(1.6, 10);
	});
});

describe('mergeParticipants: invariants over random answers', () => {
	const choice = fc.constantFrom<Choice | undefined>(0, 1, 2, 3, 4, 'na', 'unknown', undefined);

	it('min ≤ suggestion ≤ median ≤ max, the suggestion is a given level, and counts add up', () => {
		fc.assert(
			fc.property(fc.array(choice, { maxLength: 12 }), (choices) => {
				const q = mergeOne(choices);
				const given = choices.filter((c): c is Level => typeof c === 'number');
				expect(q.levels).toEqual([...given].sort((a, b) => a - b));
				expect(q.entries.map((e) => e.choice)).toEqual(choices);
				const { levels, na, unknown, unanswered } = q.counts;
				expect(levels + na + unknown + unanswered).toBe(choices.length);
				if (given.length > 0) {
					const suggested = q.suggested as number;
					expect(given).toContain(suggested);
					expect(q.min! <= suggested && suggested <= q.median! && q.median! <= q.max!).toBe(true);
					// The lower median: at least half the levels are ≤ it, and more than half are ≥ it.
					expect(given.filter((l) => l <= suggested).length * 2).toBeGreaterThanOrEqual(
						given.length
					);
					expect(given.filter((l) => l >= suggested).length * 2).toBeGreaterThan(given.length);
				}
				expect(q.discuss).toBe(q.flags.disagreement || q.flags.mixed);
			})
		);
	});
});

describe('sortForDiscussion', () => {
	// a: [0, 4] spread 4, flagged; b: [1, 2] spread 1; c: [2, 4] spread 2, flagged;
	// d: [3, 3] spread 0; e: N/A + don't know, flagged, no spread.
	const result = mergeParticipants(testPrinciples, [
		participant('p1', {
			'commons.a': 0,
			'commons.b': 1,
			'commons.c': 2,
			'communities.d': 3,
			'communities.e': 'na'
		}),
		participant('p2', {
			'commons.a': 4,
			'commons.b': 2,
			'commons.c': 4,
			'communities.d': 3,
			'communities.e': 'unknown'
		})
	]);

	it('puts flagged questions first, then larger spreads, then framework order', () => {
		expect(sortForDiscussion(result.questions).map((q) => q.questionId)).toEqual([
			'commons.a',
			'commons.c',
			'communities.e',
			'commons.b',
			'communities.d'
		]);
	});

	it('does not mutate its input and gives the same order from any input order', () => {
		const before = result.questions.map((q) => q.questionId);
		const sorted = sortForDiscussion(result.questions);
		expect(sorted).not.toBe(result.questions);
		expect(result.questions.map((q) => q.questionId)).toEqual(before);
		expect(sortForDiscussion([...result.questions].reverse())).toEqual(sorted);
	});

	it('is stable: questions that compare equal keep their input order', () => {
		const [a] = result.questions;
		const copies = ['x', 'y', 'z'].map((id) => ({ ...a!, questionId: id }));
		expect(sortForDiscussion(copies).map((q) => q.questionId)).toEqual(['x', 'y', 'z']);
		expect(
			sortForDiscussion([copies[2]!, copies[0]!, copies[1]!]).map((q) => q.questionId)
		).toEqual(['z', 'x', 'y']);
	});

	it('ties in flag and spread fall back to framework order', () => {
		// Everyone agrees everywhere: nothing flagged, every spread 0.
		const calm = mergeParticipants(
			testPrinciples,
			onQuestion('commons.a', [2, 2]).map((p) => ({
				...p,
				answers: {
					'commons.a': 2,
					'commons.b': 2,
					'commons.c': 2,
					'communities.d': 2,
					'communities.e': 2
				}
			}))
		);
		const shuffled = [2, 4, 0, 3, 1].map((i) => calm.questions[i]!);
		expect(sortForDiscussion(shuffled).map((q) => q.order)).toEqual([0, 1, 2, 3, 4]);
	});
});

describe('participantKey and findDuplicate', () => {
	const ana = participant(
		'1',
		{ 'commons.a': 2, 'commons.b': 'na', 'communities.e': 0 },
		'Ana Lima'
	);

	it('the key does not depend on the order the answers were stored in, nor on the name', () => {
		const reordered = participant(
			'2',
			{ 'communities.e': 0, 'commons.b': 'na', 'commons.a': 2 },
			'Someone else'
		);
		expect(participantKey(reordered)).toBe(participantKey(ana));
	});

	it('the key tells apart different answers, including 0 vs don’t know and a missing answer', () => {
		const keys = [
			ana,
			participant('2', { 'commons.a': 2, 'commons.b': 'na', 'communities.e': 'unknown' }),
			participant('3', { 'commons.a': 2, 'commons.b': 'na' }),
			participant('4', { 'commons.a': 2, 'commons.b': 'na', 'communities.e': 1 }),
			participant('5', {})
		].map(participantKey);
		expect(new Set(keys).size).toBe(5);
	});

	it('finds the same name (ignoring case and whitespace) with the same answers', () => {
		const again = participant(
			'9',
			{ 'communities.e': 0, 'commons.a': 2, 'commons.b': 'na' },
			'  ana   LIMA '
		);
		const other = participant('7', { 'commons.a': 1 }, 'Bea');
		expect(findDuplicate([other, ana], again)).toBe(ana);
	});

	it('the same answers under another name, or the same name with other answers, is not a duplicate', () => {
		const twin = participant('8', { ...ana.answers }, 'Bea');
		const changed = participant('9', { ...ana.answers, 'commons.a': 3 }, 'Ana Lima');
		expect(findDuplicate([ana], twin)).toBeUndefined();
		expect(findDuplicate([ana], changed)).toBeUndefined();
		expect(findDuplicate([], ana)).toBeUndefined();
	});
});
