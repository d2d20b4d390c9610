/**
 * The storage envelope: everything the app keeps in localStorage, under one key, in one versioned
 * JSON document (a stored document, see document.ts). `readEnvelope` never throws and never
 * discards data silently: whatever it cannot use is reported as a problem, and the document keeps
 * the raw text under a backup key.
 *
 * Version history
 * - 1: one assessment and the settings.
 * - 2: several assessments (one active), dated read-only snapshots, recently deleted assessments
 *      (restorable), and the settings. Version 1 data migrates without loss (see `migrate`).
 * Every later version must add a migration from the version before it.
 */
import * as z from 'zod/mini';
import { assessmentSchema, newAssessment } from '$lib/assessment/model';
import { isRecord } from '$lib/json';
import {
	backupPrefix,
	isFutureVersion,
	parseStored,
	type DocumentFormat,
	type DocumentProblem,
	type Reading
} from './document';
import { countUnknownFields } from './unknown-fields';

export const STORAGE_KEY = 'commons-check';
export const BACKUP_KEY_PREFIX = backupPrefix(STORAGE_KEY);
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

/** The presenter view's text size steps: each is 12.5 % of the default size. */
export const PRESENTER_TEXT_SIZES = { min: -2, max: 4 } as const;

export const settingsSchema = z.object({
	locale: z.optional(z.string().check(z.maxLength(16))),
	/** Paper for the printed action plan. */
	paper: z.optional(z.enum(PAPER_SIZES)),
	/** The presenter view's text size, in steps from the default (A− / A+). */
	presenterTextSize: z.optional(
		z
			.number()
			.check(z.int(), z.minimum(PRESENTER_TEXT_SIZES.min), z.maximum(PRESENTER_TEXT_SIZES.max))
	),
	/**
	 * Where the team tracks work, for "Create issue" (checked again like typed input when used:
	 * export/tracker-store.ts). The limits are those of export/tracker.ts, which is not loaded here.
	 */
	tracker: z.optional(
		z.object({
			kind: z.enum(['github', 'gitlab']),
			baseUrl: z.string().check(z.maxLength(200)),
			project: z.string().check(z.maxLength(255))
		})
	)
});
export type Settings = z.infer<typeof settingsSchema>;

export const isoDate = z.iso.datetime({ offset: true });
export const idSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** A dated, read-only copy of an assessment ("Workshop Q1"). */
export const snapshotSchema = z.object({
	id: idSchema,
	assessmentId: idSchema,
	label: z.string().check(z.maxLength(SNAPSHOT_LABEL_MAX)),
	takenAt: isoDate,
	assessment: assessmentSchema,
	/** Taken by the app itself: the answers as they were before a question-bank update. */
	origin: z.optional(z.literal('framework-update'))
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

function looksLikeOurs(data: Record<string, unknown>): boolean {
	return 'version' in data && ('assessment' in data || 'assessments' in data);
}

/**
 * Reads stored text. Data of an older version is upgraded and reported as 'migrated' (nothing is
 * lost; the document keeps a copy of the original), unless it also had a problem of its own. Data
 * that fails validation, or comes from a newer version, is repaired by salvage.ts, which loads
 * only then: the reading holds a fresh envelope and a `repair` that gives the real one.
 */
export function readEnvelope(
	raw: string | null,
	frameworkVersion: string,
	now = new Date()
): Reading<Envelope> {
	const fresh = (problem: DocumentProblem | null = null) => ({
		value: freshEnvelope(frameworkVersion, now),
		problem
	});
	if (raw === null) return fresh();
	const stored = parseStored(raw, MAX_STORED_CHARS);
	if ('problem' in stored) return fresh(stored.problem);
	const data = stored.data;
	if (!looksLikeOurs(data)) return fresh({ kind: 'not-ours' });
	const version = data.version;
	// A newer app wrote this: keep what this version understands.
	const future = isFutureVersion(version, ENVELOPE_VERSION);
	const migrated = future ? data : migrate(data);
	const parsed = future ? null : envelopeSchema.safeParse(migrated);
	if (!parsed?.success) {
		const repair = async (): Promise<Reading<Envelope>> => {
			const salvage = await import('./salvage');
			const salvaged = salvage.salvageEnvelope(migrated, frameworkVersion, now);
			const reading: Reading<Envelope> = {
				value: purgeDeleted(salvaged.envelope, now),
				problem: future
					? { kind: 'future-version', version }
					: { kind: 'repaired', dropped: salvaged.dropped }
			};
			// The repair's notice says more than an update's would; the update itself still happens.
			return future
				? reading
				: { ...(await updateFrameworks(reading, frameworkVersion, now)), problem: reading.problem };
		};
		// A fresh envelope stands in until the repair has run.
		return { ...fresh({ kind: 'repaired', dropped: 0 }), repair };
	}
	const value = purgeDeleted(parsed.data, now);
	// The schema strips fields it does not know; the first save would lose them for good, so
	// they are reported like damage and the original is backed up before that save.
	const dropped = countUnknownFields(migrated, parsed.data);
	if (dropped > 0) return { value, problem: { kind: 'repaired', dropped } };
	const from = typeof version === 'number' && version < ENVELOPE_VERSION ? version : undefined;
	const reading: Reading<Envelope> = {
		value,
		problem: from === undefined ? null : { kind: 'migrated', from }
	};
	if (!needsFrameworkUpdate(value, frameworkVersion)) return reading;
	// Answers made with an older question bank move to the current one; that code loads only then.
	return { ...reading, repair: () => updateFrameworks(reading, frameworkVersion, now) };
}

/** Whether an assessment (or a recently deleted one) was made with another question bank. */
export function needsFrameworkUpdate(envelope: Envelope, frameworkVersion: string): boolean {
	return [...envelope.assessments, ...envelope.deleted.map((entry) => entry.assessment)].some(
		(assessment) => assessment.frameworkVersion !== frameworkVersion
	);
}

async function updateFrameworks(
	reading: Reading<Envelope>,
	frameworkVersion: string,
	now: Date
): Promise<Reading<Envelope>> {
	const { updateEnvelope } = await import('./framework-update');
	const { envelope, update } = updateEnvelope(reading.value, frameworkVersion, now);
	return {
		value: envelope,
		problem: update ? { kind: 'framework-updated', ...update } : reading.problem
	};
}

/** The envelope as a stored document. */
export function envelopeFormat(
	frameworkVersion: string,
	now: () => Date = () => new Date()
): DocumentFormat<Envelope> {
	return {
		key: STORAGE_KEY,
		read: (raw) => readEnvelope(raw, frameworkVersion, now()),
		serialize: serializeEnvelope
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

export function serializeEnvelope(envelope: Envelope): string {
	return JSON.stringify(envelope);
}
