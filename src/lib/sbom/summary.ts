/**
 * What an SBOM analysis yields, as one compact, versioned, validated document: counts, top-N
 * lists and quality figures, never the SBOM itself nor its full component list. The page shows
 * it; a later version stores it (with the assessment data, in the JSON backup) through the same
 * schema, trimmed to SUMMARY_TOP_N rows per list by `toStoredSummary`.
 *
 * Format history
 * - 1: this shape. Never change the meaning of a published version: add a version 2 and a
 *   migration instead.
 *
 * Counts are kept rather than shares, so summaries can be added up exactly (`combineQuality`).
 * Every string that came from a file is cut to a limit; names are rendered as text, never HTML.
 */
import * as z from 'zod/mini';
import { DOCUMENT_CHECKS, QUALITY_FIELDS } from './fields';
import { MAX_SBOM_FILES } from './model';

export const SBOM_SUMMARY_FORMAT = 'commons-check-sbom-summary';
export const SBOM_SUMMARY_VERSION = 1;
// Cutting a summary for storage needs no schema: store.ts does it, without zod.
export { SUMMARY_TOP_N, toStoredSummary } from './store';
/** Rows per list in an analysis shown on the page (and in its CSV). */
export const REPORT_TOP_N = 100;

export const SUMMARY_LIMITS = { name: 300, version: 100, registry: 200, fileName: 255 } as const;

export { DOCUMENT_CHECKS, QUALITY_FIELDS } from './fields';
export type { DocumentCheck, QualityField, QualityItem } from './fields';

export const VERDICTS = ['meets', 'gaps', 'fails'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const GRAPH_STATUSES = ['complete', 'partial', 'absent'] as const;
export type GraphStatus = (typeof GRAPH_STATUSES)[number];

const count = z.int().check(z.minimum(0));
const bounded = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(REPORT_TOP_N));

export const fileInfoSchema = z.object({
	name: bounded(SUMMARY_LIMITS.fileName),
	size: count,
	/** SHA-256 of the file's bytes, hex: tells a re-import of the same file from a new one. */
	sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
	format: z.enum(['cyclonedx', 'spdx']),
	specVersion: bounded(20),
	/** The SBOM's own timestamp, as written (only when it is a valid date-time). */
	generatedAt: z.optional(bounded(64)),
	/** The component the SBOM describes. */
	product: z.optional(
		z.object({
			name: bounded(SUMMARY_LIMITS.name),
			version: z.optional(bounded(SUMMARY_LIMITS.version))
		})
	)
});
export type SbomFileInfo = z.infer<typeof fileInfoSchema>;

const ecosystemRowSchema = z.object({
	/** The PURL type; '' for components without a readable PURL. */
	ecosystem: bounded(50),
	count
});

const registryRowSchema = z.object({
	registry: bounded(SUMMARY_LIMITS.registry),
	ecosystem: bounded(50),
	source: z.enum(['qualifier', 'default', 'namespace']),
	count
});

const duplicateRowSchema = z.object({
	name: bounded(SUMMARY_LIMITS.name),
	ecosystem: bounded(50),
	versions: z.array(bounded(SUMMARY_LIMITS.version)).check(z.minLength(2), z.maxLength(20)),
	/** How many versions there are in all (the list keeps the first 20). */
	versionCount: count
});

export const lookFirstRowSchema = z.object({
	name: bounded(SUMMARY_LIMITS.name),
	version: z.optional(bounded(SUMMARY_LIMITS.version)),
	ecosystem: bounded(50),
	registry: z.optional(bounded(SUMMARY_LIMITS.registry)),
	/** Components that depend on it directly. */
	fanIn: count,
	/** Components that depend on it directly or transitively. */
	dependents: count,
	/** Shortest distance from the product; null when no product reaches it. */
	depth: z.nullable(count),
	/** Files (products) whose SBOM lists it. */
	products: count
});
export type LookFirstRow = z.infer<typeof lookFirstRowSchema>;

const qualitySchema = z.object({
	/** Components counted: per file, as each file lists them (so shares describe the documents). */
	components: count,
	files: count,
	fields: z.record(z.enum(QUALITY_FIELDS), count),
	document: z.record(z.enum(DOCUMENT_CHECKS), count),
	ntia: z.enum(VERDICTS),
	bsi: z.enum(VERDICTS),
	fixFirst: z.array(z.enum([...QUALITY_FIELDS, ...DOCUMENT_CHECKS])).check(z.maxLength(5))
});
export type QualitySummary = z.infer<typeof qualitySchema>;

export const sbomSummarySchema = z.object({
	format: z.literal(SBOM_SUMMARY_FORMAT),
	version: z.literal(SBOM_SUMMARY_VERSION),
	/** One file, or several combined (components merged by PURL, else name and version). */
	scope: z.enum(['file', 'combined']),
	analysedAt: z.iso.datetime({ offset: true }),
	files: z.array(fileInfoSchema).check(z.minLength(1), z.maxLength(MAX_SBOM_FILES)),
	counts: z.object({
		/** Components listed, the product(s) included; unique ones when combined. */
		components: count,
		/** Distinct dependency edges between components. */
		edges: count,
		withPurl: count,
		/** PURLs present but not valid. */
		invalidPurl: count,
		withVersion: count,
		withLicence: count,
		withSupplier: count,
		/** Null when the SBOM has no dependency graph. */
		direct: z.nullable(count),
		transitive: z.nullable(count),
		unreachable: z.nullable(count),
		maxDepth: z.nullable(count),
		/** Packages present in more than one version. */
		duplicatePackages: count
	}),
	graph: z.object({
		status: z.enum(GRAPH_STATUSES),
		/** The product's direct dependencies were inferred (components nothing depends on). */
		rootInferred: z.boolean(),
		/** Files whose SBOM has dependency relationships. */
		filesWithGraph: count
	}),
	ecosystems: list(ecosystemRowSchema),
	registries: list(registryRowSchema),
	duplicates: list(duplicateRowSchema),
	lookFirst: list(lookFirstRowSchema),
	quality: qualitySchema
});
export type SbomSummary = z.infer<typeof sbomSummarySchema>;

export type SummaryParse = { ok: true; summary: SbomSummary } | { ok: false; detail: string };

/** Validates a summary read back from storage or a backup file. */
export function parseSummary(value: unknown): SummaryParse {
	const result = sbomSummarySchema.safeParse(value);
	if (result.success) return { ok: true, summary: result.data };
	const issue = result.error.issues[0];
	return { ok: false, detail: `${(issue?.path ?? []).join('.')}: ${issue?.code ?? 'invalid'}` };
}

/** Cuts text from a file to a limit (by code points, so no character is split). */
export function clip(value: string, max: number): string {
	if (value.length <= max) return value;
	let out = '';
	for (const char of value) {
		if (out.length + char.length > max) break;
		out += char;
	}
	return out;
}
