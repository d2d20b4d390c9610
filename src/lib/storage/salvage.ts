/**
 * Repairs stored envelope data that failed validation (or was written by a newer version): keeps
 * every valid part, field by field, and counts what it had to leave out. Loaded only when stored
 * data needs it (see readEnvelope), which is rare, so it stays out of every page's first load.
 */
import {
	LIMITS,
	newAssessment,
	newId,
	type Answer,
	type Assessment,
	type PlanEntry,
	type Targets
} from '$lib/assessment/model';
import {
	answerSchema,
	assessmentSchema,
	planEntrySchema,
	questionIdSchema,
	targetsSchema
} from '$lib/assessment/schema';
import { PRINCIPLE_IDS } from '$lib/framework/types';
import { isRecord } from '$lib/json';
import {
	ENVELOPE_VERSION,
	MAX_ASSESSMENTS,
	MAX_DELETED,
	MAX_SNAPSHOTS,
	SNAPSHOT_LABEL_MAX,
	type Deleted,
	type Envelope,
	type Snapshot
} from './envelope';
import {
	deletedSchema,
	idSchema,
	isoDate,
	settingsSchema,
	snapshotSchema
} from './envelope-schema';

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
function salvageAssessment(
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
export function salvageEnvelope(
	data: Record<string, unknown>,
	frameworkVersion: string,
	now: Date
): { envelope: Envelope; dropped: number } {
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
