/**
 * Helpers shared by the CycloneDX and SPDX readers: zod/mini validation that names the place in
 * the file when something is wrong, and the small text checks both formats need.
 */
import type * as z from 'zod/mini';
import type { SbomError } from './model';

/** `components[12].licenses[0]` from a path prefix and zod's path segments. */
export function formatPath(prefix: string, segments: readonly PropertyKey[]): string {
	let path = prefix;
	for (const segment of segments) {
		path +=
			typeof segment === 'number'
				? `[${segment}]`
				: `${path ? '.' : ''}${String(segment).slice(0, 60)}`;
	}
	return path || '(top level)';
}

/** Validates one value; on failure, a "damaged" error naming where and what. */
export function check<T>(
	schema: z.ZodMiniType<T>,
	value: unknown,
	path: string
): { ok: true; value: T } | { ok: false; error: SbomError } {
	const result = schema.safeParse(value);
	if (result.success) return { ok: true, value: result.data };
	const issue = result.error.issues[0];
	const where = formatPath(path, issue?.path ?? []);
	return { ok: false, error: { kind: 'damaged', detail: `${where}: ${issue?.code ?? 'invalid'}` } };
}

/** Progress callbacks are called at most every this many items. */
export const PROGRESS_STEP = 2000;

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/;
const URL_START = /\bhttps?:\/\/\S/i;

/** Whether free text (an npm-style "Name <mail> (url)" author, say) holds an e-mail or URL. */
export function hasContact(text: string | undefined): boolean {
	return !!text && (EMAIL.test(text) || URL_START.test(text));
}

/** SPDX's "no information" values, which say nothing about the component. */
export function isAssertion(value: string | undefined): value is string {
	if (value === undefined) return false;
	const trimmed = value.trim();
	return trimmed !== '' && trimmed !== 'NOASSERTION' && trimmed !== 'NONE';
}

/** "SHA-512", "sha512", "SHA_512" → "SHA512". */
export function normalizeAlgorithm(alg: string): string {
	return alg.toUpperCase().replace(/[-_\s]/g, '');
}

/** A non-empty trimmed string, or undefined. */
export function text(value: string | undefined): string | undefined {
	const trimmed = value?.trim();
	return trimmed ? trimmed : undefined;
}
