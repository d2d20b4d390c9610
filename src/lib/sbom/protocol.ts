/** Messages between the page and the SBOM worker (worker.ts). */
import type { Analysis, Phase } from './pipeline';

export interface WorkerRequest {
	files: File[];
}

export type WorkerMessage =
	/** `fraction` is of the whole run, 0–1; `fileIndex` is the file being read. */
	| { type: 'progress'; phase: Phase; fileIndex: number; fraction: number }
	| { type: 'done'; analysis: Analysis }
	| { type: 'failed'; detail: string };
