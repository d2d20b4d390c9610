/**
 * Reads the production build on disk: first-load files and sizes per route, the message files of
 * each locale, and whether the build is older than its sources. No browser, no network: the
 * numbers depend only on build/ and SvelteKit's client manifest, so they are deterministic.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import {
	addSizes,
	firstLoadFiles,
	looksLikeChartJs,
	parseBudgets,
	type BudgetsFile,
	type FirstLoadFiles,
	type Manifest,
	type Measurements,
	type Size
} from '../budgets.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUILD_DIR = join(ROOT, 'build');
export const MANIFEST_FILE = join(ROOT, '.svelte-kit/output/client/.vite/manifest.json');
export const BUDGETS_FILE = join(ROOT, 'bench/budgets.json');
export const MESSAGES_DIR = join(ROOT, 'src/lib/i18n/messages');
/** BASE_PATH as the build used it (svelte.config.js); '' at the domain root. */
export const BASE = process.env.BASE_PATH ?? '';

/** Where a build lives: the project itself, or a snapshot of it (see snapshot.ts). */
export interface BuildDirs {
	/** adapter-static's output (`build/`). */
	build: string;
	/** Vite's client manifest. */
	manifest: string;
}

export const PROJECT_BUILD: BuildDirs = { build: BUILD_DIR, manifest: MANIFEST_FILE };

