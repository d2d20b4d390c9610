import { describe, expect, it } from 'vitest';
import { testPrinciples } from '$lib/testing/principles';
import type { Choice } from '$lib/assessment/model';
import { FRAMEWORK_VERSION } from '$lib/framework/bank';
import { decodeResult, encodeResult, type SharedResult } from '$lib/share/codec';
import { compression } from '$lib/share/compression';
import { encodeInvite } from '$lib/share/invite';
import {
	addDecoded,
	adoptSummary,
	flaggedQuestions,
	isAnswered,
	linesOf,
	participantCoverage,
	pickOf,
	teamChoices,
	visibleQuestions,
	MAX_LINES,
	type DecodedLine
} from './combine';
import { mergeParticipants, type Participant } from './merge';
import { emptySession } from './session';

function result(
	answers: Record<string, Choice>,
	participant?: string,
	note?: string
): SharedResult {
	return {
		frameworkVersion: FRAMEWORK_VERSION,
		answers,
		targets: {},
		...(participant ? { participant } : {}),
		...(note ? { details: { answers: { 'commons.literacy': { note } }, plan: {} } } : {})
	};
}

function link(answers: Record<string, Choice>, participant?: string, note?: string): string {
	const fragment = encodeResult(result(answers, participant, note), { compression });
	return `https://example.org/r/#${fragment}`;
}

/** Decoded as the combine page does, with the notes read. */
const decoded = (...lines: string[]): DecodedLine[] =>
	lines.map((line) => ({ line, decoded: decodeResult(line, { compression }) }));

describe('linesOf', () => {
	it('keeps the non-empty lines, trimmed, whatever the line endings', () => {
		expect(linesOf('  a \r\n\r\nb\rc\n\n  \n')).toEqual(['a', 'b', 'c']);
		expect(linesOf('x\n'.repeat(MAX_LINES + 5))).toHaveLength(MAX_LINES);
	});
});

describe('addDecoded', () => {
	it('adds good links, explains bad ones and reports a duplicate in the same paste', () => {
		const ana = link({ 'commons.literacy': 2 }, 'Ana');
		const bo = link({ 'commons.literacy': 4 }, 'Bo');
		const cut = ana.slice(0, -6);
		const { session, outcomes } = addDecoded(
			emptySession(),
			decoded(ana, 'hello world', cut, bo, ana)
		);
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
		const first = addDecoded(emptySession(), decoded(link({ 'commons.literacy': 1 }, 'Ana')));
		const { outcomes } = addDecoded(first.session, decoded(link({ 'commons.literacy': 3 }, 'ana')));
		expect(outcomes[0]).toMatchObject({ kind: 'added', sameName: { name: 'Ana' } });
	});

	it('keeps the notes, and offers to replace a link with the same answers and new notes', () => {
		const first = addDecoded(emptySession(), decoded(link({ 'commons.literacy': 1 }, 'Ana')));
		const again = link({ 'commons.literacy': 1 }, 'Ana', 'We train twice a year');
		const { session, outcomes } = addDecoded(first.session, decoded(again));
		expect(outcomes[0]).toMatchObject({
			kind: 'update',
			existing: { id: 'p1' },
			result: { details: { answers: { 'commons.literacy': { note: 'We train twice a year' } } } }
		});
		// Nothing changes until the facilitator confirms.
		expect(session).toBe(first.session);
		const withNotes = addDecoded(emptySession(), decoded(again));
		expect(withNotes.session.participants[0]?.texts).toEqual({
			'commons.literacy': { note: 'We train twice a year' }
		});
	});

	it('recognises the invitation pasted by mistake', () => {
		const invite = `https://example.org/join/#${encodeInvite({
			frameworkVersion: FRAMEWORK_VERSION,
			session: '01234567',
			date: '2026-12-07'
		})}`;
		expect(addDecoded(emptySession(), decoded(invite)).outcomes).toEqual([
			{ kind: 'invitation', line: invite }
		]);
	});
});

