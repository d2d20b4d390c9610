/**
 * The share-link codec: an assessment result packed into the URL fragment (`#…`), so no server,
 * CDN log or analytics ever sees it. Pure and browser-safe (TextEncoder/TextDecoder, zod; fflate for
 * the opt-in details, loaded only when a link carries them: see COMPRESSION below).
 *
 * BINARY FORMAT, version 1
 *
 *   offset  size           content
 *   0       1              format version: 1
 *   1       1              framework: index into LINK_FRAMEWORKS (frameworks.ts)
 *   2       ceil(B/8)      packed bits, most significant bit first, B = 3·Q + 2·P:
 *                            - one 3-bit code per question, in that framework's questionIds
 *                              order: 0 unanswered, 1–5 levels 0–4, 6 not applicable,
 *                              7 don't know;
 *                            - one 2-bit code per principle, in that framework's principleIds
 *                              order: target − 1 (targets are 1–4);
 *                            - zero bits up to the byte boundary (non-zero padding = damaged).
 *   …       …              zero or more sections: [type: 1 byte][length: unsigned LEB128][bytes]
 *                            1 organization or team name, UTF-8, 1–LIMITS.name UTF-16 units
 *                            2 date, uint16 big-endian, days since 2000-01-01 (up to 2179-06-06)
 *                            3 participant name, UTF-8, 1–PARTICIPANT_MAX UTF-16 units
 *                            4 details: deflate-raw (fflate) of UTF-8 JSON, see CompactDetails
 *                          Each type at most once, in any order (the encoder writes them in type
 *                          order). A section is never empty. An unknown type, a duplicate, a
 *                          length that is not minimal LEB128 or runs past the end, invalid UTF-8
 *                          or an invalid value makes the link damaged.
 *   n − 4   4              CRC-32 (IEEE, crc32.ts), big-endian, of bytes 0 … n − 5
 *
 * The bytes are written as base64url without padding (A–Z a–z 0–9 - _). For a full 40-question
 * assessment without sections that is 23 bytes, 31 characters, whatever the answers are.
 *
 * DECODING ORDER AND ERRORS
 *
 * `decodeResult` never throws and accepts a bare fragment, `#fragment` or a whole URL (whatever
 * follows the first `#`), with surrounding whitespace trimmed. Its checks, in order:
 *
 *   1. nothing left after trimming (also `https://host/page#`)                        → empty
 *   2. longer than MAX_LINK_CHARS (before any decoding work)                         → too-long
 *   3. shorter than 8 characters: too short to be a link or a recognisable piece of one (the
 *      shortest link is 31 characters)                                               → not-ours
 *   4. a character outside the base64url alphabet: when the text looks like a damaged link,
 *      i.e. it is at least 16 characters long (half the shortest link) and has at most one such
 *      character per 16 (rounded up): a link with a stray space, line break or quote  → damaged;
 *      otherwise (words, other URLs, JSON)                                           → not-ours
 *   5. not canonical base64url (length ≡ 1 mod 4, or non-zero unused bits in the last
 *      character), fewer than 7 bytes, or a CRC mismatch (cut short or edited)       → damaged
 *      Canonical-only decoding plus the CRC means that every single-character change of a
 *      valid link is rejected, and every prefix of 8 or more characters too.
 *   6. format version 0 (never issued; the CRC matched, so it was not damage)       → not-ours
 *      format version above FORMAT_VERSION                                      → newer-version
 *   7. framework index not in LINK_FRAMEWORKS                               → unknown-framework
 *   8. anything wrong in the body or the sections, or the unpacked result failing the zod
 *      schema (limits, evidence URLs, plan entries, ids of that framework)         → damaged
 *
 * The CRC sits in the last four bytes in every format version, so it is checked first: a link
 * from a newer app is told apart from a damaged one only once the bytes are known to be intact.
 *
 * COMPATIBILITY RULES
 *
 * - Links live forever in chats, mails and slides: a newer app must decode every older link.
 *   Never change the meaning of an existing format version; old versions keep decoding forever.
 * - A new format version may only append: new section types, or new fields after the existing
 *   ones. It keeps bytes 0–1, the packed answers and targets, the section framing and the CRC
 *   at the end exactly as they are. An older app says "newer-version" for it.
 * - The framework registry (frameworks.ts) is append-only, and the question and principle lists
 *   inside an entry never change. A changed bank gets a new entry, so old links keep decoding
 *   against the questions they were made with.
 * - The details JSON is validated strictly; a new field in it needs a new format version.
 *
 * ENCODING
 *
 * `encodeResult` validates its input with the same rules the decoder applies, so whatever it
 * returns decodes to the same result. It throws an EncodeError when it cannot: reason 'invalid'
 * (unknown framework version, a question id not in that version, a name over its limit, a date
 * outside 2000-01-01 … 2179-06-06, an evidence URL that is not http(s)…) or 'too-long' (the
 * details exceed MAX_DETAILS_BYTES or the fragment MAX_LINK_CHARS; share without notes then).
 * It writes the canonical form: absent targets become DEFAULT_TARGET, empty names are left out,
 * empty detail fields ('') and entries without any field are dropped, and empty details are left
 * out. Names are UTF-8, so a lone UTF-16 surrogate in one becomes U+FFFD.
 */
