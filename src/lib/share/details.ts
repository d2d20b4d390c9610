/**
 * The details section of a share link (docs/share-link.md, "The details section"): notes,
 * evidence URLs, N/A reasons and plan entries as compact JSON, deflate-raw compressed with the
 * Compression the caller passes in.
 */
import * as z from 'zod/mini';
import type { PlanEntry } from '$lib/assessment/model';
import { utf8Decoder, utf8Encoder } from './bytes';
import type { LinkFramework } from './frameworks';
import { EncodeError, type Compression, type SharedDetails } from './types';

/** Most bytes the details JSON may take (and inflate to); more is a zip bomb or not ours. */
export const MAX_DETAILS_BYTES = 256 * 1024;

/**
 * Question ids become their index in the framework's list, field names one letter. Keys are
 * decimal indexes without leading zeros; strings are never empty and entries never without a
 * field (the encoder drops those).
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

/** The details without empty fields ('' or undefined) and empty entries; undefined when none is left. */
export function canonicalDetails(details: SharedDetails): SharedDetails | undefined {
	const canonical: SharedDetails = { answers: {}, plan: {} };
	let entries = 0;
	for (const [id, entry] of Object.entries(details.answers)) {
		const kept = stripped({ note: entry.note, evidence: entry.evidence, naReason: entry.naReason });
		if (isEmpty(kept)) continue;
		canonical.answers[id] = kept;
		entries++;
	}
	for (const [id, entry] of Object.entries(details.plan)) {
		const kept = stripped({
			owner: entry.owner,
			due: entry.due,
			status: entry.status,
			excluded: entry.excluded
		});
		if (isEmpty(kept)) continue;
		canonical.plan[id] = kept;
		entries++;
	}
	return entries > 0 ? canonical : undefined;
}

/**
 * The section's bytes for canonical details whose ids are all in `framework`. Throws EncodeError:
 * 'too-long' over MAX_DETAILS_BYTES of JSON, 'invalid' without a compression to deflate it.
 */
export function writeDetails(
	details: SharedDetails,
	framework: LinkFramework,
	compression: Compression | undefined
): Uint8Array {
	const json = utf8Encoder.encode(JSON.stringify(compactDetails(details, framework)));
	if (json.length > MAX_DETAILS_BYTES) {
		throw new EncodeError('too-long', `details are ${json.length} bytes of JSON`);
	}
	if (!compression) {
		throw new EncodeError('invalid', 'details need options.compression (see loadCompression)');
	}
	return compression.deflate(json);
}

/**
 * The details in a section's bytes, or null when they are not valid details of `framework`.
 * Plan entries are not checked against planEntrySchema here; the caller validates the result.
 * Throws on a corrupt deflate stream, invalid UTF-8 or invalid JSON.
 */
export function readDetails(
	data: Uint8Array,
	framework: LinkFramework,
	compression: Compression
): SharedDetails | null {
	const json = compression.inflate(data, MAX_DETAILS_BYTES);
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

const indexes = new WeakMap<LinkFramework, ReadonlyMap<string, number>>();

/** Question id → its position in the framework's `questionIds`, the key of its details. */
export function questionIndexes(framework: LinkFramework): ReadonlyMap<string, number> {
	let map = indexes.get(framework);
	if (!map) {
		map = new Map(framework.questionIds.map((id, index) => [id, index]));
		indexes.set(framework, map);
	}
	return map;
}

function compactDetails(details: SharedDetails, framework: LinkFramework): CompactDetails {
	const indexes = questionIndexes(framework);
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
