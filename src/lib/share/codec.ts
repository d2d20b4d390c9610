/**
 * Share links: an assessment result packed into the URL fragment (`#…`), so no server, CDN log or
 * analytics ever sees it. This is the public API; the format, the decoding order and the encoding
 * rules are specified in docs/share-link.md.
 *
 * COMPATIBILITY RULES
 * - A link, once made, decodes forever to the same result. Never change the meaning of a format
 *   version; fixtures/links-1.0.json (golden.spec.ts) must pass unchanged.
 * - A new format version only appends (section types, fields after the existing ones) and keeps
 *   bytes 0–1, the packed answers and targets, the section framing and the trailing CRC.
 * - The framework registry (frameworks.ts) is append-only; a changed bank gets a new entry.
 * - The details JSON is validated strictly; a new field in it needs a new format version.
 *
 * Layers, each importing only those before it: types.ts, bytes.ts, frameworks.ts, details.ts,
 * format-v1.ts, canonical.ts, this file. The compressor (compression.ts, fflate) is a chunk of
 * its own that callers pass in; loadCompression() loads it.
 */
import { targetsSchema } from '$lib/assessment/schema';
import { base64urlBytes, strayChars, toBase64url, withCrc, withoutCrc } from './bytes';
import { canonicalize, problemOf } from './canonical';
import { readVersion1, VERSION_1, writeVersion1 } from './format-v1';
import { LINK_FRAMEWORKS, linkFrameworkIndex } from './frameworks';
import {
	EncodeError,
	type CodecOptions,
	type Compression,
	type DecodeError,
	type DecodeResult,
	type SharedResult
} from './types';

export { PARTICIPANT_MAX } from './canonical';
export { MAX_DETAILS_BYTES } from './details';
export {
	EncodeError,
	type CodecOptions,
	type Compression,
	type DecodeError,
	type DecodeResult,
	type SharedDetails,
	type SharedResult
} from './types';

/** The format version this code writes, and the newest it reads. */
export const FORMAT_VERSION = VERSION_1;
/** Longest fragment (characters) `decodeResult` looks at; longer ones are 'too-long'. */
export const MAX_LINK_CHARS = 32_768;
/** Full URLs above this length may be cut or refused by chat programs; the UI warns. */
export const CHAT_LINK_LIMIT = 2_000;

/**
 * The fragment text (no '#') of a result. Details need `options.compression`. Throws
 * EncodeError: 'invalid' for what a link cannot carry, 'too-long' for details or a link over
 * the limits.
 */
export function encodeResult(result: SharedResult, options: CodecOptions = {}): string {
	const index = linkFrameworkIndex(result.frameworkVersion);
	const framework = LINK_FRAMEWORKS[index];
	if (!framework) {
		throw new EncodeError('invalid', `framework ${result.frameworkVersion} cannot be shared`);
	}
	if (!targetsSchema.safeParse(result.targets).success) {
		throw new EncodeError('invalid', 'invalid targets');
	}
	const canonical = canonicalize(result, framework);
	const problem = problemOf(canonical, framework);
	if (problem) throw new EncodeError('invalid', problem);
	const body = writeVersion1(canonical, index, framework, options.compression);
	const fragment = toBase64url(withCrc(body));
	if (fragment.length > MAX_LINK_CHARS) {
		throw new EncodeError('too-long', `the link would be ${fragment.length} characters`);
	}
	return fragment;
}

/**
 * Decodes a fragment, '#fragment' or full URL. Never throws, whatever it is given. A details
 * section is read with `options.compression`; without it the result says `detailsPending`.
 */
export function decodeResult(input: string, options: CodecOptions = {}): DecodeResult {
	try {
		if (typeof input !== 'string') return failure('not-ours');
		return decode(fragmentOf(input), options.compression);
	} catch {
		// Malformed details make the inflater, the fatal UTF-8 decoder or JSON.parse throw: that
		// is damage. Anything else thrown would be a bug here, and the link is still unusable.
		return failure('damaged');
	}
}

/**
 * Like decodeResult, and reads the details too: `load` (the compressor chunk by default) is
 * called only when the link has some. If it fails (offline before the chunk was ever cached),
 * the result comes without its details, still marked pending.
 */
export async function decodeResultWithDetails(
	input: string,
	load: () => Promise<Compression> = loadCompression
): Promise<DecodeResult> {
	const first = decodeResult(input);
	if (!first.ok || !first.detailsPending) return first;
	let compression: Compression;
	try {
		compression = await load();
	} catch {
		return first;
	}
	return decodeResult(input, { compression });
}

/** The compressor once loaded: a cache for loadCompression(), never read by the codec itself. */
let loaded: Compression | undefined;

/** The compressor (fflate, a chunk of its own), loaded on the first call. */
export async function loadCompression(): Promise<Compression> {
	return (loaded ??= (await import('./compression')).compression);
}

/** Whether loadCompression() has loaded the compressor. */
export function hasCompression(): boolean {
	return loaded !== undefined;
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
// Decoding, steps 1–8 of docs/share-link.md

/** Below this many characters a text is 'not-ours' rather than 'damaged' (step 3). */
const MIN_ATTEMPT_CHARS = 8;
/** Step 4: a damaged link is at least this long, with at most one stray character per this many. */
const STRAY_CHAR_SPAN = 16;
/** Version + framework + at least one byte of content + CRC. */
const MIN_BYTES = 7;

function failure(error: DecodeError): DecodeResult {
	return { ok: false, error };
}

function decode(text: string, compression: Compression | undefined): DecodeResult {
	if (text === '') return failure('empty');
	if (text.length > MAX_LINK_CHARS) return failure('too-long');
	if (text.length < MIN_ATTEMPT_CHARS) return failure('not-ours');
	const bytes = base64urlBytes(text);
	if (bytes === 'bad-char') return failure(looksLikeLink(text) ? 'damaged' : 'not-ours');
	if (bytes === 'non-canonical' || bytes.length < MIN_BYTES) return failure('damaged');
	const body = withoutCrc(bytes);
	if (!body) return failure('damaged');

	const version = body[0]!;
	if (version === 0) return failure('not-ours');
	if (version > FORMAT_VERSION) return failure('newer-version');
	const framework = LINK_FRAMEWORKS[body[1]!];
	if (!framework) return failure('unknown-framework');

	const read = readVersion1(body, framework, compression);
	if (!read || problemOf(read.result, framework) !== undefined) return failure('damaged');
	return read.detailsPending
		? { ok: true, result: read.result, detailsPending: true }
		: { ok: true, result: read.result };
}

/** Step 4: long enough, and only a few characters outside the alphabet. */
function looksLikeLink(text: string): boolean {
	return (
		text.length >= STRAY_CHAR_SPAN && strayChars(text) <= Math.ceil(text.length / STRAY_CHAR_SPAN)
	);
}