import * as z from 'zod/mini';
import {
	answerSchema,
	choiceSchema,
	DEFAULT_TARGET,
	LIMITS,
	planEntrySchema,
	questionIdSchema,
	targetsSchema,
	TARGETS,
	type Choice,
	type PlanEntry,
	type Target,
	type Targets
} from '$lib/assessment/model';
import { PRINCIPLE_IDS, type PrincipleId } from '$lib/framework/types';
import { crc32 } from './crc32';
import { LINK_FRAMEWORKS, linkFrameworkIndex, type LinkFramework } from './frameworks';

// ---------------------------------------------------------------------------------------------
// COMPRESSION
//
// Only the opt-in details section is compressed, and most links do not have one: the compressor
// (fflate, ./compression.ts) is a separate chunk, installed on demand by loadCompression(). Without
// it, encodeResult refuses details, and decodeResult decodes everything else and reports the
// details as pending; decodeResultWithDetails loads the compressor when a link needs it.

export interface Compression {
	deflate(data: Uint8Array): Uint8Array;
	/** Inflates deflate-raw data, or null when the output would exceed `cap` bytes. */
	inflate(data: Uint8Array, cap: number): Uint8Array | null;
}

let compression: Compression | null = null;

export function useCompression(implementation: Compression): void {
	compression = implementation;
}

/** Loads and installs the compressor (once); needed to encode or read a details section. */
export async function loadCompression(): Promise<void> {
	if (!compression) useCompression((await import('./compression')).compression);
}

export function hasCompression(): boolean {
	return compression !== null;
}

// ---------------------------------------------------------------------------------------------
// Public API

export interface SharedDetails {
	answers: Record<string, { note?: string; evidence?: string; naReason?: string }>;
	plan: Record<string, PlanEntry>;
}

export interface SharedResult {
	/** Must be a version in LINK_FRAMEWORKS. */
	frameworkVersion: string;
	/** Only choices; ids must be in that framework version's question list. */
	answers: Record<string, Choice>;
	/** Decoded links always carry every principle (1–4); encoding fills the missing ones. */
	targets: Targets;
	/** Organization or team, at most LIMITS.name characters. */
	name?: string;
	/** Participant name, for merging workshop answers; at most PARTICIPANT_MAX characters. */
	participant?: string;
	/** 'YYYY-MM-DD', e.g. the assessment's last change. */
	date?: string;
	/** Opt-in: notes, evidence URLs, N/A reasons, plan owners, due dates and status. */
	details?: SharedDetails;
}

export type DecodeError =
	'empty' | 'not-ours' | 'damaged' | 'newer-version' | 'unknown-framework' | 'too-long';

