import { describe, expect, it } from 'vitest';
import { testPrinciples } from '$lib/testing/principles';
import type { PrincipleSource } from '$lib/framework/types';
import { invitationOf, rolesIn, scopedQuestions } from './scope';

// testPrinciples: every question is owned by 'cto'; give two other owners for the test.
const principles: PrincipleSource[] = testPrinciples.map((principle) => ({
	...principle,
	questions: principle.questions.map((question) =>
		question.id === 'commons.b'
			? { ...question, owner: 'ciso' }
			: question.id === 'communities.e'
				? { ...question, owner: 'legal' }
				: question
	)
}));
const ids = (scope: Parameters<typeof scopedQuestions>[1]) =>
	scopedQuestions(principles, scope).map((q) => `${q.id}#${q.number}`);

describe('scopedQuestions', () => {
	it('everything without a scope, numbered within each principle', () => {
		expect(ids({})).toEqual([
			'commons.a#1',
			'commons.b#2',
			'commons.c#3',
			'communities.d#1',
			'communities.e#2'
		]);
	});

	it('only the chosen principles, and of those only the chosen roles’ questions', () => {
		expect(ids({ principles: ['communities'] })).toEqual(['communities.d#1', 'communities.e#2']);
		expect(ids({ roles: ['ciso', 'legal'] })).toEqual(['commons.b#2', 'communities.e#2']);
		expect(ids({ principles: ['commons'], roles: ['legal'] })).toEqual([]);
	});
});

describe('rolesIn', () => {
	it('lists the roles that own a question of the chosen principles', () => {
		expect(rolesIn(principles, ['executive', 'cto', 'ciso', 'legal'])).toEqual([
			'cto',
			'ciso',
			'legal'
		]);
		expect(rolesIn(principles, ['cto', 'ciso', 'legal'], ['communities'])).toEqual([
			'cto',
			'legal'
		]);
	});
});

describe('invitationOf', () => {
	it('names the invitation after the assessment and copies the scope', () => {
		expect(
			invitationOf(
				{ session: '0000000f', date: '2026-12-07', principles: ['commons'], roles: ['cto'] },
				'1.0.0',
				'  ACME  '
			)
		).toEqual({
			frameworkVersion: '1.0.0',
			session: '0000000f',
			date: '2026-12-07',
			title: 'ACME',
			principles: ['commons'],
			roles: ['cto']
		});
		expect(invitationOf({ session: '0000000f', date: '2026-12-07' }, '1.0.0', ' ')).toEqual({
			frameworkVersion: '1.0.0',
			session: '0000000f',
			date: '2026-12-07'
		});
	});
});
