/**
 * The SBOM summaries kept in this browser: one per file analysed on /sbom/ (keyed by the file's
 * SHA-256, so importing the same file again replaces its summary), and the combined summary of
 * the files last analysed together. Only summaries (counts, top-N lists, quality figures, file
 * name, date, hash): never an SBOM. They belong to the browser, not to one assessment: an
 * organization's SBOMs are evidence for each of its assessments (docs/sbom.md).
 *
 * A stored document (storage/document.ts) under its own key:
 *
 *   { version: 1, files: [SbomSummary (scope 'file')], combined: SbomSummary | null }
 *
 * This module holds no zod and no summary code, so pages that only ask whether summaries exist
 * (every question page) stay light: stored text is checked by store-schema.ts, loaded on demand.
 * Everything here is pure: no input is mutated.
 */
import {
	isFutureVersion,
	parseStored,
	type DocumentFormat,
	type Reading
} from '$lib/storage/document';
import { MAX_STORED_SBOMS, SBOM_STORE_KEY } from './keys';
import type { SbomSummary } from './summary';

export { MAX_STORED_SBOMS, SBOM_STORE_KEY };
export const SBOM_STORE_VERSION = 1;
/** Rows kept per list when a summary is stored. */
export const SUMMARY_TOP_N = 20;
/** Far more than MAX_STORED_SBOMS summaries take. */
export const MAX_SBOM_STORE_CHARS = 1_000_000;

export interface SbomStoreData {
	/** One summary per file (scope 'file'), in the order they were first imported. */
	files: SbomSummary[];
	/** The summary of the files last analysed together (two or more), while all are stored. */
	combined: SbomSummary | null;
}

/** The summary as it is stored: the same document with each list cut to SUMMARY_TOP_N rows. */
export function toStoredSummary(summary: SbomSummary): SbomSummary {
	return {
		...summary,
		ecosystems: summary.ecosystems.slice(0, SUMMARY_TOP_N),
		registries: summary.registries.slice(0, SUMMARY_TOP_N),
		duplicates: summary.duplicates.slice(0, SUMMARY_TOP_N),
		lookFirst: summary.lookFirst.slice(0, SUMMARY_TOP_N)
	};
}

export function emptySbomStore(): SbomStoreData {
	return { files: [], combined: null };
}

/** The SHA-256 of the file a per-file summary describes. */
export function hashOf(summary: SbomSummary): string {
	return summary.files[0]?.sha256 ?? '';
}

/** Whether every file of the combined summary is still stored. */
function covered(combined: SbomSummary, files: readonly SbomSummary[]): boolean {
	const hashes = new Set(files.map(hashOf));
	return combined.files.every((file) => hashes.has(file.sha256));
}

export interface AddOutcome {
	store: SbomStoreData;
	added: number;
	replaced: number;
	/** Left out because MAX_STORED_SBOMS summaries are stored. */
	skipped: number;
}

/**
 * Adds the summaries of one analysis (already cut by toStoredSummary): a file stored before
 * (same SHA-256) is replaced in its place, a new one is added at the end. The combined summary,
 * when the analysis has one, replaces the stored one.
 */
export function addSummaries(
	store: SbomStoreData,
	files: readonly SbomSummary[],
	combined: SbomSummary | null
): AddOutcome {
	const next = [...store.files];
	let added = 0;
	let replaced = 0;
	let skipped = 0;
	for (const summary of files) {
		const index = next.findIndex((entry) => hashOf(entry) === hashOf(summary));
		if (index >= 0) {
			next[index] = summary;
			replaced++;
		} else if (next.length < MAX_STORED_SBOMS) {
			next.push(summary);
			added++;
		} else skipped++;
	}
	const candidate = combined ?? store.combined;
	return {
		store: { files: next, combined: candidate && covered(candidate, next) ? candidate : null },
		added,
		replaced,
		skipped
	};
}

/**
 * Brings summaries in from a backup: a file not stored here is added, one stored here is
 * replaced only by a newer analysis of it. Nothing stored is removed.
 */
export function mergeSummaries(
	store: SbomStoreData,
	files: readonly SbomSummary[],
	combined: SbomSummary | null
): AddOutcome {
	const newer = files.filter((summary) => {
		const here = store.files.find((entry) => hashOf(entry) === hashOf(summary));
		return !here || Date.parse(summary.analysedAt) > Date.parse(here.analysedAt);
	});
	const takeCombined =
		combined !== null &&
		(store.combined === null ||
			Date.parse(combined.analysedAt) > Date.parse(store.combined.analysedAt));
	const outcome = addSummaries(store, newer, takeCombined ? combined : null);
	// The combined summary here stays when the backup's does not fit (or is older).
	if (
		outcome.store.combined === null &&
		store.combined &&
		covered(store.combined, outcome.store.files)
	)
		outcome.store.combined = store.combined;
	return outcome;
}

/** Removes one file's summary, and the combined summary when it covered that file. */
export function removeSummary(store: SbomStoreData, sha256: string): SbomStoreData {
	const files = store.files.filter((entry) => hashOf(entry) !== sha256);
	const combined = store.combined && covered(store.combined, files) ? store.combined : null;
	return { files, combined };
}

export function serializeSbomStore(store: SbomStoreData): string {
	return JSON.stringify({
		version: SBOM_STORE_VERSION,
		files: store.files,
		combined: store.combined
	});
}

/**
 * Reads stored text as far as it can be told without the schemas: nothing, unreadable, of a
 * newer version (left in place until the first change, like the workshop session), or the data
 * for store-schema.ts to check (`repair`; an empty store stands in until it has run).
 */
export function readSbomStore(raw: string | null): Reading<SbomStoreData> {
	const empty = (problem: Reading<SbomStoreData>['problem'] = null) => ({
		value: emptySbomStore(),
		problem
	});
	if (raw === null) return empty();
	const stored = parseStored(raw, MAX_SBOM_STORE_CHARS);
	if ('problem' in stored) return empty(stored.problem);
	const data = stored.data;
	if (isFutureVersion(data.version, SBOM_STORE_VERSION)) {
		return { ...empty({ kind: 'future-version', version: data.version }), keepStored: true };
	}
	if (data.version !== SBOM_STORE_VERSION || !Array.isArray(data.files)) {
		return empty({ kind: 'not-ours' });
	}
	return {
		...empty(),
		repair: async () => (await import('./store-schema')).checkSbomStore(data)
	};
}

export const sbomStoreFormat: DocumentFormat<SbomStoreData> = {
	key: SBOM_STORE_KEY,
	read: readSbomStore,
	serialize: serializeSbomStore
};