export type DecodeResult =
	| {
			ok: true;
			result: SharedResult;
			/** The link has a details section that was not read because no compressor is loaded. */
			detailsPending?: true;
	  }
	| { ok: false; error: DecodeError };

/** The format version this code writes, and the newest it reads. */
export const FORMAT_VERSION = 1;
/** Longest fragment (characters) `decodeResult` looks at; longer ones are 'too-long'. */
export const MAX_LINK_CHARS = 32_768;
/** Full URLs above this length may be cut or refused by chat programs; the UI warns. */
export const CHAT_LINK_LIMIT = 2_000;
/** Longest participant name, in UTF-16 units (like LIMITS). */
export const PARTICIPANT_MAX = 100;
/** Most bytes the details JSON may inflate to; more is a zip bomb or not ours. */
export const MAX_DETAILS_BYTES = 256 * 1024;

/** Why `encodeResult` refused a result. */
export class EncodeError extends Error {
	readonly reason: 'invalid' | 'too-long';
	constructor(reason: 'invalid' | 'too-long', message: string) {
		super(message);
		this.name = 'EncodeError';
		this.reason = reason;
	}
}

/** The fragment text (no '#') of a result. Throws EncodeError, see the header. */
export function encodeResult(result: SharedResult): string {
	const index = linkFrameworkIndex(result.frameworkVersion);
	const framework = LINK_FRAMEWORKS[index];
	if (!framework) {
		throw new EncodeError('invalid', `framework ${result.frameworkVersion} cannot be shared`);
	}
	const targetsCheck = targetsSchema.safeParse(result.targets);
	if (!targetsCheck.success) throw new EncodeError('invalid', 'invalid targets');
	const canonical = canonicalize(result, framework);
	const problem = problemOf(canonical, framework);
	if (problem) throw new EncodeError('invalid', problem);

	const out = new ByteWriter();
	out.byte(FORMAT_VERSION);
	out.byte(index);
	out.bytes(packChoicesAndTargets(canonical, framework));
	if (canonical.name !== undefined) out.section(Section.Name, utf8Encoder.encode(canonical.name));
	if (canonical.date !== undefined) {
		const days = daysSinceEpoch(canonical.date);
		out.section(Section.Date, Uint8Array.of(days >> 8, days & 0xff));
	}
	if (canonical.participant !== undefined) {
		out.section(Section.Participant, utf8Encoder.encode(canonical.participant));
	}
	if (canonical.details !== undefined) {
		const json = utf8Encoder.encode(JSON.stringify(compactDetails(canonical.details, framework)));
		if (json.length > MAX_DETAILS_BYTES) {
			throw new EncodeError('too-long', `details are ${json.length} bytes of JSON`);
		}
		if (!compression) {
			throw new EncodeError(
				'invalid',
				'details need the compressor: await loadCompression() first'
			);
		}
		out.section(Section.Details, compression.deflate(json));
	}
	const fragment = toBase64url(withCrc(out.finish()));
	if (fragment.length > MAX_LINK_CHARS) {
		throw new EncodeError('too-long', `the link would be ${fragment.length} characters`);
	}
	return fragment;
}

/** Decodes a fragment, '#fragment' or full URL. Never throws, whatever it is given. */
export function decodeResult(input: string): DecodeResult {
	try {
		if (typeof input !== 'string') return failure('not-ours');
		return decode(fragmentOf(input));
	} catch {
		// Malformed details make fflate, the fatal TextDecoder or JSON.parse throw: that is damage.
		// Anything else thrown would be a bug here, and the link is still unusable.
		return failure('damaged');
	}
}

/** Like decodeResult, and reads the details too, loading the compressor when the link has some. */
export async function decodeResultWithDetails(input: string): Promise<DecodeResult> {
	const first = decodeResult(input);
	if (!first.ok || !first.detailsPending) return first;
	try {
		await loadCompression();
	} catch {
		// Offline before the compressor was ever cached: show the result without its notes.
		return first;
	}
	return decodeResult(input);
}

