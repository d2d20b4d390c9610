/**
 * The SBOM page's state: the files chosen (kept only in memory, never stored or sent), the run
 * analysing them in the worker, its progress, and the latest analysis. Every change of the file
 * list analyses the whole list again, so files can be added in several goes and removed.
 * Cancelling a run puts back the files and the analysis from before it.
 */
import type { RunProgress, StartAnalysis } from '$lib/sbom/client';
import { MAX_SBOM_BYTES, MAX_SBOM_FILES, type SbomError } from '$lib/sbom/model';
import type { Analysis } from '$lib/sbom/pipeline';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** A file refused before it was read, and why. */
export interface Refused {
	name: string;
	error: SbomError;
}

export class SbomImportState {
	status = $state<RunStatus>('idle');
	files = $state.raw<File[]>([]);
	progress = $state.raw<RunProgress | null>(null);
	analysis = $state.raw<Analysis | null>(null);
	/** Files refused at once (too large, empty) in the last choice. */
	refused = $state.raw<Refused[]>([]);
	/** Files left out because the list was full. */
	overflow = $state(0);
	failure = $state<string | null>(null);

	#start: () => Promise<StartAnalysis>;
	#keep: (analysis: Analysis) => void;
	#cancel: (() => void) | null = null;
	#run = 0;
	/** The files and analysis of the last run that finished: what a cancel or failure goes back to. */
	#settled: { files: File[]; analysis: Analysis | null } = { files: [], analysis: null };

	/**
	 * `start` loads the worker client; tests pass a fake. `keep` receives every finished analysis
	 * (the page stores its summaries).
	 */
	constructor(start: () => Promise<StartAnalysis>, keep: (analysis: Analysis) => void = () => {}) {
		this.#start = start;
		this.#keep = keep;
	}

	/** Adds files (a file already in the list is not added twice) and analyses them all. */
	add(chosen: readonly File[]): void {
		const refused: Refused[] = [];
		const accepted: File[] = [];
		for (const file of chosen) {
			// Checked before anything is read: a 2 GB file never reaches memory.
			if (file.size > MAX_SBOM_BYTES)
				refused.push({ name: file.name, error: { kind: 'too-large' } });
			else if (file.size === 0) refused.push({ name: file.name, error: { kind: 'empty' } });
			else if (
				!this.files.some((f) => sameFile(f, file)) &&
				!accepted.some((f) => sameFile(f, file))
			) {
				accepted.push(file);
			}
		}
		const room = Math.max(0, MAX_SBOM_FILES - this.files.length);
		this.refused = refused;
		this.overflow = Math.max(0, accepted.length - room);
		if (accepted.length === 0 || room === 0) return;
		void this.#analyse([...this.files, ...accepted.slice(0, room)]);
	}

	remove(index: number): void {
		const next = this.files.filter((_, i) => i !== index);
		this.refused = [];
		this.overflow = 0;
		if (next.length === 0) return this.clear();
		void this.#analyse(next);
	}

	/** Drops every file and the analysis (a running one is cancelled). */
	clear(): void {
		this.#cancel?.();
		this.#run++;
		this.#settled = { files: [], analysis: null };
		this.files = [];
		this.analysis = null;
		this.progress = null;
		this.refused = [];
		this.overflow = 0;
		this.status = 'idle';
	}

	cancel(): void {
		this.#cancel?.();
	}

	async #analyse(files: File[]): Promise<void> {
		this.#cancel?.();
		const run = ++this.#run;
		const before = this.#settled;
		this.files = files;
		this.status = 'running';
		this.failure = null;
		this.progress = { phase: 'hash', fileIndex: 0, fraction: 0 };
		let cancelled = false;
		this.#cancel = () => {
			cancelled = true;
		};
		try {
			const start = await this.#start();
			if (cancelled) return this.#restore(run, before);
			if (run !== this.#run) return;
			const handle = start(files, (progress) => {
				if (run === this.#run) this.progress = progress;
			});
			this.#cancel = () => handle.cancel();
			const analysis = await handle.result;
			if (run !== this.#run) return;
			if (analysis === null) return this.#restore(run, before);
			this.#settled = { files, analysis };
			this.analysis = analysis;
			this.status = 'done';
			this.#keep(analysis);
		} catch (error) {
			if (run !== this.#run) return;
			this.files = before.files;
			this.analysis = before.analysis;
			this.failure = error instanceof Error ? error.message : String(error);
			this.status = 'failed';
		} finally {
			if (run === this.#run) {
				this.#cancel = null;
				this.progress = null;
			}
		}
	}

	/** After a cancelled run: what was there before it. */
	#restore(run: number, before: { files: File[]; analysis: Analysis | null }): void {
		if (run !== this.#run) return;
		this.files = before.files;
		this.analysis = before.analysis;
		this.status = 'cancelled';
	}
}

function sameFile(a: File, b: File): boolean {
	return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
}
