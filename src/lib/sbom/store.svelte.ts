/**
 * The stored SBOM summaries as reactive state (`sbomStore`): a thin wrapper around the pure
 * functions in store.ts, kept as a stored document that saves every change at once and follows
 * other tabs' changes. Reading it on a page without stored summaries loads no schema code.
 */
import { DocumentState, StoredDocument } from '$lib/storage/document.svelte';
import type { KeyValueStore } from '$lib/storage/storage';
import {
	addSummaries,
	emptySbomStore,
	mergeSummaries,
	removeSummary,
	sbomStoreFormat,
	type AddOutcome,
	type SbomStoreData
} from './store';
import type { SbomSummary } from './summary';

export class SbomStore extends DocumentState<SbomStoreData> {
	readonly #document: StoredDocument<SbomStoreData>;

	/** `store`: see StoredDocument (left out: localStorage, opened on first use). */
	constructor(store?: KeyValueStore | null, now?: () => Date) {
		const stored = new StoredDocument(sbomStoreFormat, store, now);
		super(stored);
		this.#document = stored;
	}

	get files(): readonly SbomSummary[] {
		return this.#document.value.files;
	}

	get combined(): SbomSummary | null {
		return this.#document.value.combined;
	}

	/** The whole stored value, for the backup. */
	get data(): SbomStoreData {
		return this.#document.value;
	}

	/** Keeps the summaries of an analysis (cut by toStoredSummary). */
	add(files: readonly SbomSummary[], combined: SbomSummary | null): AddOutcome {
		const outcome = addSummaries(this.#document.value, files, combined);
		this.#document.set(outcome.store);
		return outcome;
	}

	/** Brings summaries in from a backup (see mergeSummaries). */
	merge(files: readonly SbomSummary[], combined: SbomSummary | null): AddOutcome {
		const outcome = mergeSummaries(this.#document.value, files, combined);
		if (outcome.added + outcome.replaced > 0 || outcome.store.combined !== this.combined)
			this.#document.set(outcome.store);
		return outcome;
	}

	remove(sha256: string): void {
		this.#document.set(removeSummary(this.#document.value, sha256));
	}

	removeAll(): void {
		this.#document.set(emptySbomStore());
	}
}

export const sbomStore = new SbomStore();