/** The fragment of a pasted full URL, a '#…' string or a bare fragment, whitespace trimmed. */
export function fragmentOf(input: string): string {
	const text = input.trim();
	const hash = text.indexOf('#');
	return (hash < 0 ? text : text.slice(hash + 1)).trim();
}

/**
 * The information-theoretic minimum, in base64url characters, of a link carrying a full
 * assessment: every question answered (7 states each: five levels, N/A, don't know) and every
 * principle's target (4 states), with no header and no checksum.
 */
export function minimumFragmentChars(questionCount: number, principleCount: number): number {
	return Math.ceil((questionCount * Math.log2(7) + principleCount * 2) / 6);
}

// ---------------------------------------------------------------------------------------------
// Framing: CRC and base64url. Exported for tests and scripts/fuzz-link.ts.

/** `body` followed by its CRC-32, big-endian. */
export function withCrc(body: Uint8Array): Uint8Array {
	const bytes = new Uint8Array(body.length + 4);
	bytes.set(body);
	new DataView(bytes.buffer).setUint32(body.length, crc32(body));
	return bytes;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Character code → 6-bit value, −1 outside the alphabet (codes ≥ 128 are outside too). */
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

function valueOf(text: string, i: number): number {
	const code = text.charCodeAt(i);
	return code < 128 ? VALUES[code]! : -1;
}

export function toBase64url(bytes: Uint8Array): string {
	const chars: string[] = [];
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
		chars.push(ALPHABET[v >> 18]!, ALPHABET[(v >> 12) & 63]!, ALPHABET[(v >> 6) & 63]!);
		chars.push(ALPHABET[v & 63]!);
	}
	const rest = bytes.length - i;
	if (rest > 0) {
		const v = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
		chars.push(ALPHABET[v >> 18]!, ALPHABET[(v >> 12) & 63]!);
		if (rest === 2) chars.push(ALPHABET[(v >> 6) & 63]!);
	}
	return chars.join('');
}

/** The bytes of canonical unpadded base64url text; null for anything else. */
export function fromBase64url(text: string): Uint8Array | null {
	const bytes = base64urlBytes(text);
	return typeof bytes === 'string' ? null : bytes;
}

/** Decoding with the reason for a refusal, so `decode` can tell stray characters apart. */
function base64urlBytes(text: string): Uint8Array | 'bad-char' | 'non-canonical' {
	const n = text.length;
	for (let i = 0; i < n; i++) if (valueOf(text, i) < 0) return 'bad-char';
	// One character holds only 6 bits: no byte ends in a lone last character.
	if (n % 4 === 1) return 'non-canonical';
	const bytes = new Uint8Array(Math.floor((n * 6) / 8));
	let o = 0;
	let i = 0;
	for (; i + 3 < n; i += 4) {
		const v =
			(valueOf(text, i) << 18) |
			(valueOf(text, i + 1) << 12) |
			(valueOf(text, i + 2) << 6) |
			valueOf(text, i + 3);
		bytes[o++] = v >> 16;
		bytes[o++] = (v >> 8) & 0xff;
		bytes[o++] = v & 0xff;
	}
	const rest = n - i;
	if (rest === 2) {
		const v = (valueOf(text, i) << 6) | valueOf(text, i + 1);
		// 12 bits carry one byte; the 4 unused bits must be zero, or two texts would decode alike.
		if (v & 0xf) return 'non-canonical';
		bytes[o] = v >> 4;
	} else if (rest === 3) {
		const v = (valueOf(text, i) << 12) | (valueOf(text, i + 1) << 6) | valueOf(text, i + 2);
		if (v & 0x3) return 'non-canonical';
		bytes[o] = v >> 10;
		bytes[o + 1] = (v >> 2) & 0xff;
	}
	return bytes;
}

// ---------------------------------------------------------------------------------------------
// Decoding

