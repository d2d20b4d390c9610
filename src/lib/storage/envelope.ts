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
import type * as z from 'zod/mini';
import { newAssessment } from '$lib/assessment/model';
import { isRecord } from '$lib/json';
import { backupPrefix, parseStored, type DocumentFormat, type Reading } from './document';
import type {
	deletedSchema,
	envelopeSchema,
	settingsSchema,
	snapshotSchema
} from './envelope-schema';

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

// The types follow the schemas (envelope-schema.ts), which load only when stored data is read.
export type Settings = z.infer<typeof settingsSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type Deleted = z.infer<typeof deletedSchema>;
export type Envelope = z.infer<typeof envelopeSchema>;

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
 * What stored text is, as far as can be told without the schemas: nothing, or not an envelope
 * (a fresh envelope and the problem), else the JSON object for the schemas to check.
 */
export function readPlain(
	raw: string | null,
	frameworkVersion: string,
	now: Date
): Reading<Envelope> | { data: Record<string, unknown> } {
	const fresh = freshEnvelope(frameworkVersion, now);
	if (raw === null) return { value: fresh, problem: null };
	const stored = parseStored(raw, MAX_STORED_CHARS);
	if ('problem' in stored) return { value: fresh, problem: stored.problem };
	if (!looksLikeOurs(stored.data)) return { value: fresh, problem: { kind: 'not-ours' } };
	return stored;
}

/**
 * The envelope as a stored document. Checking an envelope needs the schemas (zod): they load
 * only when there is one to check, so a first visit never loads them. Until they have run, a
 * fresh envelope stands in and nothing is written (see Reading.repair and loadDocument).
 */
export function envelopeFormat(
	frameworkVersion: string,
	now: () => Date = () => new Date()
): DocumentFormat<Envelope> {
	return {
		key: STORAGE_KEY,
		read: (raw) => {
			const plain = readPlain(raw, frameworkVersion, now());
			if (!('data' in plain)) return plain;
			return {
				value: freshEnvelope(frameworkVersion, now()),
				problem: null,
				repair: async () => {
					const { readEnvelope } = await import('./envelope-schema');
					const reading = readEnvelope(raw, frameworkVersion, now());
					return reading.repair ? await reading.repair() : reading;
				}
			};
		},
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
