/**
 * Size budgets: the pure part (no disk, no browser), shared by `check-budgets.ts` (the gate),
 * `bench.ts` (the report) and their unit tests.
 *
 * First-load assets of a prerendered page are computed from what the build wrote:
 * - the page's HTML: `<link rel="modulepreload">`, `<script src>`, the `import("…")` calls of
 *   SvelteKit's inline start script and `<link rel="stylesheet">`;
 * - the static import closure of those files in the Vite client manifest (SvelteKit already lists
 *   the whole closure as modulepreload links; the closure only guards against a change there);
 * - SvelteKit's root error page (client node 1), which the client imports as soon as it starts
 *   (`void default_error_loader()` in kit's client.js), on every page;
 * - for routes whose budget lists `lazyAtOnce` (dynamic imports that the page triggers as soon
 *   as it renders, such as the radar chart on the results page), the static closure of each of
 *   those dynamic imports, when the page's own node reaches it, with its CSS.
 *
 * All sizes are bytes; budgets are KiB (1024 bytes) of gzip at zlib level 6, as Vite reports it.
 */

export interface RouteBudget {
	/** The page's path, with the trailing slash (`trailingSlash: 'always'`). */
	path: string;
	/** First-load JavaScript, gzip, KiB. */
	jsGzipKiB: number;
	/** First-load CSS, gzip, KiB. */
	cssGzipKiB: number;
	/** Manifest keys of dynamic imports this page loads at once; they count as first load. */
	lazyAtOnce?: string[];
	/** Fail when Chart.js code is in the route's first load. */
	forbidChartJs?: boolean;
	/** Why the budget is what it is (shown in the report, not used by the checker). */
	note?: string;
}

export interface LighthouseTargets {
	performance: number;
	accessibility: number;
	'best-practices': number;
	seo: number;
}

export interface BudgetsFile {
	routes: Record<string, RouteBudget>;
	messages: {
		/** All message files of one locale together, gzip, KiB. */
		perLocaleGzipKiB: number;
	};
	/** Reported next to the Lighthouse scores; never gated. */
	lighthouse: { gated: false; mobile: LighthouseTargets; desktop: LighthouseTargets };
}

export interface Size {
	raw: number;
	gzip: number;
	brotli: number;
}

export const ZERO: Size = { raw: 0, gzip: 0, brotli: 0 };

export function addSizes(sizes: Iterable<Size>): Size {
	const total = { ...ZERO };
	for (const size of sizes) {
		total.raw += size.raw;
		total.gzip += size.gzip;
		total.brotli += size.brotli;
	}
	return total;
}

export const KIB = 1024;

export function kib(bytes: number): string {
	return (bytes / KIB).toFixed(1);
}

// ---------------------------------------------------------------------------------------------
// The prerendered HTML

export interface HtmlAssets {
	modulepreload: string[];
	/** `<script src>` and the targets of `import("…")` in inline scripts. */
	scripts: string[];
	stylesheets: string[];
	/** SvelteKit's `node_ids` (layout first, the page's own node last); empty when absent. */
	nodeIds: number[];
}

