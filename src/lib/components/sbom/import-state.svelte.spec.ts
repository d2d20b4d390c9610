import { describe, expect, it } from 'vitest';
import type { RunProgress, StartAnalysis } from '$lib/sbom/client';
import type { Analysis } from '$lib/sbom/pipeline';
import { SbomImportState } from './import-state.svelte';

/** A stand-in for the worker: each run waits until the test finishes, fails or cancels it. */
class FakeWorker {
	runs: {
		files: File[];
		progress: (progress: RunProgress) => void;
		finish: (analysis: Analysis) => void;
		fail: (error: Error) => void;
		cancelled: boolean;
	}[] = [];

	start: StartAnalysis = (files, progress) => {
		let finish: (analysis: Analysis | null) => void = () => {};
		let fail: (error: Error) => void = () => {};
		const result = new Promise<Analysis | null>((resolve, reject) => {
			finish = resolve;
			fail = reject;
		});
		const run = { files, progress, finish, fail, cancelled: false };
		this.runs.push(run);
		return {
			result,
			cancel: () => {
				run.cancelled = true;
				finish(null);
			}
		};
	};

	get last() {
		return this.runs.at(-1)!;
	}

	/** Finishes the latest run with an analysis of its files. */
	async finishLast() {
		this.last.finish(analysisOf(this.last.files));
		await settle();
	}
}

function setup() {
	const worker = new FakeWorker();
	return { worker, state: new SbomImportState(async () => worker.start) };
}

/** Adds files and lets the worker finish analysing them. */
async function addAnalysed(worker: FakeWorker, state: SbomImportState, files: File[]) {
	state.add(files);
	await settle();
	await worker.finishLast();
}

function file(name: string, size = 10): File {
	const f = new File(['x'.repeat(Math.min(size, 10))], name, { lastModified: 1 });
	Object.defineProperty(f, 'size', { value: size });
	return f;
}

function analysisOf(files: File[]): Analysis {
	return { files: files.map((f) => ({ name: f.name })), combined: null };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SbomImportState', () => {
	it('analyses the chosen files in the worker and keeps the result', async () => {
		const { worker, state } = setup();
		state.add([file('a.json'), file('b.json')]);
		expect(state.status).toBe('running');
		await settle();
		worker.last.progress({ phase: 'parse', fileIndex: 1, fraction: 0.4 });
		expect(state.progress).toEqual({ phase: 'parse', fileIndex: 1, fraction: 0.4 });
		await worker.finishLast();
		expect(state.status).toBe('done');
		expect(state.progress).toBeNull();
		expect(state.analysis?.files.map((f) => f.name)).toEqual(['a.json', 'b.json']);
	});

	it('refuses oversized and empty files before anything is read', async () => {
		const { worker, state } = setup();
		state.add([file('huge.json', 100_000_001), file('empty.json', 0)]);
		await settle();
		expect(worker.runs).toHaveLength(0);
		expect(state.status).toBe('idle');
		expect(state.refused).toEqual([
			{ name: 'huge.json', error: { kind: 'too-large' } },
			{ name: 'empty.json', error: { kind: 'empty' } }
		]);
	});

	it('adds files to those already there, once each, and analyses them all again', async () => {
		const { worker, state } = setup();
		const a = file('a.json');
		await addAnalysed(worker, state, [a]);
		state.add([a, file('b.json')]);
		await settle();
		expect(worker.last.files.map((f) => f.name)).toEqual(['a.json', 'b.json']);
	});

	it('cancelling puts back the files and the analysis from before', async () => {
		const { worker, state } = setup();
		const a = file('a.json');
		await addAnalysed(worker, state, [a]);
		const before = state.analysis;

		state.add([file('large.json', 90_000_000)]);
		await settle();
		expect(state.files).toHaveLength(2);
		state.cancel();
		await settle();
		expect(worker.last.cancelled).toBe(true);
		expect(state.status).toBe('cancelled');
		expect(state.files).toEqual([a]);
		expect(state.analysis).toBe(before);
	});

	it('a run the worker fails leaves the earlier state and says so', async () => {
		const { worker, state } = setup();
		state.add([file('a.json')]);
		await settle();
		worker.last.fail(new Error('out of memory'));
		await settle();
		expect(state.status).toBe('failed');
		expect(state.failure).toBe('out of memory');
		expect(state.files).toEqual([]);
	});

	it('a newer run wins: the older one is cancelled and its result ignored', async () => {
		const { worker, state } = setup();
		state.add([file('a.json')]);
		await settle();
		const first = worker.last;
		state.add([file('b.json')]);
		await settle();
		expect(first.cancelled).toBe(true);
		first.finish(analysisOf([file('stale.json')]));
		await worker.finishLast();
		expect(state.analysis?.files.map((f) => f.name)).toEqual(['a.json', 'b.json']);
	});

	it('removing a file analyses the rest; removing the last one empties the page', async () => {
		const { worker, state } = setup();
		await addAnalysed(worker, state, [file('a.json'), file('b.json')]);
		state.remove(0);
		await settle();
		expect(worker.last.files.map((f) => f.name)).toEqual(['b.json']);
		await worker.finishLast();
		state.remove(0);
		expect(state.status).toBe('idle');
		expect(state.files).toEqual([]);
		expect(state.analysis).toBeNull();
	});

	it('cancelling a run that replaced an unfinished one goes back to the last finished state', async () => {
		const { worker, state } = setup();
		const a = file('a.json');
		await addAnalysed(worker, state, [a]);
		state.add([file('b.json')]);
		await settle();
		state.add([file('c.json')]);
		await settle();
		state.cancel();
		await settle();
		expect(state.status).toBe('cancelled');
		expect(state.files).toEqual([a]);
		expect(state.analysis?.files.map((f) => f.name)).toEqual(['a.json']);
	});

	it('reads at most 50 files and says how many were left out', async () => {
		const { worker, state } = setup();
		state.add(Array.from({ length: 53 }, (_, i) => file(`f${i}.json`)));
		await settle();
		expect(worker.last.files).toHaveLength(50);
		expect(state.overflow).toBe(3);
	});
});
