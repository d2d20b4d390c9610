/**
 * Workshop invitations: what a participant's phone needs to join a session, packed into the URL
 * fragment of `/join/#…` like a result link (no server ever sees it), with its own version byte
 * and CRC. The format, its errors and the rules that keep old invitations working are specified
 * in docs/share-link.md ("Invitations").
 *
 * COMPATIBILITY RULES (as for result links)
 * - An invitation, once made, decodes forever to the same invitation; fixtures never change.
 * - A new version only appends (new section types) and keeps bytes 0–7, the framing and the CRC.
 * - INVITE_ROLES is append-only, like the framework registry: bit i always means the same role.
 */
import { LIMITS } from '$lib/assessment/model';
import type { OwnerRole, PrincipleId } from '$lib/framework/types';
import {
	base64urlBytes,
	concatBytes,
	readLeb128,
	strayChars,
	toBase64url,
	utf8Decoder,
	utf8Encoder,
	withCrc,
	withoutCrc,
	writeLeb128
} from './bytes';
import { dateFromDays, daysSinceEpoch } from './format-v1';
import { LINK_FRAMEWORKS, linkFrameworkIndex } from './frameworks';

/**
 * Byte 0 of an invitation: 0x80 + its version. Result links use 1–127 there, so the two kinds
 * are told apart by their first byte.
 */
export const INVITE_MARK = 0x80;
export const INVITE_VERSION = 1;
/** Longest fragment `decodeInvite` looks at; a full one is far shorter (about 300 characters). */
export const MAX_INVITE_CHARS = 2_048;

/**
 * The owner roles an invitation can name, in bit order. APPEND-ONLY: a frozen copy, so a new or
 * reordered role in the bank can never change what an existing invitation means.
 */
export const INVITE_ROLES: readonly OwnerRole[] = Object.freeze([
	'executive',
	'cto',
	'ciso',
	'ospo',
	'engineering',
	'legal',
	'procurement',
	'finance'
]);

export interface Invitation {
	/** The framework version of the facilitator's app (an entry of LINK_FRAMEWORKS). */
	frameworkVersion: string;
	/** Eight lowercase hex digits: tells one workshop session from another on a participant's phone. */
	session: string;
	/** 'YYYY-MM-DD': the day the invitation was made. */
	date: string;
	/** What the participant sees as the workshop's name: the facilitator's assessment's name. */
	title?: string;
	/** The principles to answer, in framework order; absent: all of them. */
	principles?: PrincipleId[];
	/** Only the questions these roles own; absent: every question of those principles. */
	roles?: OwnerRole[];
}

export type InviteError =
	| 'empty'
	| 'not-ours'
	| 'damaged'
	| 'newer-version'
	| 'unknown-framework'
	| 'too-long'
	/** A result link, not an invitation (its first byte is a result format version). */
	| 'result-link';

export type InviteDecodeResult =
	{ ok: true; invitation: Invitation } | { ok: false; error: InviteError };

/** Section types of version 1. Append new ones; never renumber. */
const Section = { Title: 1, Principles: 2, Roles: 3 } as const;
/** Mark, framework, session id (4), date (2). */
const HEADER_BYTES = 8;
/** Below this many characters a text is 'not-ours' rather than 'damaged'. */
const MIN_ATTEMPT_CHARS = 8;

/** Why `encodeInvite` refused an invitation. */
export class InviteEncodeError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InviteEncodeError';
	}
}

/** The fragment text (no '#') of an invitation. Throws InviteEncodeError for invalid input. */
export function encodeInvite(invitation: Invitation): string {
	const index = linkFrameworkIndex(invitation.frameworkVersion);
	const framework = LINK_FRAMEWORKS[index];
	if (!framework) throw new InviteEncodeError(`unknown framework ${invitation.frameworkVersion}`);
	if (!/^[0-9a-f]{8}$/.test(invitation.session)) throw new InviteEncodeError('invalid session');
	const days = /^\d{4}-\d{2}-\d{2}$/.test(invitation.date) ? daysSinceEpoch(invitation.date) : -1;
	if (days < 0 || dateFromDays(days) !== invitation.date) {
		throw new InviteEncodeError(`invalid date ${invitation.date}`);
	}
	const session = Number.parseInt(invitation.session, 16);
	const parts: ArrayLike<number>[] = [
		[INVITE_MARK + INVITE_VERSION, index],
		[session >>> 24, (session >>> 16) & 0xff, (session >>> 8) & 0xff, session & 0xff],
		[days >> 8, days & 0xff]
	];
	const section = (type: number, data: Uint8Array) => {
		parts.push([type, ...writeLeb128(data.length)], data);
	};
	const title = invitation.title?.trim();
	if (title) {
		if (title.length > LIMITS.name) throw new InviteEncodeError('title too long');
		section(Section.Title, utf8Encoder.encode(title));
	}
	const principles = maskOf(invitation.principles, framework.principleIds, 'principle');
	if (principles) section(Section.Principles, principles);
	const roles = maskOf(invitation.roles, INVITE_ROLES, 'role');
	if (roles) section(Section.Roles, roles);
	return toBase64url(withCrc(concatBytes(parts)));
}