/** Below this many characters a text is 'not-ours' rather than 'damaged' (rule 3). */
const MIN_ATTEMPT_CHARS = 8;
/** Rule 4: a damaged link is at least this long, with at most one stray character per this many. */
const STRAY_CHAR_SPAN = 16;
/** Version + framework + CRC + at least one byte of content. */
const MIN_BYTES = 7;

function failure(error: DecodeError): DecodeResult {
	return { ok: false, error };
}

function decode(text: string): DecodeResult {
	if (text === '') return failure('empty');
	if (text.length > MAX_LINK_CHARS) return failure('too-long');
	if (text.length < MIN_ATTEMPT_CHARS) return failure('not-ours');
	const bytes = base64urlBytes(text);
	if (bytes === 'bad-char') return failure(looksLikeLink(text) ? 'damaged' : 'not-ours');
	if (bytes === 'non-canonical' || bytes.length < MIN_BYTES) return failure('damaged');

	const crcAt = bytes.length - 4;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (view.getUint32(crcAt) !== crc32(bytes, 0, crcAt)) return failure('damaged');
	const version = bytes[0]!;
	if (version === 0) return failure('not-ours');
	if (version > FORMAT_VERSION) return failure('newer-version');
	const framework = LINK_FRAMEWORKS[bytes[1]!];
	if (!framework) return failure('unknown-framework');

	const read = readVersion1(bytes.subarray(0, crcAt), framework);
	if (!read || problemOf(read.result, framework) !== undefined) return failure('damaged');
	return read.detailsPending
		? { ok: true, result: read.result, detailsPending: true }
		: { ok: true, result: read.result };
}

/** Rule 4 of the header: long enough, and only a few characters outside the alphabet. */
function looksLikeLink(text: string): boolean {
	if (text.length < STRAY_CHAR_SPAN) return false;
	let stray = 0;
	for (let i = 0; i < text.length; i++) if (valueOf(text, i) < 0) stray++;
	return stray <= Math.ceil(text.length / STRAY_CHAR_SPAN);
}

const CODE_CHOICES: readonly (Choice | undefined)[] = [undefined, 0, 1, 2, 3, 4, 'na', 'unknown'];

function choiceCode(choice: Choice): number {
	return choice === 'na' ? 6 : choice === 'unknown' ? 7 : choice + 1;
}

/** Section types. Append new ones (with a new format version); never renumber. */
const Section = { Name: 1, Date: 2, Participant: 3, Details: 4 } as const;
type SectionType = (typeof Section)[keyof typeof Section];

const utf8Encoder = new TextEncoder();
// fatal: invalid UTF-8 throws (→ damaged). ignoreBOM: a name that starts with U+FEFF keeps it.
const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function packedBytes(framework: LinkFramework): number {
	return Math.ceil((framework.questionIds.length * 3 + framework.principleIds.length * 2) / 8);
}

/** The result in a version-1 body (everything before the CRC), or null when it is malformed. */
function readVersion1(
	body: Uint8Array,
	framework: LinkFramework
): { result: SharedResult; detailsPending: boolean } | null {
	const sectionsAt = 2 + packedBytes(framework);
	if (body.length < sectionsAt) return null;
	const bits = new BitReader(body, 2);
	const answers: Record<string, Choice> = {};
	for (const id of framework.questionIds) {
		const choice = CODE_CHOICES[bits.read(3)];
		if (choice !== undefined) answers[id] = choice;
	}
	const targets: Partial<Record<PrincipleId, Target>> = {};
	for (const id of framework.principleIds) targets[id] = (bits.read(2) + 1) as Target;
	while (bits.position < sectionsAt * 8) if (bits.read(1) !== 0) return null;

	const result: SharedResult = { frameworkVersion: framework.version, answers, targets };
	let detailsPending = false;
	const seen = new Set<number>();
	let at = sectionsAt;
	while (at < body.length) {
		const type = body[at]!;
		const length = readLeb128(body, at + 1);
		if (!length || length.value === 0 || length.value > body.length - length.end) return null;
		if (seen.has(type)) return null;
		seen.add(type);
		const data = body.subarray(length.end, length.end + length.value);
		at = length.end + length.value;
		switch (type) {
			case Section.Name:
				result.name = utf8Decoder.decode(data);
				break;
			case Section.Date:
				if (data.length !== 2) return null;
				result.date = dateFromDays((data[0]! << 8) | data[1]!);
				break;
			case Section.Participant:
				result.participant = utf8Decoder.decode(data);
				break;
			case Section.Details: {
				if (!compression) {
					detailsPending = true;
					break;
				}
				const details = readDetails(data, framework, compression);
				if (!details) return null;
				result.details = details;
				break;
			}
			default:
				return null;
		}
	}
	return { result, detailsPending };
}

