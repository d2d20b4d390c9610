/**
 * A frozen copy of the production build for the bench, in a temporary directory: build/ and
 * .svelte-kit/output (which `vite preview` serves), the configs, and a link to node_modules.
 * Everything the bench measures (sizes on disk, the preview server, Chromium, Lighthouse) reads
 * this copy, so a `vite build` started meanwhile in the project (by a test run or a person) cannot
 * mix two builds into one report or take the server down mid-run.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_DIR, MANIFEST_FILE, readManifest, ROOT, type BuildDirs } from './build-output.ts';

export interface BuildSnapshot extends BuildDirs {
	/** A project directory `vite preview` can run in. */
	dir: string;
	remove(): void;
}

const CONFIGS = ['package.json', 'svelte.config.js', 'vite.config.ts'];

function consistent(dirs: BuildDirs, client: string): string | null {
	if (!existsSync(join(dirs.build, 'index.html'))) return 'build/index.html is missing';
	if (!existsSync(dirs.manifest)) return 'the manifest is missing';
	for (const chunk of Object.values(readManifest(dirs.manifest))) {
		if (!existsSync(join(dirs.build, chunk.file)) || !existsSync(join(client, chunk.file))) {
			return `${chunk.file} is missing`;
		}
	}
	return null;
}

function copyOnce(): BuildSnapshot | string {
	const builtAt = existsSync(MANIFEST_FILE) ? statSync(MANIFEST_FILE).mtimeMs : 0;
	const dir = mkdtempSync(join(tmpdir(), 'commons-check-bench-'));
	const remove = () => rmSync(dir, { recursive: true, force: true });
	try {
		for (const file of CONFIGS) cpSync(join(ROOT, file), join(dir, file));
		symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
		mkdirSync(join(dir, '.svelte-kit'));
		const options = { recursive: true, preserveTimestamps: true };
		cpSync(join(ROOT, '.svelte-kit/output'), join(dir, '.svelte-kit/output'), options);
		cpSync(BUILD_DIR, join(dir, 'build'), options);
	} catch (error) {
		remove();
		return `copy failed: ${(error as Error).message}`;
	}
	const snapshot: BuildSnapshot = {
		dir,
		build: join(dir, 'build'),
		manifest: join(dir, '.svelte-kit/output/client/.vite/manifest.json'),
		remove
	};
	const problem = consistent(snapshot, join(dir, '.svelte-kit/output/client'));
	const builtAtAfter = existsSync(MANIFEST_FILE) ? statSync(MANIFEST_FILE).mtimeMs : -1;
	if (problem || builtAtAfter !== builtAt) {
		remove();
		return problem ?? 'the build changed while it was copied';
	}
	return snapshot;
}

/** Copies the build; retries while another build is rewriting it (up to about 30 s). */
export async function snapshotBuild(log: (message: string) => void): Promise<BuildSnapshot> {
	let problem = '';
	for (let attempt = 1; attempt <= 3; attempt++) {
		const result = copyOnce();
		if (typeof result !== 'string') return result;
		problem = result;
		if (attempt === 3) break;
		log(`build snapshot: ${problem}; another build running? retrying in 15 s…`);
		await new Promise((resolve) => setTimeout(resolve, 15_000));
	}
	throw new Error(`could not take a consistent copy of the build: ${problem}`);
}
