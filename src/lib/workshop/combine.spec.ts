import { describe, expect, it } from 'vitest';
import { testPrinciples } from '$lib/testing/principles';
import type { Choice } from '$lib/assessment/model';
import { FRAMEWORK_VERSION } from '$lib/framework/bank';
import { encodeResult } from '$lib/share/codec';
import {
	addLinks,
	adoptSummary,
	linesOf,
	pickOf,
	teamChoices,
	visibleQuestions,
	MAX_LINES
} from './combine';
import { mergeParticipants, type Participant } from './merge';
import { emptySession } from './session';

function link(answers: Record<string, Choice>, participant?: string): string {
	const fragment = encodeResult({
		frameworkVersion: FRAMEWORK_VERSION,
		answers,
		targets: {},
		...(participant ? { participant } : {})
	});
	return `https://example.org/r/#${fragment}`;
}

describe('linesOf', () => {
	it('keeps the non-empty lines, trimmed, whatever the line endings', () => {
		expect(linesOf('  a \r\n\r\nb\rc\n\n  \n')).toEqual(['a', 'b', 'c']);
		expect(linesOf('x\n'.repeat(MAX_LINES + 5))).toHaveLength(MAX_LINES);
	});
});

describe('addLinks', () => {
	it('adds good links, explains bad ones and reports a duplicate in the same paste', () => {
		const ana = link({ 'commons.literacy': 2 }, 'Ana');
		const bo = link({ 'commons.literacy': 4 }, 'Bo');
		const cut = ana.slice(0, -6);
		const { session, outcomes } = addLinks(emptySession(), [ana, 'hello world', cut, bo, ana]);
		expect(outcomes.map((o) => (o.kind === 'error' ? o.error : o.kind))).toEqual([
			'added',
			'not-ours',
			'damaged',
			'added',
			'duplicate'
		]);
		expect(session.participants.map((p) => p.name)).toEqual(['Ana', 'Bo']);
		expect(outcomes[4]).toMatchObject({ kind: 'duplicate', existing: { name: 'Ana' } });
	});

	it('points out a second result under a name already there', () => {
		const first = addLinks(emptySession(), [link({ 'commons.literacy': 1 }, 'Ana')]);
		const { outcomes } = addLinks(first.session, [link({ 'commons.literacy': 3 }, 'ana')]);
		expect(outcomes[0]).toMatchObject({ kind: 'added', sameName: { name: 'Ana' } });
	});
});

// testPrinciples: commons a, b, c; communities d, e.
const participants: Participant[] = [
	{ id: 'p1', name: 'A', answers: { 'commons.a': 0, 'commons.b': 2, 'communities.d': 'na' } },
	{ id: 'p2', name: 'B', answers: { 'commons.a': 3, 'commons.b': 2, 'communities.d': 'na' } },
	{ id: 'p3', name: 'C', answers: { 'commons.a': 4, 'commons.b': 3 } }
];
const merged = mergeParticipants(testPrinciples, participants);

describe('picks and the team answers', () => {
	it('shows the pick, else the suggestion, else keep', () => {
		const [a, b, c] = merged.questions;
		expect(pickOf(a!, {})).toBe(3);
		expect(pickOf(a!, { 'commons.a': 'unknown' })).toBe('unknown');
		expect(pickOf(b!, { 'commons.b': 'keep' })).toBe('keep');
		expect(pickOf(c!, {})).toBe('keep');
	});

	it('the suggestions, overridden by picks, without the questions to keep', () => {
		expect(teamChoices(merged, {})).toEqual({
			'commons.a': 3,
			'commons.b': 2,
			'communities.d': 'na'
		});
		expect(teamChoices(merged, { 'commons.a': 1, 'commons.b': 'keep', 'commons.c': 4 })).toEqual({
			'commons.a': 1,
			'commons.c': 4,
			'communities.d': 'na'
		});
	});

	it('counts the answers that adopting writes, replaces and changes', () => {
		const current: Record<string, Choice> = { 'commons.a': 3, 'commons.b': 1, 'commons.c': 0 };
		expect(adoptSummary(teamChoices(merged, {}), (id) => current[id])).toEqual({
			total: 3,
			replaced: 2,
			changed: 1
		});
	});
});

describe('visibleQuestions', () => {
	it('all or only the flagged ones, in framework or discussion order', () => {
		const ids = (options: Parameters<typeof visibleQuestions>[1]) =>
			visibleQuestions(merged, options).map((q) => q.questionId);
		expect(ids({ onlyFlagged: false, order: 'framework' })).toEqual([
			'commons.a',
			'commons.b',
			'commons.c',
			'communities.d',
			'communities.e'
		]);
		// commons.a is 4 apart; nothing else is flagged (d is N/A for everyone who answered).
		expect(ids({ onlyFlagged: true, order: 'framework' })).toEqual(['commons.a']);
		expect(ids({ onlyFlagged: false, order: 'discussion' }).slice(0, 2)).toEqual([
			'commons.a',
			'commons.b'
		]);
	});
});
