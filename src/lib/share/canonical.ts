/**
 * What a result must be to travel in a link (docs/share-link.md, "Encoding" and step 8 of
 * "Decoding"): the canonical form the encoder writes, and the rules that both the encoder and
 * the decoder apply, so whatever is encoded decodes to the same result.
 */
import * as z from 'zod/mini';
import { DEFAULT_TARGET, LIMITS, TARGETS, type Target } from '$lib/assessment/model';
import {
	answerSchema,
	choiceSchema,
	planEntrySchema,
	questionIdSchema
} from '$lib/assessment/schema';
import { PRINCIPLE_IDS, type PrincipleId } from '$lib/framework/types';
import { canonicalDetails, questionIndexes } from './details';
import { daysSinceEpoch } from './format-v1';
import type { LinkFramework } from './frameworks';
import type { SharedResult } from './types';

/** Longest participant name, in UTF-16 units (like LIMITS). */
export const PARTICIPANT_MAX = 100;

/**
 * The canonical form of a result (the input is not modified): every principle's target
 * (DEFAULT_TARGET where missing), no empty names, no empty detail fields or entries, no empty
 * details.
 */
export function canonicalize(result: SharedResult, framework: LinkFramework): SharedResult {
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
	const details = result.details && canonicalDetails(result.details);
	if (details) canonical.details = details;
	return canonical;
}

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
export function problemOf(result: SharedResult, framework: LinkFramework): string | undefined {
	const parsed = sharedResultSchema.safeParse(result);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return `invalid ${issue?.path.join('.') || 'result'}: ${issue?.message ?? ''}`;
	}
	const known = questionIndexes(framework);
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
