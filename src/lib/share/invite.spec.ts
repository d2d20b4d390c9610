import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { LIMITS } from '$lib/assessment/model';
import { FRAMEWORK_VERSION } from '$lib/framework/bank';
import { OWNER_ROLES, PRINCIPLE_IDS, type OwnerRole, type PrincipleId } from '$lib/framework/types';
import { concatBytes, toBase64url, withCrc } from './bytes';
import { encodeResult } from './codec';
import { LINK_FRAMEWORKS, linkFrameworkIndex } from './frameworks';
import {
	decodeInvite,
	encodeInvite,
	INVITE_ROLES,
	InviteEncodeError,
	inviteUrl,
	MAX_INVITE_CHARS,
	type Invitation,
	type InviteError
} from './invite';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const framework = LINK_FRAMEWORKS[linkFrameworkIndex(FRAMEWORK_VERSION)]!;

const base: Invitation = {
	frameworkVersion: FRAMEWORK_VERSION,
	session: '0a1b2c3d',
	date: '2026-12-07'
};
const scoped: Invitation = {
	...base,
	title: 'ACME · OSPO workshop',
	principles: ['commons', 'bedrock', 'due-diligence'],
	roles: ['cto', 'ciso']
};

function errorOf(input: string): InviteError | 'ok' {
	const decoded = decodeInvite(input);
	return decoded.ok ? 'ok' : decoded.error;
}

/** A body with a correct CRC, as the decoder receives it. */
function link(...parts: ArrayLike<number>[]): string {
	return toBase64url(withCrc(concatBytes(parts)));
}
const header = [0x81, linkFrameworkIndex(FRAMEWORK_VERSION), 0x0a, 0x1b, 0x2c, 0x3d, 0x26, 0x4c];