/** An unsigned LEB128 number starting at `at`: minimal, at most 4 bytes (< 2^28). */
function readLeb128(bytes: Uint8Array, at: number): { value: number; end: number } | null {
	let value = 0;
	for (let i = 0; i < 4; i++) {
		const byte = bytes[at + i];
		if (byte === undefined) return null;
		value |= (byte & 0x7f) << (7 * i);
		if (!(byte & 0x80)) {
			// A zero last byte after the first means the same number had a shorter encoding.
			if (i > 0 && byte === 0) return null;
			return { value, end: at + i + 1 };
		}
	}
	return null;
}

function writeLeb128(value: number): number[] {
	const out: number[] = [];
	do {
		const low = value & 0x7f;
		value >>>= 7;
		out.push(value ? low | 0x80 : low);
	} while (value);
	return out;
}

class BitReader {
	private readonly bytes: Uint8Array;
	position: number;
	constructor(bytes: Uint8Array, byteOffset: number) {
		this.bytes = bytes;
		this.position = byteOffset * 8;
	}
	/** The next `width` bits (≤ 8), most significant first. */
	read(width: number): number {
		let value = 0;
		for (let i = 0; i < width; i++, this.position++) {
			const bit = (this.bytes[this.position >> 3]! >> (7 - (this.position & 7))) & 1;
			value = (value << 1) | bit;
		}
		return value;
	}
}

// ---------------------------------------------------------------------------------------------
// Dates: uint16 days since 2000-01-01 (UTC calendar days; no time zone is involved).

const EPOCH = Date.UTC(2000, 0, 1);
const DAY = 86_400_000;

function dateFromDays(days: number): string {
	return new Date(EPOCH + days * DAY).toISOString().slice(0, 10);
}

/** Days since 2000-01-01 of a valid 'YYYY-MM-DD' date; -1 when it does not fit in 16 bits. */
function daysSinceEpoch(date: string): number {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const days = (Date.UTC(year, month - 1, day) - EPOCH) / DAY;
	return Number.isInteger(days) && days >= 0 && days <= 0xffff ? days : -1;
}

// ---------------------------------------------------------------------------------------------
// Details (section 4)

/**
 * The details as JSON inside the link: question ids become their index in the framework's list,
 * field names one letter. Keys are decimal indexes without leading zeros; strings are never
 * empty and entries never without a field (the encoder drops those).
 *
 *   { "a"?: { "<index>": { "n"?: note, "e"?: evidence URL, "r"?: N/A reason } },
 *     "p"?: { "<index>": { "o"?: owner, "d"?: due 'YYYY-MM-DD', "s"?: status, "x"?: excluded } } }
 */
const nonEmpty = z.string().check(z.minLength(1));
const indexKey = z.string().check(z.regex(/^(0|[1-9][0-9]{0,3})$/));
const compactDetailsSchema = z.strictObject({
	a: z.optional(
		z.record(
			indexKey,
			z.strictObject({ n: z.optional(nonEmpty), e: z.optional(nonEmpty), r: z.optional(nonEmpty) })
		)
	),
	p: z.optional(
		z.record(
			indexKey,
			z.strictObject({
				o: z.optional(nonEmpty),
				d: z.optional(nonEmpty),
				s: z.optional(nonEmpty),
				x: z.optional(z.boolean())
			})
		)
	)
});
type CompactDetails = z.infer<typeof compactDetailsSchema>;

