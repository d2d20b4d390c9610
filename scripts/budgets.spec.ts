import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	assetPath,
	evaluateBudgets,
	failures,
	firstLoadFiles,
	formatChecks,
	looksLikeChartJs,
	parseBudgets,
	parseHtmlAssets,
	type BudgetsFile,
	type Manifest,
	type Measurements,
	type Size
} from './budgets';

const KIB = 1024;
const size = (gzipKiB: number): Size => ({
	raw: gzipKiB * 3 * KIB,
	gzip: gzipKiB * KIB,
	brotli: gzipKiB * 0.9 * KIB
});

const budgets: BudgetsFile = {
	routes: {
		home: { path: '/', jsGzipKiB: 70, cssGzipKiB: 4, forbidChartJs: true },
		results: {
			path: '/results/',
			jsGzipKiB: 130,
			cssGzipKiB: 6,
			lazyAtOnce: ['src/lib/components/RadarChart.svelte']
		},
		combine: { path: '/combine/', jsGzipKiB: 130, cssGzipKiB: 6 }
	},
	messages: { perLocaleGzipKiB: 45 },
	lighthouse: {
		gated: false,
		mobile: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
		desktop: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }
	}
};

function withinBudget(): Measurements {
	return {
		routes: {
			home: { exists: true, js: size(65), css: size(3), chartJs: false },
			results: { exists: true, js: size(125), css: size(4), chartJs: true, lazyJs: size(55) },
			combine: { exists: false, js: size(0), css: size(0), chartJs: false }
		},
		locales: { en: size(32), de: size(30) }
	};
}

describe('evaluateBudgets', () => {
	it('passes when every size is within its budget, and skips routes that are not built', () => {
		const checks = evaluateBudgets(budgets, withinBudget());
		expect(failures(checks)).toEqual([]);
		expect(checks.find((c) => c.subject === 'combine')?.status).toBe('skipped');
		// Chart.js on the results page is fine: only home forbids it.
		expect(checks.filter((c) => c.metric === 'no Chart.js in first load')).toHaveLength(1);
	});

	it('fails when first-load JS exceeds the budget, by one byte', () => {
		const measured = withinBudget();
		measured.routes.home!.js = { ...size(70), gzip: 70 * KIB + 1 };
		const failed = failures(evaluateBudgets(budgets, measured));
		expect(failed).toHaveLength(1);
		expect(failed[0]).toMatchObject({
			subject: 'home',
			metric: 'first-load JS gzip',
			limit: 70 * KIB,
			status: 'fail'
		});
	});

	it('passes at exactly the budget', () => {
		const measured = withinBudget();
		measured.routes.results!.js = size(130);
		expect(failures(evaluateBudgets(budgets, measured))).toEqual([]);
	});

	it('fails on CSS, on a locale and on Chart.js where it is forbidden', () => {
		const measured = withinBudget();
		measured.routes.results!.css = size(7);
		measured.locales.de = size(46);
		measured.routes.home!.chartJs = true;
		const failed = failures(evaluateBudgets(budgets, measured)).map(
			(c) => `${c.subject}: ${c.metric}`
		);
		expect(failed).toEqual([
			'home: no Chart.js in first load',
			'results: first-load CSS gzip',
			'messages de: all files gzip'
		]);
	});

	it('prints a table that names the failure', () => {
		const measured = withinBudget();
		measured.routes.results!.js = size(140);
		const table = formatChecks(evaluateBudgets(budgets, measured));
		expect(table).toMatch(/FAIL\s+results\s+first-load JS gzip\s+140\.0\s+130\.0\s+108%/);
		expect(table).toMatch(/skip\s+combine/);
	});
});

