/**
 * The performance bench: writes bench/report.md and bench/report.json (both git-ignored).
 *
 *   npx tsx scripts/bench.ts             builds first when build/ is missing or older than its sources
 *   npx tsx scripts/bench.ts --no-build  measures build/ as it is
 *
 * 1. Sizes from the build on disk per route (static first load, as `check:budgets` gates it),
 *    the largest chunks and every locale's message files.
 * 2. a static server (scripts/serve-static.js) of the build on a port of its own (4199, or any free port), then in Chromium:
 *    every JS/CSS file each route really fetches until the network is idle (results, plan and the
 *    combine/present pages with a stored assessment, the shared view with a link fragment), and
 *    ≥ 200 key presses in the questionnaire, each timed until saved and shown.
 * 3. Paint timings observed under real mobile throttling (paint.ts): FCP, LCP, ready and blocked
 *    main-thread time on home, questionnaire and results, three runs each.
 * 4. Lighthouse (mobile and desktop) on home, questionnaire and results (with stored data),
 *    served plain; mobile again served by nginx with deploy/nginx.conf (gzip, brotli where the
 *    module is installed, the production headers), when nginx is installed. Three rounds (every
 *    page and setup once per round, so a busy moment of the machine does not hit one setup only);
 *    the report gives each run and the median per page and setup.
 * 5. Share-link lengths from scripts/bench-link.ts.
 *
 * Everything after the build reads a frozen copy of it (snapshot.ts), so a build started meanwhile
 * cannot mix two builds into one report. A failing step is recorded in the report and the rest
 * still runs; the report is written in any case. Exit code 0 when it measured the build (budgets
 * exceeded or not: the size gate is `npm run check:budgets`), 1 when there was nothing to measure.
 */
import type { Browser } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { PRINCIPLE_IDS } from '$lib/framework';
import { linkReport } from './bench-link.ts';
import { evaluateBudgets, failures, kib, type BudgetsFile } from './budgets.ts';
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
	runBuild,
	type BuildAnalysis
} from './bench/build-output.ts';
import { sharedFragment, STORAGE_KEY, storedAssessment, workshopSession } from './bench/fixture.ts';
import { runLighthouse, type Preset, type Server } from './bench/lighthouse.ts';
import { measurePaint } from './bench/paint.ts';
import { freePort, startPreview, type Preview } from './bench/preview.ts';
import { renderMarkdown, type BenchReport } from './bench/report.ts';
import { snapshotBuild, type BuildSnapshot } from './bench/snapshot.ts';
import { findNginx, nginxVersion, startNginx, type NginxServer } from './nginx/site.ts';