function attribute(tag: string, name: string): string | undefined {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Every asset a prerendered page fetches before its scripts run (in document order, unique). */
export function parseHtmlAssets(html: string): HtmlAssets {
	const modulepreload = new Set<string>();
	const stylesheets = new Set<string>();
	const scripts = new Set<string>();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
		const href = attribute(tag, 'href');
		if (!href) continue;
		if (rel.includes('modulepreload')) modulepreload.add(href);
		else if (rel.includes('stylesheet')) stylesheets.add(href);
	}
	for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
		const src = attribute(tag, 'src');
		if (src) scripts.add(src);
	}
	for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
		for (const [, , target] of body!.matchAll(/\bimport\(\s*(["'])([^"']+)\1\s*\)/g)) {
			scripts.add(target!);
		}
	}
	const ids = /node_ids:\s*\[([\d,\s]*)\]/.exec(html);
	const nodeIds = ids?.[1]?.trim()
		? ids[1]
				.split(',')
				.map((id) => Number(id.trim()))
				.filter((id) => Number.isInteger(id))
		: [];
	return {
		modulepreload: [...modulepreload],
		scripts: [...scripts],
		stylesheets: [...stylesheets],
		nodeIds
	};
}

/**
 * The path of an asset inside the build directory (`_app/immutable/…`), given the page's path
 * (`/assess/commons/`) and a reference in its HTML (`../../_app/…` or `/base/_app/…`).
 * Returns null for references to other origins.
 */
export function assetPath(pagePath: string, href: string, base = ''): string | null {
	const origin = 'http://build.invalid';
	const url = new URL(href, origin + pagePath);
	if (url.origin !== origin) return null;
	let path = decodeURIComponent(url.pathname);
	if (base && path.startsWith(`${base}/`)) path = path.slice(base.length);
	return path.replace(/^\/+/, '');
}

// ---------------------------------------------------------------------------------------------
// The Vite client manifest

export interface ManifestChunk {
	file: string;
	name?: string;
	src?: string;
	isEntry?: boolean;
	isDynamicEntry?: boolean;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
	assets?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export interface Closure {
	/** Output files (relative to the client output directory) of the JavaScript chunks. */
	js: Set<string>;
	css: Set<string>;
	/** Manifest keys of every chunk in the closure. */
	keys: Set<string>;
	/** Manifest keys of the dynamic imports the closure's chunks contain (not followed). */
	dynamicImports: Set<string>;
}

/** The static import closure of some manifest keys: their chunks, CSS and dynamic imports. */
export function staticClosure(manifest: Manifest, roots: Iterable<string>): Closure {
	const closure: Closure = {
		js: new Set(),
		css: new Set(),
		keys: new Set(),
		dynamicImports: new Set()
	};
	const pending = [...roots];
	while (pending.length > 0) {
		const key = pending.pop()!;
		if (closure.keys.has(key)) continue;
		const chunk = manifest[key];
		if (!chunk) continue;
		closure.keys.add(key);
		if (chunk.file.endsWith('.js') || chunk.file.endsWith('.mjs')) closure.js.add(chunk.file);
		else if (chunk.file.endsWith('.css')) closure.css.add(chunk.file);
		for (const css of chunk.css ?? []) closure.css.add(css);
		for (const dynamic of chunk.dynamicImports ?? []) closure.dynamicImports.add(dynamic);
		pending.push(...(chunk.imports ?? []));
	}
	return closure;
}

/** Manifest keys by output file. */
export function keysByFile(manifest: Manifest): Map<string, string> {
	const byFile = new Map<string, string>();
	for (const [key, chunk] of Object.entries(manifest)) {
		if (!byFile.has(chunk.file)) byFile.set(chunk.file, key);
	}
	return byFile;
}

/** SvelteKit's root error page: client node 1 (node 0 is the root layout). */
export const ROOT_ERROR_NODE = 1;
/** SvelteKit's client node of the root layout. */
export const ROOT_LAYOUT_NODE = 0;

/** The manifest key of SvelteKit's client node `id` (e.g. `.svelte-kit/generated/client-optimized/nodes/8.js`). */
export function nodeKey(manifest: Manifest, id: number): string | undefined {
	const suffix = `/nodes/${id}.js`;
	return Object.keys(manifest).find((key) => key.endsWith(suffix));
}

export interface FirstLoadFiles {
	/** JS and CSS from the HTML and its static closure, as build-relative paths. */
	staticJs: string[];
	staticCss: string[];
	/** What the root error node and `lazyAtOnce` add on top of the static files. */
	lazyJs: string[];
	lazyCss: string[];
	/** `lazyAtOnce` keys that the page's node does not reach (not counted). */
	unreachable: string[];
	/** Files the manifest closure added beyond the HTML's own links (normally none). */
	addedByClosure: string[];
	/** The page's own node (manifest key), when the HTML names it. */
	pageNode?: string;
}

/**
 * First-load files of one prerendered page. Manifest `file`s and the returned paths are relative
 * to the build directory (`_app/immutable/…`): adapter-static copies the client output there.
 */
export function firstLoadFiles(
	manifest: Manifest,
	pagePath: string,
	html: string,
	lazyAtOnce: readonly string[] = [],
	base = ''
): FirstLoadFiles {
	const assets = parseHtmlAssets(html);
	const resolveAll = (hrefs: string[]) =>
		hrefs.map((href) => assetPath(pagePath, href, base)).filter((p): p is string => p !== null);
	const htmlJs = new Set(resolveAll([...assets.modulepreload, ...assets.scripts]));
	const htmlCss = new Set(resolveAll(assets.stylesheets));

	const byFile = keysByFile(manifest);
	const roots = [...htmlJs].map((file) => byFile.get(file)).filter((k): k is string => !!k);
	const closure = staticClosure(manifest, roots);
	const staticJs = new Set([...htmlJs, ...closure.js]);
	const staticCss = new Set([...htmlCss, ...closure.css]);
	const addedByClosure = [...closure.js, ...closure.css].filter(
		(file) => !htmlJs.has(file) && !htmlCss.has(file)
	);

	const pageId = assets.nodeIds.at(-1);
	const pageNode = pageId === undefined ? undefined : nodeKey(manifest, pageId);
	// Dynamic imports reachable from the page's own node and the root layout's (not from the app
	// entry, whose dynamic imports are every other page): the layout reads the stored data.
	const layoutNode = nodeKey(manifest, ROOT_LAYOUT_NODE);
	const reachable = pageNode
		? staticClosure(manifest, layoutNode ? [pageNode, layoutNode] : [pageNode]).dynamicImports
		: new Set();
	const lazyJs = new Set<string>();
	const lazyCss = new Set<string>();
	const unreachable: string[] = [];
	const errorNode = pageNode ? nodeKey(manifest, ROOT_ERROR_NODE) : undefined;
	// A module that other chunks also import statically becomes a shared chunk, keyed by its
	// chunk file and named after the module: look it up by that name.
	const byName = (key: string) => {
		if (key in manifest) return key;
		const name = key.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
		return Object.keys(manifest).find((candidate) => manifest[candidate]!.name === name) ?? key;
	};
	for (const key of [...(errorNode ? [errorNode] : []), ...lazyAtOnce.map(byName)]) {
		if (key !== errorNode && !reachable.has(key)) {
			unreachable.push(key);
			continue;
		}
		const lazy = staticClosure(manifest, [key]);
		for (const file of lazy.js) if (!staticJs.has(file)) lazyJs.add(file);
		for (const file of lazy.css) if (!staticCss.has(file)) lazyCss.add(file);
	}
	return {
		staticJs: [...staticJs],
		staticCss: [...staticCss],
		lazyJs: [...lazyJs],
		lazyCss: [...lazyCss],
		unreachable,
		addedByClosure,
		pageNode
	};
}

/** Text that only Chart.js bundles contain (its radial scale id and its canvas error). */
export const CHART_JS_MARKERS = ['radialLinear', 'Failed to create chart'];

export function looksLikeChartJs(code: string): boolean {
	return CHART_JS_MARKERS.some((marker) => code.includes(marker));
}

// ---------------------------------------------------------------------------------------------
// Comparing measurements with budgets

export interface RouteSizes {
	/** False when the route's index.html is not in the build: the route is skipped. */
	exists: boolean;
	/** First-load JS including `lazyAtOnce`. */
	js: Size;
	css: Size;
	/** Chart.js code found in the first-load JS. */
	chartJs: boolean;
	/** The part of `js` that came from `lazyAtOnce`. */
	lazyJs?: Size;
}

export interface Measurements {
	routes: Record<string, RouteSizes>;
	/** All message files of each locale. */
	locales: Record<string, Size>;
}

export type Status = 'pass' | 'fail' | 'skipped';

export interface Check {
	subject: string;
	metric: string;
	/** Bytes, or null for yes/no checks and skipped routes. */
	actual: number | null;
	/** Bytes, or null for yes/no checks. */
	limit: number | null;
	status: Status;
	note?: string;
}

export function evaluateBudgets(budgets: BudgetsFile, measured: Measurements): Check[] {
	const checks: Check[] = [];
	const bytes = (kibLimit: number) => Math.round(kibLimit * KIB);
	for (const [name, budget] of Object.entries(budgets.routes)) {
		const sizes = measured.routes[name];
		if (!sizes || !sizes.exists) {
			checks.push({
				subject: name,
				metric: 'route',
				actual: null,
				limit: null,
				status: 'skipped',
				note: `no prerendered page for ${budget.path}`
			});
			continue;
		}
		const lazyNote =
			sizes.lazyJs && sizes.lazyJs.gzip > 0
				? `incl. ${kib(sizes.lazyJs.gzip)} KiB loaded at once by import()`
				: undefined;
		checks.push(
			limitCheck(name, 'first-load JS gzip', sizes.js.gzip, bytes(budget.jsGzipKiB), lazyNote)
		);
		checks.push(limitCheck(name, 'first-load CSS gzip', sizes.css.gzip, bytes(budget.cssGzipKiB)));
		if (budget.forbidChartJs) {
			checks.push({
				subject: name,
				metric: 'no Chart.js in first load',
				actual: null,
				limit: null,
				status: sizes.chartJs ? 'fail' : 'pass',
				note: sizes.chartJs ? 'Chart.js code is in the first load' : undefined
			});
		}
	}
	const localeLimit = bytes(budgets.messages.perLocaleGzipKiB);
	for (const [locale, size] of Object.entries(measured.locales).sort(([a], [b]) =>
		a.localeCompare(b)
	)) {
		checks.push(limitCheck(`messages ${locale}`, 'all files gzip', size.gzip, localeLimit));
	}
	return checks;
}

function limitCheck(
	subject: string,
	metric: string,
	actual: number,
	limit: number,
	note?: string
): Check {
	return { subject, metric, actual, limit, status: actual <= limit ? 'pass' : 'fail', note };
}

export function failures(checks: readonly Check[]): Check[] {
	return checks.filter((check) => check.status === 'fail');
}

/** A plain-text table of the checks (for the terminal). */
export function formatChecks(checks: readonly Check[]): string {
	const rows = checks.map((check) => [
		check.status === 'fail' ? 'FAIL' : check.status === 'skipped' ? 'skip' : 'ok',
		check.subject,
		check.metric,
		check.actual === null ? (check.status === 'skipped' ? '–' : 'yes/no') : kib(check.actual),
		check.limit === null ? '' : kib(check.limit),
		check.actual !== null && check.limit !== null
			? `${Math.round((check.actual / check.limit) * 100)}%`
			: '',
		check.note ?? ''
	]);
	const header = ['', 'subject', 'metric', 'KiB', 'budget', 'used', 'note'];
	const right = new Set([3, 4, 5]);
	const widths = header.map((title, i) =>
		Math.max(title.length, ...rows.map((row) => row[i]!.length))
	);
	const line = (cells: string[]) =>
		cells
			.map((cell, i) => (right.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
			.join('  ')
			.trimEnd();
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Loose validation of bench/budgets.json, so a typo fails loudly instead of passing silently. */
export function parseBudgets(data: unknown): BudgetsFile {
	const fail = (message: string): never => {
		throw new Error(`bench/budgets.json: ${message}`);
	};
	const isObject = (value: unknown): value is Record<string, unknown> =>
		typeof value === 'object' && value !== null && !Array.isArray(value);
	const positive = (value: unknown, where: string) => {
		if (typeof value !== 'number' || !(value > 0)) fail(`${where} must be a positive number`);
	};
	if (!isObject(data)) return fail('not an object');
	if (!isObject(data.routes) || Object.keys(data.routes).length === 0) fail('routes missing');
	for (const [name, route] of Object.entries(data.routes as Record<string, unknown>)) {
		if (!isObject(route)) return fail(`routes.${name} is not an object`);
		if (typeof route.path !== 'string' || !route.path.startsWith('/') || !route.path.endsWith('/'))
			fail(`routes.${name}.path must start and end with "/"`);
		positive(route.jsGzipKiB, `routes.${name}.jsGzipKiB`);
		positive(route.cssGzipKiB, `routes.${name}.cssGzipKiB`);
		if (
			route.lazyAtOnce !== undefined &&
			!(Array.isArray(route.lazyAtOnce) && route.lazyAtOnce.every((k) => typeof k === 'string'))
		)
			fail(`routes.${name}.lazyAtOnce must be a list of manifest keys`);
	}
	if (!isObject(data.messages)) return fail('messages missing');
	positive(data.messages.perLocaleGzipKiB, 'messages.perLocaleGzipKiB');
	if (!isObject(data.lighthouse)) fail('lighthouse missing');
	return data as unknown as BudgetsFile;
}