describe('first-load files', () => {
	const manifest: Manifest = {
		'node_modules/@sveltejs/kit/src/runtime/client/entry.js': {
			file: '_app/immutable/entry/start.A.js',
			isEntry: true,
			imports: ['_client.js']
		},
		'.svelte-kit/generated/client-optimized/app.js': {
			file: '_app/immutable/entry/app.B.js',
			isEntry: true,
			imports: ['_runtime.js'],
			dynamicImports: [
				'.svelte-kit/generated/client-optimized/nodes/0.js',
				'.svelte-kit/generated/client-optimized/nodes/2.js'
			]
		},
		'.svelte-kit/generated/client-optimized/nodes/0.js': {
			file: '_app/immutable/nodes/0.C.js',
			isEntry: true,
			imports: ['_runtime.js'],
			css: ['_app/immutable/assets/0.css']
		},
		'.svelte-kit/generated/client-optimized/nodes/2.js': {
			file: '_app/immutable/nodes/2.D.js',
			isEntry: true,
			imports: ['_runtime.js', '_share.js'],
			dynamicImports: ['src/lib/components/RadarChart.svelte'],
			css: ['_app/immutable/assets/2.css']
		},
		// The root error page: the client imports it at start on every page.
		'.svelte-kit/generated/client-optimized/nodes/1.js': {
			file: '_app/immutable/nodes/1.E.js',
			isEntry: true,
			imports: ['_runtime.js']
		},
		'_client.js': { file: '_app/immutable/chunks/client.js', imports: ['_runtime.js'] },
		'_runtime.js': { file: '_app/immutable/chunks/runtime.js' },
		'_share.js': { file: '_app/immutable/chunks/share.js', imports: ['_qr.js'] },
		// Not preloaded by the HTML: the manifest closure must add it.
		'_qr.js': { file: '_app/immutable/chunks/qr.js' },
		'src/lib/components/RadarChart.svelte': {
			file: '_app/immutable/chunks/chart.js',
			isDynamicEntry: true,
			imports: ['_runtime.js', '_color.js'],
			css: ['_app/immutable/assets/RadarChart.css']
		},
		'_color.js': { file: '_app/immutable/chunks/color.js' }
	};
	const html = `<!doctype html><html><head>
		<link href="../_app/immutable/entry/start.A.js" rel="modulepreload">
		<link rel="modulepreload" href="../_app/immutable/chunks/client.js">
		<link href="../_app/immutable/chunks/runtime.js" rel="modulepreload">
		<link href="../_app/immutable/entry/app.B.js" rel="modulepreload">
		<link href="../_app/immutable/nodes/0.C.js" rel="modulepreload">
		<link href="../_app/immutable/nodes/2.D.js" rel="modulepreload">
		<link href="../_app/immutable/chunks/share.js" rel="modulepreload">
		<link href="../favicon.svg" rel="icon">
		<link href="../_app/immutable/assets/0.css" rel="stylesheet">
		<link href="../_app/immutable/assets/2.css" rel="stylesheet">
		<link href="https://example.org/x.css" rel="stylesheet">
	</head><body><div><script>
		Promise.all([
			import("../_app/immutable/entry/start.A.js"),
			import("../_app/immutable/entry/app.B.js")
		]).then(([kit, app]) => kit.start(app, element, { node_ids: [0, 2], data: [null,null] }));
	</script></div></body></html>`;

	it('reads preloads, entry imports, stylesheets and node ids from the HTML', () => {
		const assets = parseHtmlAssets(html);
		expect(assets.modulepreload).toHaveLength(7);
		expect(assets.scripts).toEqual([
			'../_app/immutable/entry/start.A.js',
			'../_app/immutable/entry/app.B.js'
		]);
		expect(assets.stylesheets).toEqual([
			'../_app/immutable/assets/0.css',
			'../_app/immutable/assets/2.css',
			'https://example.org/x.css'
		]);
		expect(assets.nodeIds).toEqual([0, 2]);
	});

	it('resolves references against the page path, with and without a base path', () => {
		expect(assetPath('/results/', '../_app/immutable/x.js')).toBe('_app/immutable/x.js');
		expect(assetPath('/assess/commons/', '../../_app/immutable/x.js')).toBe('_app/immutable/x.js');
		expect(assetPath('/cc/results/', '/cc/_app/immutable/x.js', '/cc')).toBe('_app/immutable/x.js');
		expect(assetPath('/results/', 'https://example.org/x.css')).toBeNull();
	});

	it('counts the HTML, its manifest closure and the lazy chart the page imports at once', () => {
		const files = firstLoadFiles(manifest, '/results/', html, [
			'src/lib/components/RadarChart.svelte'
		]);
		expect(files.pageNode).toBe('.svelte-kit/generated/client-optimized/nodes/2.js');
		expect(files.staticJs.sort()).toEqual(
			[
				'_app/immutable/entry/start.A.js',
				'_app/immutable/entry/app.B.js',
				'_app/immutable/chunks/client.js',
				'_app/immutable/chunks/runtime.js',
				'_app/immutable/nodes/0.C.js',
				'_app/immutable/nodes/2.D.js',
				'_app/immutable/chunks/share.js',
				'_app/immutable/chunks/qr.js'
			].sort()
		);
		expect(files.addedByClosure).toEqual(['_app/immutable/chunks/qr.js']);
		expect(files.staticCss.sort()).toEqual([
			'_app/immutable/assets/0.css',
			'_app/immutable/assets/2.css'
		]);
		// runtime.js is already static: only the error node and the chart's own chunks are added.
		expect(files.lazyJs.sort()).toEqual([
			'_app/immutable/chunks/chart.js',
			'_app/immutable/chunks/color.js',
			'_app/immutable/nodes/1.E.js'
		]);
		expect(files.lazyCss).toEqual(['_app/immutable/assets/RadarChart.css']);
		expect(files.unreachable).toEqual([]);
	});

	it('does not count dynamic imports that the page does not list or does not reach', () => {
		expect(firstLoadFiles(manifest, '/results/', html).lazyJs).toEqual([
			'_app/immutable/nodes/1.E.js'
		]);
		const home = html.replace('node_ids: [0, 2]', 'node_ids: [0]');
		const files = firstLoadFiles(manifest, '/', home, ['src/lib/components/RadarChart.svelte']);
		expect(files.lazyJs).toEqual(['_app/immutable/nodes/1.E.js']);
		expect(files.unreachable).toEqual(['src/lib/components/RadarChart.svelte']);
	});
});