const started = performance.now();
const option = (name: string) => {
	const index = process.argv.indexOf(name);
	return index >= 0 ? process.argv[index + 1] : undefined;
};
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s`;
const log = (message: string) => console.log(`[${elapsed()}] ${message}`);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** How each route is loaded for the measured first load. */
function measurementPlan(
	name: string,
	path: string,
	stored: string,
	workshop: { key: string; value: string } | null
): RouteToMeasure {
	const assessment = { key: STORAGE_KEY, value: stored };
	switch (name) {
		case 'results':
		case 'plan':
			return { name, path, storage: [assessment], waitFor: 'canvas' };
		case 'shared':
			return { name, path, hash: sharedFragment(), waitFor: 'canvas' };
		case 'combine':
			return workshop
				? { name, path, storage: [assessment, workshop], waitFor: 'canvas' }
				: { name, path, storage: [assessment] };
		case 'present':
			return { name, path, storage: [assessment] };
		default:
			return { name, path };
	}
}

const LIGHTHOUSE_PAGES: { page: string; path: string; seeded: boolean }[] = [
	{ page: 'home', path: '/', seeded: false },
	{ page: 'questionnaire', path: '/en/assess/commons/', seeded: false },
	{ page: 'results', path: '/en/results/', seeded: true }
];
/** Paired per page, so that a run cut short still compares the two servers. */
const LIGHTHOUSE_RUNS: { preset: Preset; server: Server }[] = [
	{ preset: 'mobile', server: 'plain' },
	{ preset: 'mobile', server: 'nginx' },
	{ preset: 'desktop', server: 'plain' }
];
/** Lighthouse rounds (`--rounds N`, default 3): the report's medians are over these. */
const LIGHTHOUSE_ROUNDS = Math.max(1, Number(option('--rounds') ?? 3) || 3);
/**
 * Time budget (the bench must finish within 10 minutes on 2 cores; a normal run takes about 7):
 * failed Lighthouse runs are retried once only before RETRY_UNTIL_MS, and when a hanging step
 * has used up the time, the remaining route measurements and Lighthouse runs are skipped and
 * reported as such.
 */
const RETRY_UNTIL_MS = 480_000;
const ROUTES_UNTIL_MS = 120_000;
const PAINT_UNTIL_MS = 150_000;
const LIGHTHOUSE_UNTIL_MS = 560_000;

function emptyReport(budgets: BudgetsFile): BenchReport {
	return {
		generatedAt: new Date().toISOString(),
		wallMs: 0,
		environment: {
			node: process.version,
			lighthouse: JSON.parse(
				readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')
			).version,
			cpus: cpus().length,
			loadAverageStart: loadavg(),
			loadAverageEnd: []
		},
		build: { rebuilt: false },
		budgets: { file: budgets, checks: [], failed: 0 },
		routes: [],
		measured: [],
		chunks: [],
		locales: [],
		lighthouse: [],
		paint: [],
		errors: []
	};
}

/** Builds when needed; a failed build is reported, and the previous build measured if complete. */
function ensureBuild(report: BenchReport): void {
	const problem = buildProblem();
	if (!problem) return;
	report.build.reason = problem;
	if (process.argv.includes('--no-build')) {
		report.errors.push(`${problem}, and --no-build was given: measuring build/ as it is`);
		return;
	}
	log(`${problem}: running vite build…`);
	try {
		runBuild();
		report.build.rebuilt = true;
	} catch (error) {
		report.errors.push(`${message(error)}: measuring the previous build, if it is complete`);
		log(`${message(error)}; trying the previous build`);
	}
}

function staticSizes(report: BenchReport, budgets: BudgetsFile, snapshot: BuildSnapshot) {
	log(`sizes from a copy of build/ (${snapshot.dir})…`);
	const analysis = analyzeBuild(budgets, snapshot);
	const checks = evaluateBudgets(budgets, analysis.measurements);
	Object.assign(report, {
		routes: analysis.routes,
		chunks: analysis.chunks,
		locales: analysis.locales,
		budgets: { file: budgets, checks, failed: failures(checks).length }
	});
	report.build.builtAt = analysis.builtAt;
	for (const route of analysis.routes) {
		log(
			route.exists
				? `  ${route.name.padEnd(14)} JS ${kib(route.js.gzip).padStart(6)} KiB gz, CSS ${kib(route.css.gzip).padStart(5)} KiB gz`
				: `  ${route.name.padEnd(14)} skipped: ${route.html} does not exist`
		);
	}
	return analysis;
}

async function inChromium(
	report: BenchReport,
	analysis: BuildAnalysis,
	origin: string,
	snapshot: BuildSnapshot,
	stored: string
) {
	const workshop = await workshopSession();
	if (!workshop)
		report.errors.push('could not make a workshop session: combine measured without participants');
	const browser = await launchChromium();
	report.environment.chromium = browser.version();
	try {
		for (const route of analysis.routes.filter((r) => r.exists)) {
			if (performance.now() - started > ROUTES_UNTIL_MS) {
				report.errors.push(`measuring ${route.name}: skipped, out of time`);
				continue;
			}
			try {
				const plan = measurementPlan(route.name, route.path, stored, workshop);
				const measured = await measureRoute(browser, origin, plan, snapshot.build);
				report.measured.push(measured);
				const files = measured.responses.filter((r) => r.kind === 'js').length;
				log(
					`measured ${route.name.padEnd(14)} JS ${kib(measured.js.gzip).padStart(6)} KiB gz in ${files} files, CSS ${kib(measured.css.gzip)} KiB gz` +
						(measured.problems.length ? ` (${measured.problems.length} problem(s))` : '')
				);
			} catch (error) {
				report.errors.push(`measuring ${route.name}: ${message(error)}`);
				log(`measuring ${route.name} failed: ${message(error)}`);
			}
		}
		await paintTimings(report, browser, origin, stored);
		log(`interaction: key presses on ${PRINCIPLE_IDS.length} questionnaire pages…`);
		try {
			const result = await measureInteraction(browser, origin, PRINCIPLE_IDS, STORAGE_KEY);
			report.interaction = result;
			const { p50, p95, max } = result.updated;
			log(
				`  ${result.count} presses: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${max.toFixed(2)} ms` +
					(result.failed ? `, ${result.failed} failed` : '')
			);
		} catch (error) {
			report.errors.push(`interaction: ${message(error)}`);
			log(`interaction failed: ${message(error)}`);
		}
	} finally {
		await browser.close();
	}
}

/** The Lighthouse pages, loaded under real mobile throttling (see scripts/bench/paint.ts). */
async function paintTimings(report: BenchReport, browser: Browser, origin: string, stored: string) {
	for (const { page, path, seeded } of LIGHTHOUSE_PAGES) {
		if (performance.now() - started > PAINT_UNTIL_MS) {
			report.errors.push(`paint timings of ${page}: skipped, out of time`);
			continue;
		}
		try {
			const result = await measurePaint(browser, origin, {
				page,
				path,
				...(seeded ? { storage: [{ key: STORAGE_KEY, value: stored }], waitFor: 'canvas' } : {})
			});
			report.paint.push(result);
			log(
				`paint ${page.padEnd(14)} FCP ${Math.round(result.fcp.p50)} ms, LCP ${Math.round(result.lcp.p50)} ms, ready ${Math.round(result.ready.p50)} ms, blocked ${Math.round(result.blocking.p50)} ms (median of ${result.runs})`
			);
		} catch (error) {
			report.errors.push(`paint timings of ${page}: ${message(error)}`);
			log(`paint timings of ${page} failed: ${message(error)}`);
		}
	}
}

async function lighthouseRuns(
	report: BenchReport,
	origins: Partial<Record<Server, string>>,
	stored: string
) {
	// One fresh Chromium per run, one run at a time (2 cores).
	for (let round = 1; round <= LIGHTHOUSE_ROUNDS; round++) {
		for (const { page, path, seeded } of LIGHTHOUSE_PAGES) {
			for (const { preset, server } of LIGHTHOUSE_RUNS) {
				const origin = origins[server];
				if (!origin) continue;
				const name = `lighthouse ${page} (${preset}, ${server}, round ${round})`;
				if (performance.now() - started > LIGHTHOUSE_UNTIL_MS) {
					report.errors.push(`${name}: skipped, out of time`);
					continue;
				}
				log(`${name}…`);
				const seed = seeded
					? { url: `${origin}/favicon.svg`, key: STORAGE_KEY, value: stored }
					: undefined;
				const url = `${origin}${path}`;
				let run = await runLighthouse(page, url, preset, server, seed, round);
				const failed = run.error ?? (run.scores?.performance == null ? 'no performance score' : '');
				if (failed && performance.now() - started < RETRY_UNTIL_MS) {
					log(`  ${failed}; retrying once…`);
					run = await runLighthouse(page, url, preset, server, seed, round);
					run.warnings.unshift(`first attempt failed: ${failed}`);
				}
				report.lighthouse.push(run);
				if (run.error && !run.scores) {
					log(`  failed: ${run.error}`);
					continue;
				}
				const scores = Object.entries(run.scores ?? {})
					.map(([id, score]) => `${id} ${score ?? '–'}`)
					.join(', ');
				const m = run.metrics;
				log(
					`  ${scores}; LCP ${Math.round(m?.lcpMs ?? NaN)} ms, TBT ${Math.round(m?.tbtMs ?? NaN)} ms, CLS ${m?.cls.toFixed(3)}, ${kib(m?.transferBytes ?? NaN)} KiB sent (${(run.ms / 1000).toFixed(1)} s)`
				);
			}
		}
	}
}

/** nginx with deploy/nginx.conf serving the snapshot, when nginx is installed (root builds only). */
async function productionServer(
	report: BenchReport,
	snapshot: BuildSnapshot
): Promise<NginxServer | undefined> {
	if (!findNginx()) {
		report.environment.nginx = 'not installed: measured with the plain server only';
		log('nginx is not installed: Lighthouse runs against the plain server only');
		return undefined;
	}
	if (BASE) {
		report.environment.nginx = `not used: deploy/nginx.conf serves a build at the root, not under ${BASE}`;
		return undefined;
	}
	try {
		const server = await startNginx(snapshot.build, await freePort(4198));
		report.environment.nginx = `${nginxVersion() ?? 'nginx'}, ${server.brotli ? 'gzip and brotli' : 'gzip only (no brotli module)'}`;
		log(`nginx on ${server.origin} (${report.environment.nginx})`);
		return server;
	} catch (error) {
		report.errors.push(`nginx: ${message(error)}`);
		log(`nginx failed: ${message(error)}`);
		return undefined;
	}
}

async function measure(report: BenchReport, budgets: BudgetsFile): Promise<void> {
	ensureBuild(report);
	const snapshot = await snapshotBuild(log);
	let preview: Preview | undefined;
	let nginx: NginxServer | undefined;
	const cleanUp = async () => {
		await Promise.all([preview?.stop(), nginx?.stop()]);
		preview = undefined;
		nginx = undefined;
		snapshot.remove();
	};
	const interrupted = () => void cleanUp().finally(() => process.exit(130));
	process.once('SIGINT', interrupted);
	process.once('SIGTERM', interrupted);
	try {
		const analysis = staticSizes(report, budgets, snapshot);
		const stored = storedAssessment();
		preview = await startPreview(snapshot.dir, BASE);
		log(`static server on ${preview.origin}`);
		nginx = await productionServer(report, snapshot);
		try {
			await inChromium(report, analysis, preview.origin, snapshot, stored);
		} catch (error) {
			report.errors.push(`Chromium (Playwright): ${message(error)}`);
			log(`Chromium failed: ${message(error)}`);
		}
		await lighthouseRuns(report, { plain: preview.origin, nginx: nginx?.origin }, stored);
	} finally {
		await cleanUp();
		process.removeListener('SIGINT', interrupted);
		process.removeListener('SIGTERM', interrupted);
		log('servers stopped, build copy removed');
	}
}

async function main(): Promise<number> {
	const budgets = readBudgets();
	const report = emptyReport(budgets);
	try {
		await measure(report, budgets);
	} catch (error) {
		report.errors.push(message(error));
		log(`failed: ${message(error)}`);
	}
	try {
		report.link = linkReport();
	} catch (error) {
		report.errors.push(`share link: ${message(error)}`);
	}
	report.environment.loadAverageEnd = loadavg();
	report.wallMs = Math.round(performance.now() - started);
	const dir = join(ROOT, 'bench');
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, '\t')}\n`);
	writeFileSync(join(dir, 'report.md'), renderMarkdown(report));
	log(
		`wrote bench/report.md and bench/report.json: ${report.budgets.failed} size budget(s) exceeded, ${report.errors.length} error(s)`
	);
	return report.routes.length > 0 ? 0 : 1;
}

main().then(
	(code) => (process.exitCode = code),
	(error) => {
		console.error(message(error));
		process.exitCode = 1;
	}
);
