/**
 * The JSON backup: every assessment with everything the team entered, in a versioned document
 * that this app (and later versions of it) can import again.
 *
 * Import is strict, unlike loading from localStorage (storage/envelope.ts), which salvages what it
 * can: importing is the user's explicit action and the file is still on their disk, so a file that
 * is not entirely valid is refused with a reason instead of being half-imported.
 *
 * Format history
 * - 1: `{ format, version: 1, exportedAt, assessments }`.
 * - 2: adds `snapshots`, the dated read-only copies of the assessments (each names its
 *   assessment by id). Version 1 files keep importing: they are read as version 2 with no
 *   snapshots.
 * - 3: adds `sbom`, the SBOM summaries kept in the browser (`{ files, combined }`, as stored:
 *   sbom/store.ts). Versions 1 and 2 are read as version 3 without summaries.
 * Never change the meaning of a version that has been published.
 */
import * as z from 'zod/mini';
import type { Assessment } from '$lib/assessment/model';
import { assessmentSchema } from '$lib/assessment/schema';
import { questions } from '$lib/framework';
import { isRecord } from '$lib/json';
import { MAX_STORED_SBOMS } from '$lib/sbom/keys';
import type { SbomStoreData } from '$lib/sbom/store';
import { sbomSummarySchema } from '$lib/sbom/summary';
import { MAX_SNAPSHOTS, type Snapshot } from '$lib/storage/envelope';
import { snapshotSchema } from '$lib/storage/envelope-schema';

export const BACKUP_FORMAT = 'commons-check-backup';
export const BACKUP_VERSION = 3;
/** 1 MiB: a full assessment with long notes is a few hundred kB; anything larger is not ours. */
export const MAX_IMPORT_BYTES = 1_048_576;
export const MAX_BACKUP_ASSESSMENTS = 100;

const assessmentsSchema = z.array(assessmentSchema).check(
	z.minLength(1),
	z.maxLength(MAX_BACKUP_ASSESSMENTS),
	// Assessments are stored by id: two with the same id would overwrite each other on import.
	z.superRefine((assessments, ctx) => {
		const seen = new Set<string>();
		assessments.forEach((assessment, index) => {
			if (seen.has(assessment.id)) {
				ctx.addIssue({
					code: 'custom',
					message: 'duplicate id',
					path: [index, 'id'],
					input: assessment.id
				});
			}
			seen.add(assessment.id);
		});
	})
);

const backupV1Schema = z.object({
	format: z.literal(BACKUP_FORMAT),
	version: z.literal(1),
	exportedAt: z.iso.datetime({ offset: true }),
	assessments: assessmentsSchema
});

const snapshotsSchema = z.array(snapshotSchema).check(z.maxLength(MAX_SNAPSHOTS));

/** A snapshot must belong to an assessment in the same file, and snapshot ids are unique. */
const snapshotsBelong = z.superRefine(
	(
		backup: { assessments: { id: string }[]; snapshots: { id: string; assessmentId: string }[] },
		ctx
	) => {
		const ids = new Set(backup.assessments.map((a) => a.id));
		const seen = new Set<string>();
		backup.snapshots.forEach((snapshot, index) => {
			if (!ids.has(snapshot.assessmentId)) {
				ctx.addIssue({
					code: 'custom',
					message: 'belongs to no assessment in this file',
					path: ['snapshots', index, 'assessmentId'],
					input: snapshot.assessmentId
				});
			}
			if (seen.has(snapshot.id)) {
				ctx.addIssue({
					code: 'custom',
					message: 'duplicate id',
					path: ['snapshots', index, 'id'],
					input: snapshot.id
				});
			}
			seen.add(snapshot.id);
		});
	}
);

const backupV2Schema = z
	.object({
		format: z.literal(BACKUP_FORMAT),
		version: z.literal(2),
		exportedAt: z.iso.datetime({ offset: true }),
		assessments: assessmentsSchema,
		snapshots: z.array(snapshotSchema).check(z.maxLength(MAX_SNAPSHOTS))
	})
	.check(snapshotsBelong);

/**
 * The SBOM summaries as stored: per file (one per SHA-256) and the combined summary of files that
 * are all in the list.
 */
