/**
 * The zod schemas of the assessment (model.ts has its types, limits and helpers). They check data
 * from outside: stored text, imported files, links. Kept apart so that pages which only create and
 * change assessments never load zod: a first visit, with nothing stored, does not need it.
 * zod/mini: the mini build is a third of the size of zod's chainable API.
 */
import * as z from 'zod/mini';
import { PRINCIPLE_IDS } from '$lib/framework/types';
import { isEvidenceUrl, LIMITS, PLAN_STATUSES } from './model';

export const levelSchema = z.union([
	z.literal(0),
	z.literal(1),
	z.literal(2),
	z.literal(3),
	z.literal(4)
]);
export const choiceSchema = z.union([levelSchema, z.literal('na'), z.literal('unknown')]);
export const targetSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const boundedText = (max: number) => z.string().check(z.maxLength(max));

export const answerSchema = z.object({
	choice: z.optional(choiceSchema),
	naReason: z.optional(boundedText(LIMITS.naReason)),
	note: z.optional(boundedText(LIMITS.note)),
	evidence: z.optional(boundedText(LIMITS.evidence).check(z.refine(isEvidenceUrl))),
	/**
	 * The framework version in which this question changed after the answer was given: the
	 * answer was kept and should be looked at again. Cleared when the user answers or confirms.
	 */
	review: z.optional(z.string().check(z.maxLength(20)))
});

export const questionIdSchema = z
	.string()
	.check(
		z.maxLength(LIMITS.questionId),
		z.regex(/^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/)
	);

const isoDate = z.iso.datetime({ offset: true });

/**
 * What the team decided about one recommendation (keyed by question id, so it survives the
 * answer moving up or down a level): who owns it, by when, how far it is, and whether it is in
 * the plan at all. Every field is optional; an absent status means "not started".
 */
export const planEntrySchema = z.object({
	owner: z.optional(boundedText(LIMITS.owner)),
	due: z.optional(z.iso.date()),
	status: z.optional(z.enum(PLAN_STATUSES)),
	excluded: z.optional(z.boolean())
});

export const targetsSchema = z.partialRecord(z.enum(PRINCIPLE_IDS), targetSchema);

export const assessmentSchema = z.object({
	id: z.string().check(z.minLength(1), z.maxLength(64)),
	name: boundedText(LIMITS.name),
	createdAt: isoDate,
	updatedAt: isoDate,
	frameworkVersion: z.string().check(z.maxLength(20)),
	answers: z.record(questionIdSchema, answerSchema),
	targets: targetsSchema,
	plan: z._default(z.record(questionIdSchema, planEntrySchema), {})
});
