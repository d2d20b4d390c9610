/**
 * How fast SBOMs are read and analysed (a report, not a gate; issue 21's targets: 10,000
 * components under 1 s, 100,000 under 10 s, the page responsive meanwhile).
 *
 *   npm run bench:sbom                 in Node: the worker's code (hash, decode, JSON, validation,
 *                                      analysis) on generated SBOMs of 10,000 and 100,000 components
 *   npm run bench:sbom -- --browser    also in Chromium on the built site (npm run build first):
 *                                      the whole import through the page and its worker, and the
 *                                      longest the page's main thread was blocked meanwhile
 *   npm run bench:sbom -- --write      also writes the generated files to bench/sbom-<n>.json
 *                                      (git-ignored) for trying the page by hand
 *
 * The SBOMs come from src/lib/sbom/generate.ts (deterministic). Timings are the median of a few
 * runs; the machine's load average is printed with them, because a shared machine skews them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyseFile } from '$lib/sbom/analyse';
import { generateCycloneDx } from '$lib/sbom/generate';
import { readSbomFile, type Phase } from '$lib/sbom/pipeline';
import { launchChromium, newContext } from './bench/browser.ts';
import { ROOT } from './bench/build-output.ts';
import { startPreview } from './bench/preview.ts';

const SIZES = [
	{ components: 10_000, targetMs: 1_000, runs: 5 },
	{ components: 100_000, targetMs: 10_000, runs: 3 }
];

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

interface Run {
	total: number;
	phases: Record<Phase, number>;
}

async function runOnce(name: string, bytes: Uint8Array): Promise<Run> {
	const marks: [Phase | 'end', number][] = [];
	const start = performance.now();
	const outcome = await readSbomFile(name, bytes, (phase) => {
		if (marks.at(-1)?.[0] !== phase) marks.push([phase, performance.now()]);
	});
	if (!outcome.ok) throw new Error(`${name}: ${outcome.error.kind} ${outcome.error.detail ?? ''}`);
	marks.push(['analyse', performance.now()]);
	analyseFile(outcome.file);
	const end = performance.now();
	marks.push(['end', end]);
	const phases = { hash: 0, decode: 0, parse: 0, read: 0, analyse: 0 } as Record<Phase, number>;
	for (let i = 0; i + 1 < marks.length; i++) {
		const [phase, at] = marks[i]!;
		if (phase !== 'end') phases[phase] += marks[i + 1]![1] - at;
	}
	return { total: end - start, phases };
}

async function inNode(files: { components: number; bytes: Uint8Array }[]): Promise<string[]> {
	const lines: string[] = [];
	for (const { components, bytes } of files) {
		const size = SIZES.find((s) => s.components === components)!;
		await runOnce('warm-up', bytes); // JIT and caches, as a page that has imported once
		const runs: Run[] = [];
		for (let i = 0; i < size.runs; i++) runs.push(await runOnce(`${components}.json`, bytes));
		const total = median(runs.map((run) => run.total));
		const typical = runs.find((run) => run.total === total)!;
		const phases = Object.entries(typical.phases)
			.map(([phase, time]) => `${phase} ${ms(time)}`)
			.join(', ');
		const verdict = total < size.targetMs ? 'within' : 'OVER';
		lines.push(
			`${components.toLocaleString('en')} components (${mb(bytes.byteLength)}): ${ms(total)} ` +
				`median of ${size.runs} (target < ${ms(size.targetMs)}: ${verdict}) — ${phases}`
		);
	}
	return lines;
}

/**
 * The whole import in the page: from choosing the file to the report on screen. Meanwhile the
 * page records (1) its long tasks (PerformanceObserver "longtask": every main-thread task over
 * 50 ms), the longest of which is the longest any input (a click, a key) would have waited, and
 * (2) how late a 10 ms timer ran, which also counts the time the operating system gave the main
 * thread no processor: on a loaded machine that is the larger number, and not the page's doing.
 */
async function inBrowser(paths: { components: number; path: string }[]): Promise<string[]> {
	const lines: string[] = [];
	const preview = await startPreview();
	const browser = await launchChromium();
	try {
		for (const { components, path } of paths) {
			const context = await newContext(browser);
			const page = await context.newPage();
			await page.goto(`${preview.origin}/en/sbom/`);
			await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
			await page.evaluate(() => {
				const state = { worst: 0, running: true, longest: 0 };
				(window as unknown as { __lag: typeof state }).__lag = state;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) {
						state.longest = Math.max(state.longest, entry.duration);
					}
				}).observe({ type: 'longtask' });
				let expected = performance.now() + 10;
				const tick = () => {
					const now = performance.now();
					state.worst = Math.max(state.worst, now - expected);
					expected = now + 10;
					if (state.running) setTimeout(tick, 10);
				};
				setTimeout(tick, 10);
			});
			const start = performance.now();
			await page.locator('input[type="file"]').setInputFiles(path);
			await page
				.getByRole('status')
				.getByText('The analysis is ready.')
				.waitFor({ state: 'attached', timeout: 120_000 });
			const total = performance.now() - start;
			// Let the report's last sections render before reading the figures.
			await page.waitForTimeout(500);
			const { worst, longest } = await page.evaluate(() => {
				const state = (
					window as unknown as { __lag: { worst: number; running: boolean; longest: number } }
				).__lag;
				state.running = false;
				return state;
			});
			lines.push(
				`${components.toLocaleString('en')} components in Chromium: report on screen after ${ms(total)}; ` +
					`longest main-thread task ${longest === 0 ? 'under 50 ms' : ms(longest)} ` +
					`(target < 100 ms: ${longest < 100 ? 'within' : 'OVER'}); ` +
					`a 10 ms timer ran up to ${ms(worst)} late`
			);
			await context.close();
		}
	} finally {
		await browser.close();
		await preview.stop();
	}
	return lines;
}

async function main(): Promise<void> {
	const browser = process.argv.includes('--browser');
	const write = process.argv.includes('--write') || browser;
	console.log(
		`Load average at start: ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}\n`
	);
	const files = SIZES.map(({ components }) => ({
		components,
		bytes: new TextEncoder().encode(JSON.stringify(generateCycloneDx({ components, seed: 21 })))
	}));
	const paths: { components: number; path: string }[] = [];
	if (write) {
		const dir = join(ROOT, 'bench');
		mkdirSync(dir, { recursive: true });
		for (const { components, bytes } of files) {
			const path = join(dir, `sbom-${components / 1000}k.json`);
			writeFileSync(path, bytes);
			paths.push({ components, path });
			console.log(`wrote ${path} (${mb(bytes.byteLength)})`);
		}
		console.log('');
	}
	for (const line of await inNode(files)) console.log(line);
	if (browser) for (const line of await inBrowser(paths)) console.log(line);
	console.log(
		`\nLoad average at end: ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}`
	);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