const sbomSchema = z
	.object({
		files: z
			.array(sbomSummarySchema.check(z.refine((s) => s.scope === 'file', 'not a file summary')))
			.check(z.maxLength(MAX_STORED_SBOMS)),
		combined: z.nullable(
			sbomSummarySchema.check(z.refine((s) => s.scope === 'combined', 'not a combined summary'))
		)
	})
	.check(
		z.superRefine((sbom, ctx) => {
			const hashes = new Set<string>();
			sbom.files.forEach((summary, index) => {
				const hash = summary.files[0]?.sha256 ?? '';
				if (hashes.has(hash)) {
					ctx.addIssue({
						code: 'custom',
						message: 'duplicate file',
						path: ['files', index, 'files', 0, 'sha256'],
						input: hash
					});
				}
				hashes.add(hash);
			});
			sbom.combined?.files.forEach((file, index) => {
				if (!hashes.has(file.sha256)) {
					ctx.addIssue({
						code: 'custom',
						message: 'names a file that is not in this backup',
						path: ['combined', 'files', index, 'sha256'],
						input: file.sha256
					});
				}
			});
		})
	);

const backupV3Schema = z
	.object({
		format: z.literal(BACKUP_FORMAT),
		version: z.literal(3),
		exportedAt: z.iso.datetime({ offset: true }),
		assessments: assessmentsSchema,
		snapshots: snapshotsSchema,
		sbom: sbomSchema
	})
	.check(snapshotsBelong);

/** The backup document of the current version. */
export type Backup = z.infer<typeof backupV3Schema>;

export type ImportError =
	'too-large' | 'empty' | 'not-json' | 'not-ours' | 'newer-version' | 'invalid';

export interface BackupPreviewItem {
	id: string;
	name: string;
	updatedAt: string;
	/** Questions of the current framework that have a choice. */
	answered: number;
	/** Questions in the current framework. */
	total: number;
	planEntries: number;
	/** Snapshots of this assessment in the file. */
	snapshots: number;
}

export interface BackupPreview {
	assessments: BackupPreviewItem[];
	/** SBOM summaries (per file) in the file. */
	sbomFiles: number;
}

export type ParseResult =
	| { ok: true; backup: Backup; preview: BackupPreview }
	| { ok: false; error: ImportError; detail?: string };

export function createBackup(
	assessments: readonly Assessment[],
	snapshots: readonly Snapshot[] = [],
	now = new Date(),
	sbom: SbomStoreData = { files: [], combined: null }
): Backup {
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		assessments: [...assessments],
		snapshots: [...snapshots],
		sbom: { files: [...sbom.files], combined: sbom.combined }
	};
}

/** Pretty-printed with tabs, so the file can be read and diffed by people. */
export function serializeBackup(backup: Backup): string {
	return JSON.stringify(backup, null, '\t') + '\n';
}

/** Bytes of the text in UTF-8, counted without allocating an encoded copy. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				bytes += 4;
				i++;
			} else bytes += 3;
		} else bytes += 3; // other BMP characters, and lone surrogates (written as U+FFFD)
	}
	return bytes;
}

type Issue = z.core.$ZodIssue;

/** `assessments[0].answers["commons.a"].choice`: question ids contain dots, so they are quoted. */
function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) {
			out += out ? `.${key}` : key;
		} else out += `[${JSON.stringify(String(key))}]`;
	}
	return out || 'document';
}

/** The literal values a union accepts, when it is a union of literals (as the answer choice is). */
function unionValues(issue: Issue): unknown[] | null {
	if (issue.code === 'invalid_value') return issue.values;
	if (issue.code !== 'invalid_union') return null;
	const values: unknown[] = [];
	for (const branch of issue.errors) {
		if (branch.length !== 1 || !branch[0]) return null;
		const inner = unionValues(branch[0]);
		if (!inner) return null;
		values.push(...inner);
	}
	return values;
}

