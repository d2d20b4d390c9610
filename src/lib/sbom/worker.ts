/**
 * Reads and analyses SBOM files off the main thread, so the page stays responsive however large
 * the files are. Receives the File handles (nothing is read before this), posts progress at most
 * every PROGRESS_INTERVAL ms, then the whole analysis. The page cancels by terminating the worker.
 */
import { MAX_SBOM_BYTES } from './model';
import { analyseFiles, readSbomFile, type FileOutcome, type Phase } from './pipeline';
import type { WorkerMessage, WorkerRequest } from './protocol';

const PROGRESS_INTERVAL = 80;

/** Where each phase of reading one file starts and ends, as a share of that file's time. */
const PHASES: Record<Exclude<Phase, 'analyse'>, [number, number]> = {
	hash: [0, 0.1],
	decode: [0.1, 0.15],
	parse: [0.15, 0.5],
	read: [0.5, 1]
};
/** Share of the whole run spent reading files; the rest is the analysis. */
const READING = 0.75;

/** The little of a dedicated worker's global scope this uses (the DOM and webworker libs clash). */
interface WorkerScope {
	postMessage(message: WorkerMessage): void;
	onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

function post(message: WorkerMessage): void {
	scope.postMessage(message);
}

async function analyse(event: MessageEvent<WorkerRequest>): Promise<void> {
	const files = event.data.files;
	const totalBytes = files.reduce((sum, file) => sum + Math.max(1, file.size), 0);
	let doneBytes = 0;
	let last = 0;
	const progress = (phase: Phase, fileIndex: number, fraction: number, force = false) => {
		const now = performance.now();
		if (!force && now - last < PROGRESS_INTERVAL) return;
		last = now;
		post({ type: 'progress', phase, fileIndex, fraction: Math.min(1, Math.max(0, fraction)) });
	};
	try {
		const outcomes: FileOutcome[] = [];
		for (const [index, file] of files.entries()) {
			const weight = Math.max(1, file.size) / totalBytes;
			const at = (phase: Phase, f: number) => {
				const [start, end] = PHASES[phase as Exclude<Phase, 'analyse'>] ?? [0, 1];
				return READING * (doneBytes / totalBytes + weight * (start + (end - start) * f));
			};
			progress('hash', index, at('hash', 0), true);
			if (file.size > MAX_SBOM_BYTES) {
				outcomes.push({ ok: false, name: file.name, error: { kind: 'too-large' } });
			} else {
				const bytes = new Uint8Array(await file.arrayBuffer());
				outcomes.push(
					await readSbomFile(file.name, bytes, (phase, f) =>
						progress(phase, index, at(phase, f), f === 0)
					)
				);
			}
			doneBytes += Math.max(1, file.size);
		}
		progress('analyse', files.length - 1, READING, true);
		const analysis = analyseFiles(outcomes, (f) =>
			progress('analyse', files.length - 1, READING + (1 - READING) * f)
		);
		post({ type: 'done', analysis });
	} catch (error) {
		// Reading a file can fail (it was deleted or changed on disk); anything else is a bug.
		post({ type: 'failed', detail: String(error).slice(0, 300) });
	}
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
	void analyse(event);
};
