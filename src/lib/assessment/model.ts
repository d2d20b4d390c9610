/**
 * The assessment as stored in the browser, exported to files and carried by links.
 * Schemas use zod/mini: they run in the browser on every load, and the mini build is a third
 * of the size of zod's chainable API.
 *
 * Answers are keyed by question id. Ids that the current framework does not know (questions
 * removed in a later framework version, or added by a newer one) are kept, never dropped.
 */
import * as z from 'zod/mini';
import { PRINCIPLE_IDS, type Level, type PrincipleId } from '$lib/framework/types';

/** Limits on free text: generous for real use, small enough that storage and links stay sane. */
export const LIMITS = {
	name: 200,
	note: 5_000,
	naReason: 500,
	evidence: 2_000,
	owner: 200,
	questionId: 100,
	answers: 500
} as const;

export const DEFAULT_TARGET = 3;
export const TARGETS = [1, 2, 3, 4] as const;
export type Target = (typeof TARGETS)[number];

/** 0–4 a level, 'na' not applicable, 'unknown' don't know. */
export type Choice = Level | 'na' | 'unknown';

const levelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export const choiceSchema = z.union([levelSchema, z.literal('na'), z.literal('unknown')]);
const targetSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const boundedText = (max: number) => z.string().check(z.maxLength(max));

/** Only http(s) addresses are accepted as evidence links; anything else could run script when opened. */
export function isEvidenceUrl(value: string): boolean {
	if (value.length > LIMITS.evidence) return false;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}

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
export type Answer = z.infer<typeof answerSchema>;

export const questionIdSchema = z
	.string()
	.check(
		z.maxLength(LIMITS.questionId),
		z.regex(/^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/)
	);

const isoDate = z.iso.datetime({ offset: true });

export const PLAN_STATUSES = ['todo', 'doing', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

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
export type PlanEntry = z.infer<typeof planEntrySchema>;

export const targetsSchema = z.partialRecord(z.enum(PRINCIPLE_IDS), targetSchema);
export type Targets = z.infer<typeof targetsSchema>;

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
export type Assessment = z.infer<typeof assessmentSchema>;

export function targetOf(targets: Targets, principle: PrincipleId): Target {
	return targets[principle] ?? DEFAULT_TARGET;
}

/** A new, empty assessment. */
export function newAssessment(frameworkVersion: string, now = new Date(), name = ''): Assessment {
	const stamp = now.toISOString();
	return {
		id: newId(),
		name,
		createdAt: stamp,
		updatedAt: stamp,
		frameworkVersion,
		answers: {},
		targets: {},
		plan: {}
	};
}

export function newId(): string {
	if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** True when an answer carries nothing: no choice and no text. Such answers are not stored. */
export function isEmptyAnswer(answer: Answer): boolean {
	// A review mark alone says nothing about the practice.
	return answer.choice === undefined && !answer.naReason && !answer.note && !answer.evidence;
}

/** True for an assessment nobody has worked on: no answers, no plan, no name. */
export function isUntouched(assessment: Assessment): boolean {
	return (
		Object.keys(assessment.answers).length === 0 &&
		Object.keys(assessment.plan).length === 0 &&
		Object.keys(assessment.targets).length === 0 &&
		assessment.name === ''
	);
}
