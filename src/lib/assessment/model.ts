/**
 * The assessment as stored in the browser, exported to files and carried by links.
 * Its zod schemas are in schema.ts.
 *
 * Answers are keyed by question id. Ids that the current framework does not know (questions
 * removed in a later framework version, or added by a newer one) are kept, never dropped.
 */
import type * as z from 'zod/mini';
import type { Level, PrincipleId } from '$lib/framework/types';
import type { answerSchema, assessmentSchema, planEntrySchema, targetsSchema } from './schema';

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

export const PLAN_STATUSES = ['todo', 'doing', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

// The types follow the schemas (schema.ts), which only the code that checks data loads.
export type Answer = z.infer<typeof answerSchema>;
export type PlanEntry = z.infer<typeof planEntrySchema>;
export type Targets = z.infer<typeof targetsSchema>;
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