export function readBudgets(): BudgetsFile {
	return parseBudgets(JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')));
}

let withBrotli = true;

/**
 * Brotli at its default quality (11) is most of the time the size analysis takes; the gate
 * (check-budgets) only needs gzip and turns it off. Sizes then report brotli as 0.
 */
export function measureBrotli(enabled: boolean): void {
	withBrotli = enabled;
	sizes.clear();
}

export function sizeOf(content: Uint8Array): Size {
	return {
		raw: content.byteLength,
		// Level 6 is zlib's default and what Vite's build report uses.
		gzip: gzipSync(content, { level: 6 }).byteLength,
		brotli: withBrotli ? brotliCompressSync(content).byteLength : 0
	};
}

const sizes = new Map<string, Size>();

/** Sizes of a file in a build (a build-relative path such as `_app/immutable/chunks/x.js`). */
export function buildFileSize(file: string, buildDir = BUILD_DIR): Size | null {
	const path = join(buildDir, file);
	const cached = sizes.get(path);
	if (cached) return cached;
	if (!existsSync(path) || !statSync(path).isFile()) return null;
	const size = sizeOf(readFileSync(path));
	sizes.set(path, size);
	return size;
}

export function readManifest(file = MANIFEST_FILE): Manifest {
	return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** <build>/<path>/index.html for a route path such as `/assess/commons/`. */
export function htmlFileFor(path: string, buildDir = BUILD_DIR): string {
	return join(buildDir, ...path.split('/').filter(Boolean), 'index.html');
}

/** Libraries recognisable by text their minified code keeps (a hint, not a proof). */
export const LIBRARY_MARKERS: [string, string][] = [
	['Chart.js', 'radialLinear'],
	['svelte-i18n + intl-messageformat', '[svelte-i18n]'],
	['zod', '$ZodType'],
	['svelte runtime', 'svelte.dev/e/'],
	['@sveltejs/kit client', 'sveltekit:snapshot'],
	['uqr (QR code)', 'uqr only supports'],
	['fflate', 'invalid zip data']
];

export interface FileEntry {
	file: string;
	size: Size;
}

export interface RouteAnalysis {
	name: string;
	path: string;
	/** Build-relative HTML file. */
	html: string;
	exists: boolean;
	files?: FirstLoadFiles;
	staticJs: Size;
	staticCss: Size;
	lazyJs: Size;
	lazyCss: Size;
	/** static + lazy. */
	js: Size;
	css: Size;
	chartJsFiles: string[];
	/** Files the HTML or manifest names that are not in build/. */
	missing: string[];
}

export interface ChunkEntry extends FileEntry {
	name?: string;
	contains: string[];
	/** Routes whose first load includes it (static or lazy). */
	routes: string[];
}

export interface LocaleMessages {
	locale: string;
	files: { source: string; file: string; size: Size }[];
	total: Size;
}

export interface BuildAnalysis {
	builtAt: string;
	routes: RouteAnalysis[];
	chunks: ChunkEntry[];
	locales: LocaleMessages[];
	measurements: Measurements;
}

function sumFiles(files: string[], missing: string[], buildDir: string): Size {
	return addSizes(
		files.flatMap((file) => {
			const size = buildFileSize(file, buildDir);
			if (!size) missing.push(file);
			return size ? [size] : [];
		})
	);
}

function analyzeRoute(
	name: string,
	path: string,
	lazyAtOnce: readonly string[],
	manifest: Manifest,
	buildDir: string
): RouteAnalysis {
	const htmlPath = htmlFileFor(path, buildDir);
	const html = htmlPath.slice(buildDir.length + 1);
	const empty = { raw: 0, gzip: 0, brotli: 0 };
	if (!existsSync(htmlPath)) {
		return {
			name,
			path,
			html,
			exists: false,
			staticJs: empty,
			staticCss: empty,
			lazyJs: empty,
			lazyCss: empty,
			js: empty,
			css: empty,
			chartJsFiles: [],
			missing: []
		};
	}
	const files = firstLoadFiles(
		manifest,
		`${BASE}${path}`,
		readFileSync(htmlPath, 'utf8'),
		lazyAtOnce,
		BASE
	);
	const missing: string[] = [];
	const staticJs = sumFiles(files.staticJs, missing, buildDir);
	const staticCss = sumFiles(files.staticCss, missing, buildDir);
	const lazyJs = sumFiles(files.lazyJs, missing, buildDir);
	const lazyCss = sumFiles(files.lazyCss, missing, buildDir);
	const chartJsFiles = [...files.staticJs, ...files.lazyJs].filter((file) => {
		const full = join(buildDir, file);
		return existsSync(full) && looksLikeChartJs(readFileSync(full, 'utf8'));
	});
	return {
		name,
		path,
		html,
		exists: true,
		files,
		staticJs,
		staticCss,
		lazyJs,
		lazyCss,
		js: addSizes([staticJs, lazyJs]),
		css: addSizes([staticCss, lazyCss]),
		chartJsFiles,
		missing
	};
}

const MESSAGE_SOURCE = /(?:^|\/)src\/lib\/i18n\/messages\/([^/]+)\/([^/]+\.json)$/;

/**
 * Each locale's message files in the build that every page loads (messages/<locale>/; the
 * catalogues only some pages or features fetch, lazy/<locale>/, are left out). The manifest maps
 * every source file to its hashed asset; when it does not (a future Vite), the assets are matched
 * to the sources by content.
 */
export function localeMessages(manifest: Manifest, buildDir = BUILD_DIR): LocaleMessages[] {
	const byLocale = new Map<string, LocaleMessages['files']>();
	const add = (locale: string, source: string, file: string) => {
		const size = buildFileSize(file, buildDir);
		if (!size) return;
		const list = byLocale.get(locale) ?? [];
		list.push({ source, file, size });
		byLocale.set(locale, list);
	};
	for (const [key, chunk] of Object.entries(manifest)) {
		const match = MESSAGE_SOURCE.exec(key);
		if (match) add(match[1]!, `${match[1]}/${match[2]}`, chunk.file);
	}
	if (byLocale.size === 0) {
		const assetsDir = join(buildDir, '_app/immutable/assets');
		const assets = existsSync(assetsDir)
			? readdirSync(assetsDir).filter((file) => file.endsWith('.json'))
			: [];
		const contents = new Map(
			assets.map((file) => [readFileSync(join(assetsDir, file), 'utf8'), file])
		);
		for (const locale of readdirSync(MESSAGES_DIR)) {
			const dir = join(MESSAGES_DIR, locale);
			if (!statSync(dir).isDirectory()) continue;
			for (const source of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
				const asset = contents.get(readFileSync(join(dir, source), 'utf8'));
				if (asset) add(locale, `${locale}/${source}`, `_app/immutable/assets/${asset}`);
			}
		}
	}
	return [...byLocale.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([locale, files]) => ({
			locale,
			files: files.sort((a, b) => a.source.localeCompare(b.source)),
			total: addSizes(files.map((file) => file.size))
		}));
}

function chunkTable(routes: RouteAnalysis[], manifest: Manifest, buildDir: string): ChunkEntry[] {
	const names = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk.name]));
	const usage = new Map<string, string[]>();
	for (const route of routes) {
		if (!route.files) continue;
		for (const file of [...route.files.staticJs, ...route.files.lazyJs]) {
			usage.set(file, [...(usage.get(file) ?? []), route.name]);
		}
	}
	return [...usage.entries()]
		.flatMap(([file, routeNames]) => {
			const size = buildFileSize(file, buildDir);
			if (!size) return [];
			const code = readFileSync(join(buildDir, file), 'utf8');
			const contains = LIBRARY_MARKERS.filter(([, marker]) => code.includes(marker)).map(
				([library]) => library
			);
			return [{ file, size, name: names.get(file), contains, routes: routeNames }];
		})
		.sort((a, b) => b.size.gzip - a.size.gzip);
}

