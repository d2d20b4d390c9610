/**
 * The storage envelope: everything the app keeps in localStorage, under one key, in one versioned
 * JSON document. `readEnvelope` never throws and never discards data silently: whatever it cannot
 * use is reported as a problem, and the caller keeps the raw text under a backup key.
 *
 * Version history
 * - 1: one assessment and the settings.
 * - 2: several assessments (one active), dated read-only snapshots, recently deleted assessments
 *      (restorable), and the settings. Version 1 data migrates without loss (see `migrate`).
 * Every later version must add a migration from the version before it.
 */
import * as z from 'zod/mini';
import {
	answerSchema,
	assessmentSchema,
	LIMITS,
	newAssessment,
	newId,
	planEntrySchema,
	questionIdSchema,
	targetsSchema,
	type Answer,
	type Assessment,
	type PlanEntry,
	type Targets
} from '$lib/assessment/model';
import { PRINCIPLE_IDS } from '$lib/framework/types';
import { countUnknownFields } from './unknown-fields';

export const STORAGE_KEY = 'commons-check';
export const BACKUP_KEY_PREFIX = 'commons-check:backup:';
export const ENVELOPE_VERSION = 2;
/** Larger than anything the app writes by far; localStorage holds about 5 MB in most browsers. */
export const MAX_STORED_CHARS = 4_000_000;
export const MAX_ASSESSMENTS = 100;
export const MAX_SNAPSHOTS = 500;
/** Deleted assessments are kept this long, so a deletion can be undone after a reload. */
export const DELETED_KEEP_DAYS = 30;
export const MAX_DELETED = 20;
export const SNAPSHOT_LABEL_MAX = 100;

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const settingsSchema = z.object({
	locale: z.optional(z.string().check(z.maxLength(16))),
	/** Paper for the printed action plan. */
	paper: z.optional(z.enum(PAPER_SIZES))
});
export type Settings = z.infer<typeof settingsSchema>;