describe('encodeInvite and decodeInvite', () => {
	it('round-trip an invitation without a scope in a short fragment', () => {
		const fragment = encodeInvite(base);
		expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
		// 8 header bytes and the CRC.
		expect(fragment).toHaveLength(16);
		expect(decodeInvite(fragment)).toEqual({ ok: true, invitation: base });
	});

	it('round-trip a title, principles and roles', () => {
		const fragment = encodeInvite(scoped);
		expect(fragment.length).toBeLessThan(60);
		expect(decodeInvite(`https://example.org/join/#${fragment}`)).toEqual({
			ok: true,
			invitation: scoped
		});
	});

	it('write the principles in framework order and leave out a scope that is everything', () => {
		const shuffled = encodeInvite({ ...base, principles: ['due-diligence', 'commons'] });
		expect(decodeInvite(shuffled)).toEqual({
			ok: true,
			invitation: { ...base, principles: ['commons', 'due-diligence'] }
		});
		const all = encodeInvite({ ...base, principles: [...PRINCIPLE_IDS], roles: [...OWNER_ROLES] });
		expect(all).toBe(encodeInvite(base));
	});

	it('round-trip 500 random invitations', () => {
		const invitation = fc.record(
			{
				frameworkVersion: fc.constant(FRAMEWORK_VERSION),
				session: fc.stringMatching(/^[0-9a-f]{8}$/),
				date: fc
					.integer({ min: 0, max: 0xffff })
					.map((days) =>
						new Date(Date.UTC(2000, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)
					),
				title: fc
					.string({ minLength: 1, maxLength: LIMITS.name, unit: 'grapheme' })
					.map((text) => text.trim().slice(0, LIMITS.name))
					.filter((text) => text !== '' && text.trim() === text && !/[\uD800-\uDFFF]$/.test(text)),
				principles: fc.subarray([...PRINCIPLE_IDS], { minLength: 1, maxLength: 7 }),
				roles: fc.subarray([...INVITE_ROLES], { minLength: 1, maxLength: 7 })
			},
			{ requiredKeys: ['frameworkVersion', 'session', 'date'] }
		);
		fc.assert(
			fc.property(invitation, (input) => {
				const decoded = decodeInvite(encodeInvite(input as Invitation));
				expect(decoded).toEqual({ ok: true, invitation: input });
			}),
			{ numRuns: 500 }
		);
	});

	it('refuse what an invitation cannot carry', () => {
		const refused = (invitation: Invitation) => () => encodeInvite(invitation);
		expect(refused({ ...base, frameworkVersion: '0.9.0' })).toThrow(InviteEncodeError);
		expect(refused({ ...base, session: 'ABCDEF12' })).toThrow(InviteEncodeError);
		expect(refused({ ...base, date: '2026-02-30' })).toThrow(InviteEncodeError);
		expect(refused({ ...base, date: '1999-12-31' })).toThrow(InviteEncodeError);
		expect(refused({ ...base, title: 'x'.repeat(LIMITS.name + 1) })).toThrow(InviteEncodeError);
		expect(refused({ ...base, principles: [] })).toThrow(InviteEncodeError);
		expect(refused({ ...base, principles: ['nope' as PrincipleId] })).toThrow(InviteEncodeError);
		expect(refused({ ...base, roles: ['cfo' as OwnerRole] })).toThrow(InviteEncodeError);
	});

	it('know every owner role of the bank', () => {
		expect(OWNER_ROLES.filter((role) => !INVITE_ROLES.includes(role))).toEqual([]);
	});

	it('refuse every single-character change and every cut', () => {
		const fragment = encodeInvite(scoped);
		for (let i = 0; i < fragment.length; i++) {
			for (const char of ALPHABET) {
				if (char === fragment[i]) continue;
				const changed = fragment.slice(0, i) + char + fragment.slice(i + 1);
				expect(errorOf(changed), `${i}: ${char}`).not.toBe('ok');
			}
			if (i > 0) expect(errorOf(fragment.slice(0, i)), `cut at ${i}`).not.toBe('ok');
		}
	});

	it('tell each kind of bad input apart', () => {
		expect(errorOf('')).toBe('empty');
		expect(errorOf('https://example.org/join/#')).toBe('empty');
		expect(errorOf('hello')).toBe('not-ours');
		expect(errorOf('hello world, this is not an invitation')).toBe('not-ours');
		expect(errorOf('A'.repeat(MAX_INVITE_CHARS + 1))).toBe('too-long');
		const fragment = encodeInvite(scoped);
		expect(errorOf(`${fragment.slice(0, 10)} ${fragment.slice(10)}`)).toBe('damaged');
		// A result link is recognised as one.
		const result = encodeResult({ frameworkVersion: FRAMEWORK_VERSION, answers: {}, targets: {} });
		expect(errorOf(result)).toBe('result-link');
		expect(errorOf(link([0x82, ...header.slice(1)]))).toBe('newer-version');
		expect(errorOf(link([0x80, ...header.slice(1)]))).toBe('not-ours');
		expect(errorOf(link([0, ...header.slice(1)]))).toBe('not-ours');
		expect(errorOf(link([0x81, 250, ...header.slice(2)]))).toBe('unknown-framework');
		expect(errorOf(decodeInvite as unknown as string)).toBe('not-ours');
	});

	it('refuse malformed bodies with a correct CRC as damaged', () => {
		const bodies: [string, ArrayLike<number>[]][] = [
			['header cut short', [header.slice(0, 6), [0, 0, 0, 0, 0, 0]]],
			['unknown section', [header, [9, 1, 0]]],
			['empty section', [header, [1, 0]]],
			['section past the end', [header, [1, 5, 65]]],
			['duplicate section', [header, [1, 1, 65, 1, 1, 66]]],
			['non-minimal length', [header, [1, 0x81, 0x00, 65]]],
			['title with spaces around', [header, [1, 2, 65, 32]]],
			['invalid UTF-8', [header, [1, 1, 0xff]]],
			['principles mask of the wrong length', [header, [2, 2, 0x80, 0]]],
			['no principle', [header, [2, 1, 0]]],
			['every principle', [header, [2, 1, 0xff]]],
			['no role', [header, [3, 1, 0]]],
			['every role', [header, [3, 1, 0xff]]]
		];
		for (const [what, parts] of bodies) expect(errorOf(link(...parts)), what).toBe('damaged');
		// The same framing with valid content decodes.
		expect(errorOf(link(header, [1, 1, 65, 2, 1, 0x80, 3, 1, 0x40]))).toBe('ok');
		expect(decodeInvite(link(header, [2, 1, 0x81]))).toMatchObject({
			ok: true,
			invitation: { principles: [framework.principleIds[0], framework.principleIds[7]] }
		});
	});

	it('builds the participants’ address', () => {
		expect(inviteUrl('https://example.org/app/join/', 'abc')).toBe(
			'https://example.org/app/join/#abc'
		);
	});
});
