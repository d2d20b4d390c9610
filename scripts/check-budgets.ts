/**
 * The size gate: compares the production build on disk with bench/budgets.json and exits 1 when
 * any budget is exceeded (or Chart.js is in the first load of a route that forbids it).
 *
 *   npx tsx scripts/check-budgets.ts            builds first when build/ is missing or older than
 *                                               its sources (src/, static/, configs, lockfile)
 *   npx tsx scripts/check-budgets.ts --no-build never builds; exits 2 when build/ is not usable
 *
 * Sizes only, no browser: first-load JS and CSS per route come from the prerendered HTML
 * (modulepreload, scripts, stylesheets) plus, where the budget lists `lazyAtOnce`, the closure
 * of those dynamic imports in the client manifest. Gzip is zlib level 6, as Vite reports it.
 * The measured numbers (what a browser really fetches) and Lighthouse are in `npm run bench`.
 */
import {
	analyzeBuild,
	buildProblem,
	measureBrotli,
	readBudgets,
	runBuild
} from './bench/build-output.ts';
import { evaluateBudgets, failures, formatChecks } from './budgets.ts';

function main(): number {
	const noBuild = process.argv.includes('--no-build');
	const problem = buildProblem();
	if (problem) {
		if (noBuild) {
			console.error(`check-budgets: ${problem}; run \`npm run build\` first.`);
			return 2;
		}
		console.log(`check-budgets: ${problem}; running vite build…`);
		runBuild();
	}
	const budgets = readBudgets();
	measureBrotli(false);
	const analysis = analyzeBuild(budgets);
	const checks = evaluateBudgets(budgets, analysis.measurements);
	console.log(`Size budgets (gzip level 6, KiB = 1024 B; build of ${analysis.builtAt})\n`);
	console.log(formatChecks(checks));

	const notes: string[] = [];
	for (const route of analysis.routes) {
		if (!route.files) continue;
		for (const key of route.files.unreachable) {
			notes.push(`${route.name}: lazyAtOnce ${key} is not imported by the page; not counted`);
		}
		if (route.files.addedByClosure.length > 0) {
			notes.push(
				`${route.name}: the manifest closure adds files the HTML does not preload: ${route.files.addedByClosure.join(', ')}`
			);
		}
		if (route.missing.length > 0) {
			notes.push(`${route.name}: referenced but not in build/: ${route.missing.join(', ')}`);
		}
		if (route.chartJsFiles.length > 0) {
			const forbidden = budgets.routes[route.name]?.forbidChartJs;
			notes.push(
				`${route.name}: Chart.js ${forbidden ? '(forbidden here)' : '(counted)'} in ${route.chartJsFiles.join(', ')}`
			);
		}
	}
	if (notes.length > 0) console.log(`\n${notes.join('\n')}`);

	const failed = failures(checks);
	if (failed.length > 0) {
		console.error(`\n${failed.length} budget(s) exceeded.`);
		return 1;
	}
	console.log('\nAll size budgets met.');
	return 0;
}

try {
	process.exitCode = main();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 2;
}