function compactDetails(details: SharedDetails, framework: LinkFramework): CompactDetails {
	const indexes = indexOf(framework);
	const compact: CompactDetails = {};
	for (const [id, entry] of Object.entries(details.answers)) {
		(compact.a ??= {})[String(indexes.get(id))] = stripped({
			n: entry.note,
			e: entry.evidence,
			r: entry.naReason
		});
	}
	for (const [id, entry] of Object.entries(details.plan)) {
		(compact.p ??= {})[String(indexes.get(id))] = stripped({
			o: entry.owner,
			d: entry.due,
			s: entry.status,
			x: entry.excluded
		});
	}
	return compact;
}

function readDetails(
	data: Uint8Array,
	framework: LinkFramework,
	compressor: Compression
): SharedDetails | null {
	const json = compressor.inflate(data, MAX_DETAILS_BYTES);
	if (!json) return null;
	const parsed = compactDetailsSchema.safeParse(JSON.parse(utf8Decoder.decode(json)));
	if (!parsed.success) return null;
	const details: SharedDetails = { answers: {}, plan: {} };
	let entries = 0;
	for (const [key, entry] of Object.entries(parsed.data.a ?? {})) {
		const id = framework.questionIds[Number(key)];
		if (id === undefined || isEmpty(entry)) return null;
		details.answers[id] = stripped({ note: entry.n, evidence: entry.e, naReason: entry.r });
		entries++;
	}
	for (const [key, entry] of Object.entries(parsed.data.p ?? {})) {
		const id = framework.questionIds[Number(key)];
		if (id === undefined || isEmpty(entry)) return null;
		// Unchecked here; problemOf validates every plan entry against planEntrySchema.
		details.plan[id] = stripped({
			owner: entry.o,
			due: entry.d,
			status: entry.s as PlanEntry['status'],
			excluded: entry.x
		});
		entries++;
	}
	return entries > 0 ? details : null;
}

// ---------------------------------------------------------------------------------------------
// Encoding helpers

class ByteWriter {
	private readonly parts: number[] = [];
	private readonly chunks: Uint8Array[] = [];
	private size = 0;
	byte(value: number) {
		this.parts.push(value);
	}
	bytes(data: Uint8Array) {
		this.flush();
		this.chunks.push(data);
		this.size += data.length;
	}
	section(type: SectionType, data: Uint8Array) {
		this.byte(type);
		for (const byte of writeLeb128(data.length)) this.byte(byte);
		this.bytes(data);
	}
	finish(): Uint8Array {
		this.flush();
		const out = new Uint8Array(this.size);
		let offset = 0;
		for (const chunk of this.chunks) {
			out.set(chunk, offset);
			offset += chunk.length;
		}
		return out;
	}
	private flush() {
		if (this.parts.length === 0) return;
		this.chunks.push(Uint8Array.from(this.parts));
		this.size += this.parts.length;
		this.parts.length = 0;
	}
}

function packChoicesAndTargets(result: SharedResult, framework: LinkFramework): Uint8Array {
	const bytes = new Uint8Array(packedBytes(framework));
	let position = 0;
	const write = (value: number, width: number) => {
		for (let bit = width - 1; bit >= 0; bit--, position++) {
			if ((value >> bit) & 1) bytes[position >> 3]! |= 0x80 >> (position & 7);
		}
	};
	for (const id of framework.questionIds) {
		const choice = result.answers[id];
		write(choice === undefined ? 0 : choiceCode(choice), 3);
	}
	for (const id of framework.principleIds) write((result.targets[id] ?? DEFAULT_TARGET) - 1, 2);
	return bytes;
}