/** zod/mini ships no error messages (to stay small), so the detail is written here. */
function describeIssue(issue: Issue): string {
	switch (issue.code) {
		case 'invalid_type':
			return `expected ${issue.expected}`;
		case 'invalid_value':
		case 'invalid_union': {
			const values = unionValues(issue);
			if (!values) return 'invalid value';
			const list = values.map((value) => JSON.stringify(value)).join(', ');
			return values.length === 1 ? `expected ${list}` : `expected one of ${list}`;
		}
		case 'too_small':
		case 'too_big': {
			const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
			const bound = `${issue.code === 'too_small' ? 'at least' : 'at most'} ${limit}`;
			const plural = limit === 1 ? '' : 's';
			if (issue.origin === 'array') return `${bound} item${plural}`;
			if (issue.origin === 'string') return `${bound} character${plural}`;
			return bound;
		}
		case 'invalid_format':
			return issue.format === 'regex'
				? 'not in the expected format'
				: `not a valid ${issue.format}`;
		case 'invalid_key':
			return 'invalid key';
		case 'custom':
			return issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid value';
		default:
			return 'invalid value';
	}
}

/**
 * Validates a document of a version this app knows and brings it to the current shape, chosen by
 * `data.version` (see "Format history" above).
 */
function readVersion(data: Record<string, unknown>): ParseResult {
	if (data.version === 1) {
		const v1 = backupV1Schema.safeParse(data);
		if (!v1.success) return invalid(v1.error.issues);
		return accepted({
			...v1.data,
			version: BACKUP_VERSION,
			snapshots: [],
			sbom: { files: [], combined: null }
		});
	}
	if (data.version === 2) {
		const v2 = backupV2Schema.safeParse(data);
		if (!v2.success) return invalid(v2.error.issues);
		return accepted({ ...v2.data, version: BACKUP_VERSION, sbom: { files: [], combined: null } });
	}
	const v3 = backupV3Schema.safeParse(data);
	return v3.success ? accepted(v3.data) : invalid(v3.error.issues);
}

function invalid(issues: readonly Issue[]): ParseResult {
	const issue = issues[0];
	const detail = issue ? `${formatPath(issue.path)}: ${describeIssue(issue)}` : undefined;
	return { ok: false, error: 'invalid', detail };
}

function accepted(backup: Backup): ParseResult {
	return { ok: true, backup, preview: previewOf(backup) };
}

function previewOf(backup: Backup): BackupPreview {
	return {
		sbomFiles: backup.sbom.files.length,
		assessments: backup.assessments.map((assessment) => ({
			id: assessment.id,
			name: assessment.name,
			updatedAt: assessment.updatedAt,
			answered: questions.filter(
				(question) => assessment.answers[question.id]?.choice !== undefined
			).length,
			total: questions.length,
			planEntries: Object.keys(assessment.plan).length,
			snapshots: backup.snapshots.filter((snapshot) => snapshot.assessmentId === assessment.id)
				.length
		}))
	};
}

/**
 * Reads a backup file's text. Never throws: every failure is one of a few reasons the import
 * dialog can explain. `byteSize` is the file's size when known (File.size), so a huge file is
 * refused before anything else is done with it.
 */
export function parseBackup(text: string, byteSize?: number): ParseResult {
	try {
		// A string longer than the limit in UTF-16 units is at least that many bytes in UTF-8.
		if (text.length > MAX_IMPORT_BYTES || (byteSize ?? utf8Length(text)) > MAX_IMPORT_BYTES) {
			return { ok: false, error: 'too-large' };
		}
		// Some editors save JSON with a byte order mark, which JSON.parse rejects.
		const body = text.replace(/^\uFEFF/, '');
		if (body.trim() === '') return { ok: false, error: 'empty' };
		let data: unknown;
		try {
			data = JSON.parse(body);
		} catch {
			return { ok: false, error: 'not-json' };
		}
		// A bare assessment, the storage envelope or another app's JSON has no `format` of ours.
		if (!isRecord(data) || data.format !== BACKUP_FORMAT) return { ok: false, error: 'not-ours' };
		const version = data.version;
		if (typeof version === 'number' && version > BACKUP_VERSION) {
			return { ok: false, error: 'newer-version', detail: `version ${version}` };
		}
		return readVersion(data);
	} catch {
		// Nothing above is expected to throw; this keeps the promise made to the import dialog.
		return { ok: false, error: 'invalid' };
	}
}