// testPrinciples: commons a, b, c; communities d, e.
const participants: Participant[] = [
	{ id: 'p1', name: 'A', answers: { 'commons.a': 0, 'commons.b': 2, 'communities.d': 'na' } },
	{ id: 'p2', name: 'B', answers: { 'commons.a': 3, 'commons.b': 2, 'communities.d': 'na' } },
	{ id: 'p3', name: 'C', answers: { 'commons.a': 4, 'commons.b': 3 } }
];
// commons.a is flagged (0, 3, 4: four apart); b (2, 2, 3) and d (N/A) are not; c and e unanswered.
const merged = mergeParticipants(testPrinciples, participants);

describe('picks and the team answers', () => {
	it('shows the pick; a flagged question undecided; else the suggestion, else keep', () => {
		const [a, b, c] = merged.questions;
		expect(pickOf(a!, {})).toBe('undecided');
		expect(pickOf(a!, { 'commons.a': 'unknown' })).toBe('unknown');
		expect(pickOf(b!, {})).toBe(2);
		expect(pickOf(b!, { 'commons.b': 'keep' })).toBe('keep');
		expect(pickOf(c!, {})).toBe('keep');
	});

	it('never writes a flagged question nobody decided; picks override suggestions', () => {
		expect(teamChoices(merged, {})).toEqual({ 'commons.b': 2, 'communities.d': 'na' });
		expect(teamChoices(merged, { 'commons.a': 3 })).toEqual({
			'commons.a': 3,
			'commons.b': 2,
			'communities.d': 'na'
		});
		expect(
			teamChoices(merged, { 'commons.a': 'keep', 'commons.b': 'keep', 'commons.c': 4 })
		).toEqual({ 'commons.c': 4, 'communities.d': 'na' });
		// A pick of level 0 is a pick, not a missing value.
		expect(teamChoices(merged, { 'commons.a': 0 })['commons.a']).toBe(0);
	});

	it('sums up what adopting writes, replaces, changes, leaves undecided and keeps', () => {
		const current: Record<string, Choice> = { 'commons.a': 3, 'commons.b': 1, 'commons.c': 0 };
		expect(adoptSummary(merged, {}, (id) => current[id])).toEqual({
			total: 2,
			replaced: 1,
			changed: 1,
			undecided: 1,
			kept: 0
		});
		expect(adoptSummary(merged, { 'commons.a': 'keep' }, (id) => current[id])).toEqual({
			total: 2,
			replaced: 1,
			changed: 1,
			undecided: 0,
			kept: 1
		});
	});

	it('lists the flagged questions with their decision', () => {
		expect(
			flaggedQuestions(merged, {}).map(({ question, pick }) => [question.questionId, pick])
		).toEqual([['commons.a', 'undecided']]);
		expect(flaggedQuestions(merged, { 'commons.a': 4 })[0]?.pick).toBe(4);
	});
});

describe('visibleQuestions', () => {
	it('those someone answered, only the flagged ones, or all; in framework or discussion order', () => {
		const ids = (options: Parameters<typeof visibleQuestions>[1]) =>
			visibleQuestions(merged, options).map((q) => q.questionId);
		expect(ids({ filter: 'answered', order: 'framework' })).toEqual([
			'commons.a',
			'commons.b',
			'communities.d'
		]);
		expect(ids({ filter: 'all', order: 'framework' })).toEqual([
			'commons.a',
			'commons.b',
			'commons.c',
			'communities.d',
			'communities.e'
		]);
		expect(ids({ filter: 'flagged', order: 'framework' })).toEqual(['commons.a']);
		expect(ids({ filter: 'all', order: 'discussion' }).slice(0, 2)).toEqual([
			'commons.a',
			'commons.b'
		]);
		expect(merged.questions.map(isAnswered)).toEqual([true, true, false, true, false]);
	});
});

describe('participantCoverage', () => {
	it('counts each participant’s questions and principles, and tells whether they match', () => {
		expect(participantCoverage(merged)).toEqual({
			participants: [
				{ participantId: 'p1', questions: 3, principles: 2 },
				{ participantId: 'p2', questions: 3, principles: 2 },
				{ participantId: 'p3', questions: 2, principles: 1 }
			],
			same: false
		});
		const alike = mergeParticipants(testPrinciples, participants.slice(0, 2));
		expect(participantCoverage(alike).same).toBe(true);
		expect(participantCoverage(mergeParticipants(testPrinciples, [])).same).toBe(true);
	});
});