/** The canonical form the encoder writes (see the header); the input is not modified. */
function canonicalize(result: SharedResult, framework: LinkFramework): SharedResult {
	const targets: Partial<Record<PrincipleId, Target>> = {};
	for (const id of framework.principleIds) targets[id] = result.targets[id] ?? DEFAULT_TARGET;
	const canonical: SharedResult = {
		frameworkVersion: result.frameworkVersion,
		answers: result.answers,
		targets
	};
	if (result.name) canonical.name = result.name;
	if (result.date !== undefined) canonical.date = result.date;
	if (result.participant) canonical.participant = result.participant;
	if (result.details) {
		const details: SharedDetails = { answers: {}, plan: {} };
		let entries = 0;
		for (const [id, entry] of Object.entries(result.details.answers)) {
			const kept = stripped({
				note: entry.note,
				evidence: entry.evidence,
				naReason: entry.naReason
			});
			if (isEmpty(kept)) continue;
			details.answers[id] = kept;
			entries++;
		}
		for (const [id, entry] of Object.entries(result.details.plan)) {
			const kept = stripped({
				owner: entry.owner,
				due: entry.due,
				status: entry.status,
				excluded: entry.excluded
			});
			if (isEmpty(kept)) continue;
			details.plan[id] = kept;
			entries++;
		}
		if (entries > 0) canonical.details = details;
	}
	return canonical;
}

/** A copy without the fields that are undefined or ''. */
function stripped<T extends Record<string, string | boolean | undefined>>(entry: T): T {
	const out: Record<string, string | boolean> = {};
	for (const [key, value] of Object.entries(entry)) {
		if (value !== undefined && value !== '') out[key] = value;
	}
	return out as T;
}

function isEmpty(entry: object): boolean {
	return Object.keys(entry).length === 0;
}

const frameworkIndexes = new WeakMap<LinkFramework, Map<string, number>>();

function indexOf(framework: LinkFramework): Map<string, number> {
	let indexes = frameworkIndexes.get(framework);
	if (!indexes) {
		indexes = new Map(framework.questionIds.map((id, index) => [id, index]));
		frameworkIndexes.set(framework, indexes);
	}
	return indexes;
}

// ---------------------------------------------------------------------------------------------
// Validation, shared by encoding and decoding

const boundedName = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

const sharedResultSchema = z.object({
	frameworkVersion: z.string(),
	answers: z.record(questionIdSchema, choiceSchema),
	// An enum-keyed record requires every key: decoded and canonical targets are complete.
	targets: z.record(z.enum(PRINCIPLE_IDS), z.literal(TARGETS)),
	name: z.optional(boundedName(LIMITS.name)),
	participant: z.optional(boundedName(PARTICIPANT_MAX)),
	date: z.optional(z.iso.date()),
	details: z.optional(
		z.object({
			// note, naReason and evidence with their limits; evidence must pass isEvidenceUrl.
			answers: z.record(questionIdSchema, z.omit(answerSchema, { choice: true })),
			plan: z.record(questionIdSchema, planEntrySchema)
		})
	)
});

/** Why a (canonical) result cannot travel in a link of `framework`, or undefined when it can. */
function problemOf(result: SharedResult, framework: LinkFramework): string | undefined {
	const parsed = sharedResultSchema.safeParse(result);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return `invalid ${issue?.path.join('.') || 'result'}: ${issue?.message ?? ''}`;
	}
	const known = indexOf(framework);
	const ids = [
		...Object.keys(result.answers),
		...Object.keys(result.details?.answers ?? {}),
		...Object.keys(result.details?.plan ?? {})
	];
	const unknown = ids.find((id) => !known.has(id));
	if (unknown !== undefined) return `${unknown} is not a question of ${framework.version}`;
	if (result.date !== undefined && daysSinceEpoch(result.date) < 0) {
		return `date ${result.date} is outside 2000-01-01 … 2179-06-06`;
	}
	return undefined;
}