export function analyzeBuild(budgets: BudgetsFile, dirs: BuildDirs = PROJECT_BUILD): BuildAnalysis {
	const manifest = readManifest(dirs.manifest);
	const routes = Object.entries(budgets.routes).map(([name, budget]) =>
		analyzeRoute(name, budget.path, budget.lazyAtOnce ?? [], manifest, dirs.build)
	);
	const locales = localeMessages(manifest, dirs.build);
	const measurements: Measurements = {
		routes: Object.fromEntries(
			routes.map((route) => [
				route.name,
				{
					exists: route.exists,
					js: route.js,
					css: route.css,
					lazyJs: route.lazyJs,
					chartJs: route.chartJsFiles.length > 0
				}
			])
		),
		locales: Object.fromEntries(locales.map((entry) => [entry.locale, entry.total]))
	};
	return {
		builtAt: statSync(dirs.manifest).mtime.toISOString(),
		routes,
		chunks: chunkTable(routes, manifest, dirs.build),
		locales,
		measurements
	};
}

// ---------------------------------------------------------------------------------------------
// Is the build there and current?

const SOURCES = [
	'src',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json',
	'package.json'
];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/** Why build/ cannot be measured as it is, or null when it is complete and newer than its sources. */
export function buildProblem(): string | null {
	if (!existsSync(join(BUILD_DIR, 'index.html'))) return 'build/index.html is missing';
	if (!existsSync(MANIFEST_FILE)) return 'the client manifest is missing';
	const builtAt = statSync(MANIFEST_FILE).mtimeMs;
	const missing = Object.values(readManifest()).find(
		(chunk) => !existsSync(join(BUILD_DIR, chunk.file))
	);
	if (missing) return `build/ does not match the manifest (${missing.file} is missing)`;
	const sourcesAt = Math.max(...SOURCES.map((source) => newestMtime(join(ROOT, source))));
	if (sourcesAt > builtAt) return 'sources changed after the last build';
	return null;
}

/** Runs `vite build` in the project (its output is shown only when it fails); throws on failure. */
export function runBuild(): void {
	const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
	const started = performance.now();
	const result = spawnSync(process.execPath, [vite, 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0) {
		// The file-size tables are long and say nothing about the failure: show the end only.
		process.stdout.write(`${(result.stdout ?? '').split('\n').slice(-15).join('\n')}\n`);
		process.stderr.write(result.stderr ?? '');
		throw new Error(`vite build failed (exit ${result.status})`);
	}
	console.log(`vite build done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
