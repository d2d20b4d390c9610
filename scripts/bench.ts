/**
 * The performance bench: writes bench/report.md and bench/report.json (both git-ignored).
 *
 *   npx tsx scripts/bench.ts             builds first when build/ is missing or older than its sources
 *   npx tsx scripts/bench.ts --no-build  measures build/ as it is
 *
 * 1. Sizes from the build on disk per route (static first load, as `check:budgets` gates it),
 *    the largest chunks and every locale's message files.
 * 2. `vite preview` of the build on a port of its own (4199, or any free port), then in Chromium:
 *    every JS/CSS file each route really fetches until the network is idle (results, plan and the
 *    combine/present pages with a stored assessment, the shared view with a link fragment), and
 *    ≥ 200 key presses in the questionnaire, each timed until saved and shown.
 * 3. Lighthouse (mobile and desktop) on home, questionnaire and results (with stored data).
 * 4. Share-link lengths from scripts/bench-link.ts.
 * A failing step is recorded in the report and the rest still runs. Exit code 0 whenever the
 * report was written; the size gate is `npm run check:budgets`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { PRINCIPLE_IDS } from '$lib/framework';
import { linkReport } from './bench-link.ts';
import { evaluateBudgets, failures, kib } from './budgets.ts';
import {
	launchChromium,
	measureInteraction,
	measureRoute,
	type RouteToMeasure
} from './bench/browser.ts';
import {
	analyzeBuild,
	BASE,
	buildProblem,
	readBudgets,
	ROOT,
	runBuild
} from './bench/build-output.ts';
import { sharedFragment, STORAGE_KEY, storedAssessment } from './bench/fixture.ts';
import { runLighthouse, type Preset } from './bench/lighthouse.ts';
import { startPreview, type Preview } from './bench/preview.ts';
import { renderMarkdown, type BenchReport } from './bench/report.ts';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s`;
const log = (message: string) => console.log(`[${elapsed()}] ${message}`);

/** How each route is loaded for the measured first load. */
function measurementPlan(name: string, path: string, stored: string): RouteToMeasure {
	const storage = { key: STORAGE_KEY, value: stored };
	switch (name) {
		case 'results':
		case 'plan':
			return { name, path, storage, waitFor: 'canvas' };
		case 'shared':
			return { name, path, hash: sharedFragment(), waitFor: 'canvas' };
		case 'combine':
		case 'present':
			return { name, path, storage };
		default:
			return { name, path };
	}
}

const LIGHTHOUSE_PAGES: { page: string; path: string; seeded: boolean }[] = [
	{ page: 'home', path: '/', seeded: false },
	{ page: 'questionnaire', path: '/assess/commons/', seeded: false },
	{ page: 'results', path: '/results/', seeded: true }
];
const PRESETS: Preset[] = ['mobile', 'desktop'];