const isoDate = z.iso.datetime({ offset: true });
const idSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** A dated, read-only copy of an assessment ("Workshop Q1"). */
export const snapshotSchema = z.object({
	id: idSchema,
	assessmentId: idSchema,
	label: z.string().check(z.maxLength(SNAPSHOT_LABEL_MAX)),
	takenAt: isoDate,
	assessment: assessmentSchema
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** A deleted assessment with its snapshots, restorable until it expires. */
export const deletedSchema = z.object({
	deletedAt: isoDate,
	assessment: assessmentSchema,
	snapshots: z.array(snapshotSchema)
});
export type Deleted = z.infer<typeof deletedSchema>;

export const envelopeSchema = z
	.object({
		version: z.literal(ENVELOPE_VERSION),
		assessments: z.array(assessmentSchema).check(z.minLength(1), z.maxLength(MAX_ASSESSMENTS)),
		activeId: idSchema,
		snapshots: z.array(snapshotSchema).check(z.maxLength(MAX_SNAPSHOTS)),
		deleted: z._default(z.array(deletedSchema).check(z.maxLength(MAX_DELETED)), []),
		settings: settingsSchema
	})
	.check(z.refine((envelope) => consistencyProblems(envelope) === 0, 'inconsistent ids'));
export type Envelope = z.infer<typeof envelopeSchema>;

/** Ids must be unique, the active id must exist, and every snapshot must belong to an assessment. */
function consistencyProblems(envelope: {
	assessments: { id: string }[];
	activeId: string;
	snapshots: { id: string; assessmentId: string }[];
}): number {
	const ids = new Set(envelope.assessments.map((a) => a.id));
	let problems = envelope.assessments.length - ids.size;
	if (!ids.has(envelope.activeId)) problems++;
	const snapshotIds = new Set(envelope.snapshots.map((s) => s.id));
	problems += envelope.snapshots.length - snapshotIds.size;
	problems += envelope.snapshots.filter((s) => !ids.has(s.assessmentId)).length;
	return problems;
}

export type LoadProblem =
	| { kind: 'not-json' }
	| { kind: 'not-ours' }
	| { kind: 'too-large'; size: number }
	| { kind: 'future-version'; version: number }
	| { kind: 'repaired'; dropped: number }
	/** Not a problem: data of an older version was upgraded; the user is told and keeps a copy. */
	| { kind: 'migrated'; from: number };

export interface LoadResult {
	envelope: Envelope;
	/** Null when the stored data was absent or valid (migrations from older versions included). */
	problem: LoadProblem | null;
	/** The version the stored data was written in, when it was older than the current one. */
	migratedFrom?: number;
}

export function freshEnvelope(frameworkVersion: string, now = new Date()): Envelope {
	const assessment = newAssessment(frameworkVersion, now);
	return {
		version: ENVELOPE_VERSION,
		assessments: [assessment],
		activeId: assessment.id,
		snapshots: [],
		deleted: [],
		settings: {}
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeOurs(data: Record<string, unknown>): boolean {
	return 'version' in data && ('assessment' in data || 'assessments' in data);
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
	if (!isRecord(data) || !looksLikeOurs(data)) {
		return { envelope: fresh(), problem: { kind: 'not-ours' } };
	}
	const version = data.version;
	if (typeof version === 'number' && Number.isInteger(version) && version > ENVELOPE_VERSION) {
		// A newer app wrote this. Keep what this version understands; the raw text is backed up.
		const salvaged = salvageEnvelope(data, frameworkVersion, now);
		return { envelope: salvaged.envelope, problem: { kind: 'future-version', version } };
	}
	const migratedFrom =
		typeof version === 'number' && version < ENVELOPE_VERSION ? version : undefined;
	const migrated = migrate(data);
	const parsed = envelopeSchema.safeParse(migrated);
	if (parsed.success) {
		// The schema strips fields it does not know; the first save would lose them for good, so
		// they are reported like damage and the original is backed up before that save.
		const unknown = countUnknownFields(migrated, parsed.data);
		if (unknown > 0) {
			return {
				envelope: purgeDeleted(parsed.data, now),
				problem: { kind: 'repaired', dropped: unknown },
				...(migratedFrom ? { migratedFrom } : {})
			};
		}
		return {
			envelope: purgeDeleted(parsed.data, now),
			problem: null,
			...(migratedFrom ? { migratedFrom } : {})
		};
	}
	const salvaged = salvageEnvelope(migrated, frameworkVersion, now);
	return {
		envelope: purgeDeleted(salvaged.envelope, now),
		problem: { kind: 'repaired', dropped: salvaged.dropped },
		...(migratedFrom ? { migratedFrom } : {})
	};
}

/**
 * Brings data written by an earlier envelope version up to the current one, one version at a
 * time. Unknown data is passed through for the schema (and the salvage) to judge.
 */
export function migrate(data: Record<string, unknown>): Record<string, unknown> {
	let current = data;
	if (current.version === 1) {
		// Version 1 held one assessment: it becomes the only (and active) one of the list.
		const assessment = isRecord(current.assessment) ? current.assessment : undefined;
		current = {
			version: 2,
			assessments: assessment ? [assessment] : [],
			activeId: assessment?.id,
			snapshots: [],
			deleted: [],
			settings: current.settings
		};
	}
	return current;
}

/** Drops deleted assessments older than DELETED_KEEP_DAYS. */
export function purgeDeleted(envelope: Envelope, now = new Date()): Envelope {
	const limit = now.getTime() - DELETED_KEEP_DAYS * 24 * 60 * 60 * 1000;
	const deleted = envelope.deleted.filter((entry) => Date.parse(entry.deletedAt) >= limit);
	return deleted.length === envelope.deleted.length ? envelope : { ...envelope, deleted };
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

function salvageSnapshot(
	raw: unknown,
	frameworkVersion: string,
	now: Date
): Salvage<Snapshot | null> {
	const whole = snapshotSchema.safeParse(raw);
	if (whole.success) return { value: whole.data, dropped: 0 };
	if (!isRecord(raw) || !isRecord(raw.assessment)) return { value: null, dropped: 1 };
	const assessment = salvageAssessment(raw.assessment, frameworkVersion, now);
	const candidate = {
		id: idSchema.safeParse(raw.id).success ? raw.id : newId(),
		assessmentId: raw.assessmentId,
		label: typeof raw.label === 'string' ? raw.label.slice(0, SNAPSHOT_LABEL_MAX) : '',
		takenAt: isoDate.safeParse(raw.takenAt).success ? raw.takenAt : assessment.value.updatedAt,
		assessment: assessment.value
	};
	const parsed = snapshotSchema.safeParse(candidate);
	return parsed.success ? { value: parsed.data, dropped: 1 } : { value: null, dropped: 1 };
}

/** Keeps everything valid: assessments field by field, snapshots that still belong somewhere. */
function salvageEnvelope(data: Record<string, unknown>, frameworkVersion: string, now: Date) {
	let dropped = 0;
	const assessments: Assessment[] = [];
	const rawAssessments = Array.isArray(data.assessments) ? data.assessments : [];
	if (!Array.isArray(data.assessments)) dropped++;
	for (const raw of rawAssessments.slice(0, MAX_ASSESSMENTS)) {
		if (!isRecord(raw)) {
			dropped++;
			continue;
		}
		const salvaged = salvageAssessment(raw, frameworkVersion, now);
		dropped += salvaged.dropped;
		// Two assessments with one id would overwrite each other; the second gets a new id (it is
		// kept, so it does not count as left out).
		if (assessments.some((a) => a.id === salvaged.value.id)) salvaged.value.id = newId();
		assessments.push(salvaged.value);
	}
	dropped += Math.max(0, rawAssessments.length - MAX_ASSESSMENTS);
	if (assessments.length === 0) assessments.push(newAssessment(frameworkVersion, now));
	const ids = new Set(assessments.map((a) => a.id));

	const snapshots: Snapshot[] = [];
	const rawSnapshots = Array.isArray(data.snapshots) ? data.snapshots : [];
	if (data.snapshots !== undefined && !Array.isArray(data.snapshots)) dropped++;
	for (const raw of rawSnapshots.slice(0, MAX_SNAPSHOTS)) {
		const salvaged = salvageSnapshot(raw, frameworkVersion, now);
		dropped += salvaged.dropped;
		const snapshot = salvaged.value;
		if (!snapshot) continue;
		if (!ids.has(snapshot.assessmentId)) {
			dropped++;
			continue;
		}
		if (snapshots.some((s) => s.id === snapshot.id)) snapshot.id = newId();
		snapshots.push(snapshot);
	}

	const deleted: Deleted[] = [];
	for (const raw of Array.isArray(data.deleted) ? data.deleted.slice(0, MAX_DELETED) : []) {
		const parsed = deletedSchema.safeParse(raw);
		if (parsed.success) deleted.push(parsed.data);
		else dropped++;
	}

	const settings = settingsSchema.safeParse(data.settings);
	if (!settings.success && data.settings !== undefined) dropped++;
	const activeId =
		typeof data.activeId === 'string' && ids.has(data.activeId)
			? data.activeId
			: assessments[0]!.id;
	const envelope: Envelope = {
		version: ENVELOPE_VERSION,
		assessments,
		activeId,
		snapshots,
		deleted,
		settings: settings.success ? settings.data : {}
	};
	// 0 when everything was kept but had to be completed or renumbered: still a repair to report.
	return { envelope, dropped };
}

export function serializeEnvelope(envelope: Envelope): string {
	return JSON.stringify(envelope);
}