/** Decodes a fragment, '#fragment' or full URL. Never throws. */
export function decodeInvite(input: string): InviteDecodeResult {
	try {
		if (typeof input !== 'string') return failure('not-ours');
		return decode(fragmentText(input));
	} catch {
		// Invalid UTF-8 in the title makes the fatal decoder throw: the invitation is damaged.
		return failure('damaged');
	}
}

/** The address of the participants' page with an invitation, given that page's absolute URL. */
export function inviteUrl(joinPageUrl: string, fragment: string): string {
	const url = new URL(joinPageUrl);
	url.hash = fragment;
	return url.href;
}

// ---------------------------------------------------------------------------------------------

function failure(error: InviteError): InviteDecodeResult {
	return { ok: false, error };
}

function fragmentText(input: string): string {
	const text = input.trim();
	const hash = text.indexOf('#');
	return (hash < 0 ? text : text.slice(hash + 1)).trim();
}

function decode(text: string): InviteDecodeResult {
	if (text === '') return failure('empty');
	if (text.length > MAX_INVITE_CHARS) return failure('too-long');
	if (text.length < MIN_ATTEMPT_CHARS) return failure('not-ours');
	const bytes = base64urlBytes(text);
	// As for result links: a few stray characters in a long text are a damaged invitation (a
	// space or a line break from a chat program); more are something else.
	if (bytes === 'bad-char') {
		const damaged = text.length >= 16 && strayChars(text) <= Math.ceil(text.length / 16);
		return failure(damaged ? 'damaged' : 'not-ours');
	}
	if (bytes === 'non-canonical' || bytes.length < HEADER_BYTES + 4) return failure('damaged');
	const body = withoutCrc(bytes);
	if (!body) return failure('damaged');

	const mark = body[0]!;
	if (mark >= 1 && mark < INVITE_MARK) return failure('result-link');
	if (mark <= INVITE_MARK) return failure('not-ours');
	if (mark > INVITE_MARK + INVITE_VERSION) return failure('newer-version');
	const framework = LINK_FRAMEWORKS[body[1]!];
	if (!framework) return failure('unknown-framework');

	const session = [...body.subarray(2, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
	const invitation: Invitation = {
		frameworkVersion: framework.version,
		session,
		date: dateFromDays((body[6]! << 8) | body[7]!)
	};
	const seen = new Set<number>();
	let at = HEADER_BYTES;
	while (at < body.length) {
		const type = body[at]!;
		const length = readLeb128(body, at + 1);
		if (!length || length.value === 0 || length.value > body.length - length.end) {
			return failure('damaged');
		}
		if (seen.has(type)) return failure('damaged');
		seen.add(type);
		const data = body.subarray(length.end, length.end + length.value);
		at = length.end + length.value;
		switch (type) {
			case Section.Title: {
				const title = utf8Decoder.decode(data);
				// Canonical: trimmed, and within the limit.
				if (title.length > LIMITS.name || title.trim() !== title) return failure('damaged');
				invitation.title = title;
				break;
			}
			case Section.Principles: {
				const ids = readMask(data, framework.principleIds);
				if (!ids) return failure('damaged');
				invitation.principles = [...ids];
				break;
			}
			case Section.Roles: {
				const roles = readMask(data, INVITE_ROLES);
				if (!roles) return failure('damaged');
				invitation.roles = [...roles];
				break;
			}
			default:
				return failure('damaged');
		}
	}
	return { ok: true, invitation };
}

/**
 * A bitmask of the chosen items over `all` (bit 0x80 of the first byte is the first item), or
 * null when every item is chosen or nothing is given: then the section is left out.
 */
function maskOf<T extends string>(
	chosen: readonly T[] | undefined,
	all: readonly T[],
	what: string
): Uint8Array | null {
	if (chosen === undefined) return null;
	const mask = new Uint8Array(Math.ceil(all.length / 8));
	let count = 0;
	for (const item of new Set(chosen)) {
		const index = all.indexOf(item);
		if (index < 0) throw new InviteEncodeError(`unknown ${what} ${item}`);
		mask[index >> 3]! |= 0x80 >> (index & 7);
		count++;
	}
	if (count === 0) throw new InviteEncodeError(`no ${what} chosen`);
	return count === all.length ? null : mask;
}

/**
 * The items a mask names, in the order of `all`; null when it is not canonical: the wrong
 * length, no bit set, every item set (the section is then left out), or a bit past the list.
 */
function readMask<T>(data: Uint8Array, all: readonly T[]): T[] | null {
	if (data.length !== Math.ceil(all.length / 8)) return null;
	const items: T[] = [];
	for (let bit = 0; bit < data.length * 8; bit++) {
		if (!(data[bit >> 3]! & (0x80 >> (bit & 7)))) continue;
		if (bit >= all.length) return null;
		items.push(all[bit]!);
	}
	return items.length === 0 || items.length === all.length ? null : items;
}
