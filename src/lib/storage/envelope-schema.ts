/**
 * The zod schemas of the storage envelope (envelope.ts has its types and constants) and the code
 * that reads stored text with them. Loaded when there is stored text to read, never on a first
 * visit; see envelopeFormat.
 */
import * as z from 'zod/mini';
import { assessmentSchema } from '$lib/assessment/schema';
import { isFutureVersion, type DocumentProblem, type Reading } from './document';
import {
	ENVELOPE_VERSION,
	freshEnvelope,
	MAX_ASSESSMENTS,
	MAX_DELETED,
	MAX_SNAPSHOTS,
	migrate,
	readPlain,
	PAPER_SIZES,
	PRESENTER_TEXT_SIZES,
	purgeDeleted,
	SNAPSHOT_LABEL_MAX,
	type Envelope
} from './envelope';
import { countUnknownFields } from './unknown-fields';

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

/** A deleted assessment with its snapshots, restorable until it expires. */
export const deletedSchema = z.object({
	deletedAt: isoDate,
	assessment: assessmentSchema,
	snapshots: z.array(snapshotSchema)
});

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
	const plain = readPlain(raw, frameworkVersion, now);
	if (!('data' in plain)) return plain;
	const data = plain.data;
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
