/**
 * The storage envelope: everything the app keeps in localStorage, under one key, in one versioned
 * JSON document. `readEnvelope` never throws and never discards data silently: whatever it cannot
 * use is reported as a problem, and the caller keeps the raw text under a backup key.
 *
 * Version history
 * - 1: one assessment and the settings.
 * Later versions must add a migration from every earlier version (see `migrate`).
 */
import * as z from 'zod/mini';
import {
	answerSchema,
	assessmentSchema,
	LIMITS,
	newAssessment,
	questionIdSchema,
	targetsSchema,
	planEntrySchema,
	type Answer,
	type Assessment,
	type PlanEntry,
	type Targets
} from '$lib/assessment/model';
import { PRINCIPLE_IDS } from '$lib/framework/types';

export const STORAGE_KEY = 'commons-check';
export const BACKUP_KEY_PREFIX = 'commons-check:backup:';
export const ENVELOPE_VERSION = 1;
/** Larger than anything the app writes by far; localStorage holds about 5 MB in most browsers. */
export const MAX_STORED_CHARS = 4_000_000;

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const settingsSchema = z.object({
	locale: z.optional(z.string().check(z.maxLength(16))),
	/** Paper for the printed action plan. */
	paper: z.optional(z.enum(PAPER_SIZES))
});
export type Settings = z.infer<typeof settingsSchema>;

export const envelopeSchema = z.object({
	version: z.literal(ENVELOPE_VERSION),
	assessment: assessmentSchema,
	settings: settingsSchema
});
export type Envelope = z.infer<typeof envelopeSchema>;

export type LoadProblem =
	| { kind: 'not-json' }
	| { kind: 'not-ours' }
	| { kind: 'too-large'; size: number }
	| { kind: 'future-version'; version: number }
	| { kind: 'repaired'; dropped: number };

export interface LoadResult {
	envelope: Envelope;
	/** Null when the stored data was absent or valid. */
	problem: LoadProblem | null;
}

