/**
 * Where the SBOM summaries are stored, in a module without imports: pages that only need to know
 * whether summaries exist (every question card, the print options) must not load the store's code
 * or its schemas to find out.
 */
export const SBOM_STORE_KEY = 'commons-check:sbom';

/**
 * Summaries kept at most: 20 of about 6–12 kB each keep a JSON backup with every assessment well
 * under its 1 MiB import limit (export/backup.ts).
 */
export const MAX_STORED_SBOMS = 20;

/** What removing every summary leaves under the key (serializeSbomStore of the empty store). */
export const EMPTY_SBOM_STORE = '{"version":1,"files":[],"combined":null}';

/** Whether summaries are stored in this browser; false when storage cannot be read. */
export function hasSbomSummaries(): boolean {
	try {
		const text = globalThis.localStorage?.getItem(SBOM_STORE_KEY);
		return text != null && text !== EMPTY_SBOM_STORE;
	} catch {
		return false;
	}
}