async function main(): Promise<void> {
	const loadAverageStart = loadavg();
	const errors: string[] = [];
	const budgets = readBudgets();

	let rebuilt = false;
	const problem = buildProblem();
	if (problem) {
		if (process.argv.includes('--no-build')) throw new Error(`${problem}; run npm run build`);
		log(`${problem}: running vite build…`);
		runBuild();
		rebuilt = true;
	}

	log('sizes from build/ …');
	const analysis = analyzeBuild(budgets);
	const checks = evaluateBudgets(budgets, analysis.measurements);
	for (const route of analysis.routes) {
		log(
			route.exists
				? `  ${route.name.padEnd(14)} JS ${kib(route.js.gzip).padStart(6)} KiB gz, CSS ${kib(route.css.gzip).padStart(5)} KiB gz`
				: `  ${route.name.padEnd(14)} skipped: ${route.html} does not exist`
		);
	}

	const stored = storedAssessment();
	const report: BenchReport = {
		generatedAt: new Date().toISOString(),
		wallMs: 0,
		environment: {
			node: process.version,
			lighthouse: JSON.parse(
				readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')
			).version,
			cpus: cpus().length,
			loadAverageStart,
			loadAverageEnd: []
		},
		build: { builtAt: analysis.builtAt, rebuilt, reason: problem ?? undefined },
		budgets: { file: budgets, checks, failed: failures(checks).length },
		routes: analysis.routes,
		measured: [],
		chunks: analysis.chunks,
		locales: analysis.locales,
		lighthouse: [],
		errors
	};

	let preview: Preview | undefined;
	const stop = async () => {
		await preview?.stop();
		preview = undefined;
	};
	const interrupted = () => {
		void stop().finally(() => process.exit(130));
	};
	process.once('SIGINT', interrupted);
	process.once('SIGTERM', interrupted);

	try {
		preview = await startPreview(BASE);
		const origin = preview.origin;
		log(`vite preview on ${origin}`);

		// Chromium through Playwright: measured first loads and interaction timing.
		try {
			const browser = await launchChromium();
			report.environment.chromium = browser.version();
			try {
				for (const route of analysis.routes.filter((r) => r.exists)) {
					const plan = measurementPlan(route.name, route.path, stored);
					try {
						const measured = await measureRoute(browser, origin, plan);
						report.measured.push(measured);
						log(
							`measured ${route.name.padEnd(14)} JS ${kib(measured.js.gzip).padStart(6)} KiB gz in ${measured.responses.filter((r) => r.kind === 'js').length} files, CSS ${kib(measured.css.gzip)} KiB gz${measured.problems.length ? ` (${measured.problems.length} problem(s))` : ''}`
						);
					} catch (error) {
						errors.push(`measuring ${route.name}: ${(error as Error).message}`);
						log(`measuring ${route.name} failed: ${(error as Error).message}`);
					}
				}
				log(`interaction: key presses on ${PRINCIPLE_IDS.length} questionnaire pages…`);
				try {
					const interaction = await measureInteraction(
						browser,
						origin,
						PRINCIPLE_IDS,
						STORAGE_KEY
					);
					report.interaction = interaction;
					log(
						`  ${interaction.count} presses: p50 ${interaction.updated.p50.toFixed(2)} ms, p95 ${interaction.updated.p95.toFixed(2)} ms, max ${interaction.updated.max.toFixed(2)} ms${interaction.failed ? `, ${interaction.failed} failed` : ''}`
					);
				} catch (error) {
					errors.push(`interaction: ${(error as Error).message}`);
					log(`interaction failed: ${(error as Error).message}`);
				}
			} finally {
				await browser.close();
			}
		} catch (error) {
			errors.push(`Chromium (Playwright): ${(error as Error).message}`);
			log(`Chromium failed: ${(error as Error).message}`);
		}

		// Lighthouse, one fresh Chromium per run, sequentially (2 cores).
		for (const { page, path, seeded } of LIGHTHOUSE_PAGES) {
			for (const preset of PRESETS) {
				log(`lighthouse ${page} (${preset})…`);
				const run = await runLighthouse(
					page,
					`${origin}${path}`,
					preset,
					seeded ? { url: `${origin}/favicon.svg`, key: STORAGE_KEY, value: stored } : undefined
				);
				report.lighthouse.push(run);
				log(
					run.error && !run.scores
						? `  failed: ${run.error}`
						: `  ${Object.entries(run.scores ?? {})
								.map(([id, score]) => `${id} ${score ?? '–'}`)
								.join(', ')}; LCP ${Math.round(run.metrics?.lcpMs ?? NaN)} ms, TBT ${Math.round(run.metrics?.tbtMs ?? NaN)} ms, CLS ${run.metrics?.cls.toFixed(3)} (${(run.ms / 1000).toFixed(1)} s)`
				);
			}
		}
	} catch (error) {
		errors.push((error as Error).message);
		log(`failed: ${(error as Error).message}`);
	} finally {
		await stop();
		process.removeListener('SIGINT', interrupted);
		process.removeListener('SIGTERM', interrupted);
		log('vite preview stopped');
	}

	try {
		report.link = linkReport();
	} catch (error) {
		errors.push(`share link: ${(error as Error).message}`);
	}

	report.environment.loadAverageEnd = loadavg();
	report.wallMs = Math.round(performance.now() - started);
	const dir = join(ROOT, 'bench');
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, '\t')}\n`);
	writeFileSync(join(dir, 'report.md'), renderMarkdown(report));
	log(
		`wrote bench/report.md and bench/report.json; ${report.budgets.failed} size budget(s) exceeded, ${errors.length} error(s)`
	);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