describe('Chart.js detection', () => {
	it('recognises the radial scale of a Chart.js bundle and nothing else', () => {
		expect(looksLikeChartJs('class t extends e{static id=`radialLinear`;}')).toBe(true);
		expect(looksLikeChartJs('export const radar = "svg";')).toBe(false);
	});
});

describe('bench/budgets.json', () => {
	const file = parseBudgets(
		JSON.parse(readFileSync(new URL('../bench/budgets.json', import.meta.url), 'utf8'))
	);

	it('holds the agreed budgets', () => {
		expect(file.routes.home).toMatchObject({ jsGzipKiB: 66, forbidChartJs: true });
		expect(file.routes.questionnaire).toMatchObject({
			path: '/en/assess/commons/',
			jsGzipKiB: 66.5,
			forbidChartJs: true
		});
		// Before the page is idle; the chart follows (results-with-chart counts both).
		expect(file.routes.results).toMatchObject({
			jsGzipKiB: 87,
			lazyAtOnce: ['src/lib/storage/envelope-schema.ts']
		});
		expect(file.routes['results-with-chart']).toMatchObject({
			lazyAtOnce: ['src/lib/components/RadarChart.svelte', 'src/lib/storage/envelope-schema.ts']
		});
		expect(file.messages.perLocaleGzipKiB).toBe(30);
		expect(file.lighthouse).toMatchObject({ gated: false, mobile: { performance: 98 } });
	});

	it('rejects a budget file with a typo instead of passing silently', () => {
		expect(() =>
			parseBudgets({ ...file, routes: { home: { path: '/', jsGzipKb: 70, cssGzipKiB: 4 } } })
		).toThrow(/jsGzipKiB/);
	});
});
