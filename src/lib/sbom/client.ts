/**
 * The page's side of the SBOM worker: one worker per run, ended when the run ends or is
 * cancelled (terminate() stops it at once, even in the middle of parsing a large file).
 */
import type { Analysis } from './pipeline';
import type { WorkerMessage, WorkerRequest } from './protocol';

export interface RunProgress {
	phase: Extract<WorkerMessage, { type: 'progress' }>['phase'];
	fileIndex: number;
	fraction: number;
}

export interface AnalysisRun {
	/** The analysis, or null when the run was cancelled. Rejects when the worker fails. */
	result: Promise<Analysis | null>;
	cancel(): void;
}

export type StartAnalysis = (
	files: File[],
	onProgress: (progress: RunProgress) => void
) => AnalysisRun;

export const startAnalysis: StartAnalysis = (files, onProgress) => {
	const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	let settle: (value: Analysis | null) => void = () => {};
	let fail: (error: Error) => void = () => {};
	const result = new Promise<Analysis | null>((resolve, reject) => {
		settle = resolve;
		fail = reject;
	});
	worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
		const message = event.data;
		if (message.type === 'progress') {
			onProgress(message);
			return;
		}
		worker.terminate();
		if (message.type === 'done') settle(message.analysis);
		else fail(new Error(message.detail));
	};
	worker.onerror = (event) => {
		worker.terminate();
		fail(new Error(event.message || 'worker error'));
	};
	const request: WorkerRequest = { files };
	worker.postMessage(request);
	return {
		result,
		cancel() {
			worker.terminate();
			settle(null);
		}
	};
};
