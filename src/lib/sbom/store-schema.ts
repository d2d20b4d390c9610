/**
 * Checks stored SBOM summaries with the summary schema (zod), entry by entry: a damaged entry is
 * left out and counted, the others are kept, and the document backs the original text up before
 * anything is written (storage/document.ts). Loaded only when there is stored text to check.
 */
import type { Reading } from '$lib/storage/document';
import { countUnknownFields } from '$lib/storage/unknown-fields';
import { hashOf, MAX_STORED_SBOMS, type SbomStoreData } from './store';
import { parseSummary, type SbomSummary } from './summary';

const STORE_FIELDS = new Set(['version', 'files', 'combined']);

/** A summary as stored, or null when it is not valid (fields it does not know count as damage). */
function check(
	value: unknown,
	scope: SbomSummary['scope']
): { summary: SbomSummary | null; dropped: number } {
	const parsed = parseSummary(value);
	if (!parsed.ok || parsed.summary.scope !== scope) return { summary: null, dropped: 1 };
	return { summary: parsed.summary, dropped: countUnknownFields(value, parsed.summary) };
}

/** `data` is the stored object, version and `files` array already checked (readSbomStore). */
export function checkSbomStore(data: Record<string, unknown>): Reading<SbomStoreData> {
	const files: SbomSummary[] = [];
	let dropped = 0;
	const entries = Array.isArray(data.files) ? data.files : [];
	for (const entry of entries.slice(0, MAX_STORED_SBOMS)) {
		const checked = check(entry, 'file');
		dropped += checked.dropped;
		if (!checked.summary) continue;
		// Two entries for one file: the later one is the newer import.
		const index = files.findIndex((file) => hashOf(file) === hashOf(checked.summary!));
		if (index >= 0) {
			files[index] = checked.summary;
			dropped++;
		} else files.push(checked.summary);
	}
	dropped += Math.max(0, entries.length - MAX_STORED_SBOMS);

	let combined: SbomSummary | null = null;
	if (data.combined !== null && data.combined !== undefined) {
		const checked = check(data.combined, 'combined');
		dropped += checked.dropped;
		const hashes = new Set(files.map(hashOf));
		// A combined summary whose files are not all here any more describes something else.
		if (checked.summary?.files.every((file) => hashes.has(file.sha256))) combined = checked.summary;
		else if (checked.summary) dropped++;
	}
	dropped += Object.keys(data).filter((key) => !STORE_FIELDS.has(key)).length;
	return {
		value: { files, combined },
		problem: dropped > 0 ? { kind: 'repaired', dropped } : null
	};
}