export function freshEnvelope(frameworkVersion: string, now = new Date()): Envelope {
	return {
		version: ENVELOPE_VERSION,
		assessment: newAssessment(frameworkVersion, now),
		settings: {}
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readEnvelope(
	raw: string | null,
	frameworkVersion: string,
	now = new Date()
): LoadResult {
	const fresh = () => freshEnvelope(frameworkVersion, now);
	if (raw === null) return { envelope: fresh(), problem: null };
	if (raw.length > MAX_STORED_CHARS) {
		return { envelope: fresh(), problem: { kind: 'too-large', size: raw.length } };
	}
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { envelope: fresh(), problem: { kind: 'not-json' } };
	}
	if (!isRecord(data) || !('assessment' in data || 'version' in data)) {
		return { envelope: fresh(), problem: { kind: 'not-ours' } };
	}
	const version = data.version;
	if (typeof version === 'number' && Number.isInteger(version) && version > ENVELOPE_VERSION) {
		// A newer app wrote this. Keep what this version understands; the raw text is backed up.
		const salvaged = salvageEnvelope(data, frameworkVersion, now);
		return { envelope: salvaged.envelope, problem: { kind: 'future-version', version } };
	}
	const migrated = migrate(data);
	const parsed = envelopeSchema.safeParse(migrated);
	if (parsed.success) return { envelope: parsed.data, problem: null };
	const salvaged = salvageEnvelope(migrated, frameworkVersion, now);
	return { envelope: salvaged.envelope, problem: { kind: 'repaired', dropped: salvaged.dropped } };
}

/** Brings data written by an earlier envelope version up to the current one. */
export function migrate(data: Record<string, unknown>): Record<string, unknown> {
	return data;
}

interface Salvage<T> {
	value: T;
	dropped: number;
}

/** An object whose fields are all optional: keeps each field that is valid on its own. */
interface FieldwiseSchema<T> {
	safeParse(data: unknown): { success: true; data: T } | { success: false };
}

function salvageFields<T extends object>(
	schema: FieldwiseSchema<T>,
	raw: unknown
): Salvage<T | null> {
	const whole = schema.safeParse(raw);
	if (whole.success) return { value: whole.data, dropped: 0 };
	if (!isRecord(raw)) return { value: null, dropped: 1 };
	const kept = {} as T;
	for (const [field, value] of Object.entries(raw)) {
		const single = schema.safeParse({ [field]: value });
		if (single.success) Object.assign(kept, single.data);
	}
	return { value: Object.keys(kept).length > 0 ? kept : null, dropped: 1 };
}

/** Salvages a record keyed by question id, keeping every valid entry (and valid parts of entries). */
function salvageByQuestion<T extends object>(
	schema: FieldwiseSchema<T>,
	raw: unknown
): Salvage<Record<string, T>> {
	if (!isRecord(raw)) return { value: {}, dropped: raw === undefined ? 0 : 1 };
	const kept: Record<string, T> = {};
	let dropped = 0;
	const entries = Object.entries(raw);
	for (const [id, value] of entries.slice(0, LIMITS.answers)) {
		if (!questionIdSchema.safeParse(id).success) {
			dropped++;
			continue;
		}
		const entry = salvageFields(schema, value);
		dropped += entry.dropped;
		if (entry.value) kept[id] = entry.value;
	}
	dropped += Math.max(0, entries.length - LIMITS.answers);
	return { value: kept, dropped };
}

function salvageTargets(raw: unknown): Salvage<Targets> {
	if (!isRecord(raw)) return { value: {}, dropped: raw === undefined ? 0 : 1 };
	const targets: Targets = {};
	let dropped = 0;
	for (const [principle, target] of Object.entries(raw)) {
		const single = targetsSchema.safeParse({ [principle]: target });
		if (single.success && (PRINCIPLE_IDS as readonly string[]).includes(principle)) {
			Object.assign(targets, single.data);
		} else dropped++;
	}
	return { value: targets, dropped };
}

/** Keeps every valid part of an assessment; invalid scalar fields fall back to fresh values. */
export function salvageAssessment(
	raw: unknown,
	frameworkVersion: string,
	now = new Date()
): Salvage<Assessment> {
	const whole = assessmentSchema.safeParse(raw);
	if (whole.success) return { value: whole.data, dropped: 0 };
	const fresh = newAssessment(frameworkVersion, now);
	if (!isRecord(raw)) return { value: fresh, dropped: 1 };
	let dropped = 0;
	const field = <K extends 'id' | 'name' | 'createdAt' | 'updatedAt' | 'frameworkVersion'>(
		key: K
	): Assessment[K] => {
		const candidate = { ...fresh, [key]: raw[key] };
		if (key in raw && assessmentSchema.safeParse(candidate).success)
			return raw[key] as Assessment[K];
		if (key in raw) dropped++;
		return fresh[key];
	};
	const answers = salvageByQuestion<Answer>(answerSchema, raw.answers);
	const plan = salvageByQuestion<PlanEntry>(planEntrySchema, raw.plan);
	const targets = salvageTargets(raw.targets);
	const value: Assessment = {
		id: field('id'),
		name: field('name'),
		createdAt: field('createdAt'),
		updatedAt: field('updatedAt'),
		frameworkVersion: field('frameworkVersion'),
		answers: answers.value,
		targets: targets.value,
		plan: plan.value
	};
	return { value, dropped: dropped + answers.dropped + targets.dropped + plan.dropped };
}

function salvageEnvelope(data: Record<string, unknown>, frameworkVersion: string, now: Date) {
	const assessment = salvageAssessment(data.assessment, frameworkVersion, now);
	const settings = settingsSchema.safeParse(data.settings);
	const settingsDropped = settings.success || data.settings === undefined ? 0 : 1;
	const envelope: Envelope = {
		version: ENVELOPE_VERSION,
		assessment: assessment.value,
		settings: settings.success ? settings.data : {}
	};
	return { envelope, dropped: Math.max(1, assessment.dropped + settingsDropped) };
}

export function serializeEnvelope(envelope: Envelope): string {
	return JSON.stringify(envelope);
}
