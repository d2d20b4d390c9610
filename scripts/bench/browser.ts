/**
 * Measurements in Chromium through Playwright: what each route really fetches on first load, and
 * how long a key press in the questionnaire takes until the answer is saved and shown.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { addSizes, looksLikeChartJs, ZERO, type Size } from '../budgets.ts';
import { BASE, buildFileSize, sizeOf } from './build-output.ts';

/** Debian's Chromium, as in playwright.config.ts (CHROMIUM_PATH overrides it). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Without the background-networking flags Chromium tries to reach Google's servers at start. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined,
		args: CHROMIUM_ARGS
	});
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`; functions
 * passed to page.evaluate then reference a helper the page does not have. Define it there.
 */
export async function newContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
	return context;
}

export async function seedStorage(
	context: BrowserContext,
	entries: { key: string; value: string }[]
) {
	await context.addInitScript((items) => {
		// Only before the app's first load in this context: later navigations keep what it saved.
		if (sessionStorage.getItem('bench-seeded') === null) {
			for (const { key, value } of items) localStorage.setItem(key, value);
			sessionStorage.setItem('bench-seeded', '1');
		}
	}, entries);
}

export async function waitForHydration(page: Page, timeout = 10_000) {
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached', timeout });
}

/** Resolves once no request has been in flight for `quietMs` (or after `maxMs`). */
function networkIdle(page: Page) {
	let inFlight = 0;
	let lastActivity = Date.now();
	const start = () => {
		inFlight++;
		lastActivity = Date.now();
	};
	const end = () => {
		inFlight = Math.max(0, inFlight - 1);
		lastActivity = Date.now();
	};
	page.on('request', start);
	page.on('requestfinished', end);
	page.on('requestfailed', end);
	return {
		async wait(quietMs = 500, maxMs = 10_000): Promise<boolean> {
			const deadline = Date.now() + maxMs;
			while (Date.now() < deadline) {
				if (inFlight === 0 && Date.now() - lastActivity >= quietMs) return true;
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			return false;
		}
	};
}

export type ResourceKind = 'js' | 'css' | 'messages' | 'other';

export interface MeasuredResponse {
	url: string;
	/** Path inside build/ when the file is there (its sizes are then read from disk). */
	file: string | null;
	kind: ResourceKind;
	status: number;
	size: Size;
}

export interface RouteMeasurement {
	name: string;
	url: string;
	seeded: boolean;
	responses: MeasuredResponse[];
	js: Size;
	css: Size;
	/** JSON message files fetched (the active locale's catalogue). */
	messages: Size;
	chartJs: boolean;
	/** Whether the network went quiet before the time limit. */
	idle: boolean;
	/** Waited-for selector that never appeared, page errors and console errors. */
	problems: string[];
	ms: number;
}

export interface RouteToMeasure {
	name: string;
	/** Path with the trailing slash, plus an optional fragment. */
	path: string;
	hash?: string;
	/** localStorage entries written before the first load. */
	storage?: { key: string; value: string }[];
	/** A selector to wait for before waiting for the network to go quiet (e.g. the chart canvas). */
	waitFor?: string;
}

function kindOf(resourceType: string, path: string): ResourceKind {
	if (resourceType === 'script' || /\.m?js$/.test(path)) return 'js';
	if (resourceType === 'stylesheet' || path.endsWith('.css')) return 'css';
	if (/\/_app\/immutable\/assets\/[^/]+\.json$/.test(path)) return 'messages';
	return 'other';
}

function buildFileOf(url: URL, origin: URL, buildDir: string): string | null {
	if (url.origin !== origin.origin) return null;
	let path = decodeURIComponent(url.pathname);
	if (BASE && path.startsWith(`${BASE}/`)) path = path.slice(BASE.length);
	path = path.replace(/^\/+/, '');
	return path && buildFileSize(path, buildDir) ? path : null;
}

/** Loads one route in a fresh context and records every response until the network is idle. */
export async function measureRoute(
	browser: Browser,
	origin: string,
	route: RouteToMeasure,
	buildDir: string
): Promise<RouteMeasurement> {
	const started = performance.now();
	const context = await newContext(browser);
	if (route.storage?.length) await seedStorage(context, route.storage);
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	const base = new URL(origin);
	const pending: Promise<MeasuredResponse | null>[] = [];
	page.on('response', (response) => {
		pending.push(
			(async () => {
				const url = new URL(response.url());
				const kind = kindOf(response.request().resourceType(), url.pathname);
				if (kind === 'other') return null;
				const file = buildFileOf(url, base, buildDir);
				let size = file ? buildFileSize(file, buildDir) : null;
				if (!size) size = await response.body().then(sizeOf, () => ZERO);
				return { url: url.pathname, file, kind, status: response.status(), size };
			})()
		);
	});
	const idle = networkIdle(page);
	const url = `${origin}${route.path}${route.hash ? `#${route.hash}` : ''}`;
	let quiet = false;
	try {
		await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
		await waitForHydration(page);
		if (route.waitFor) {
			await page
				.locator(route.waitFor)
				.first()
				.waitFor({ state: 'attached', timeout: 10_000 })
				.catch(() => problems.push(`${route.waitFor} did not appear within 10 s`));
		}
		quiet = await idle.wait();
	} catch (error) {
		problems.push(`load failed: ${(error as Error).message.split('\n')[0]}`);
	}
	const responses = (await Promise.all(pending)).filter((r): r is MeasuredResponse => !!r);
	const chartJs = responses.some(
		(r) =>
			r.kind === 'js' && r.file && looksLikeChartJs(readFileSync(join(buildDir, r.file), 'utf8'))
	);
	await context.close();
	const total = (kind: ResourceKind) =>
		addSizes(responses.filter((r) => r.kind === kind).map((r) => r.size));
	return {
		name: route.name,
		url: `${route.path}${route.hash ? '#…' : ''}`,
		seeded: !!route.storage?.length,
		responses,
		js: total('js'),
		css: total('css'),
		messages: total('messages'),
		chartJs,
		idle: quiet,
		problems,
		ms: Math.round(performance.now() - started)
	};
}

// ---------------------------------------------------------------------------------------------
// Interaction: key press → saved and shown

export interface InteractionSample {
	/** From just before dispatching keydown until localStorage, the checked option and the
	 *  progress text all show the new state. */
	updated: number;
	/** From the same start until the next animation frame after that (when it can be painted). */
	frame: number;
}

export interface InteractionResult {
	count: number;
	pages: number;
	/** Presses whose expected state never appeared (counted, not in the timings). */
	failed: number;
	updated: Stats;
	frame: Stats;
	failures: string[];
}

export interface Stats {
	p50: number;
	p95: number;
	max: number;
	mean: number;
}

export function stats(values: number[]): Stats {
	if (values.length === 0) return { p50: NaN, p95: NaN, max: NaN, mean: NaN };
	const sorted = [...values].sort((a, b) => a - b);
	// Nearest-rank percentiles.
	const rank = (p: number) =>
		sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
	return {
		p50: rank(0.5),
		p95: rank(0.95),
		max: sorted.at(-1)!,
		mean: values.reduce((a, b) => a + b, 0) / values.length
	};
}

/** Key presses per question: each one changes the answer (levels, "not applicable", "don't know"). */
export const KEYS = ['0', '1', '2', '3', '4', 'n', 'd'];

interface PageRun {
	samples: InteractionSample[];
	failures: string[];
}

/**
 * Runs in the page: for every question, focuses its first option and presses each key in turn
 * by dispatching keydown on the focused radio (as a real key press reaches the app). After each
 * press it polls, microtask by microtask, until the stored answer, the checked option and the
 * progress count match the new state.
 */
async function pressAll(args: { keys: string[]; storageKey: string }): Promise<PageRun> {
	const samples: InteractionSample[] = [];
	const failures: string[] = [];
	const choiceFor = (key: string): string | number =>
		key === 'n' ? 'na' : key === 'd' ? 'unknown' : Number(key);
	const progressLabel = document.querySelector('label[for="assessment-progress"]');
	const progressCount = () => Number(/\d+/.exec(progressLabel?.textContent ?? '')?.[0] ?? NaN);
	let answered = progressCount();
	// The active assessment in the stored envelope (version 1: `assessment`; version 2:
	// `assessments` with `activeId`).
	const storedChoice = (questionId: string): unknown => {
		const stored = JSON.parse(localStorage.getItem(args.storageKey) ?? '{}');
		const active =
			stored?.assessment ??
			stored?.assessments?.find((a: { id?: string }) => a.id === stored.activeId) ??
			stored?.assessments?.[0];
		return active?.answers?.[questionId]?.choice;
	};
	const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
	const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

	for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>('fieldset.question')) {
		const questionId = fieldset.id.replace(/^question-/, '');
		fieldset.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
		let wasAnswered = !!fieldset.querySelector('input[type="radio"]:checked');
		for (const key of args.keys) {
			const expected = choiceFor(key);
			const expectedCount = wasAnswered ? answered : answered + 1;
			const isDone = () => {
				if (storedChoice(questionId) !== expected) return false;
				const input = fieldset.querySelector<HTMLInputElement>(
					`input[type="radio"][value="${expected}"]`
				);
				if (!input?.checked || !input.closest('label')?.classList.contains('selected')) {
					return false;
				}
				return progressCount() === expectedCount;
			};
			const target = (document.activeElement as HTMLElement | null) ?? fieldset;
			const start = performance.now();
			target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
			let done = isDone();
			for (let spin = 0; !done && spin < 200; spin++) {
				// Microtasks first (Svelte flushes its updates in one); then yield to tasks as well.
				if (spin < 20) await Promise.resolve();
				else await macrotask();
				done = isDone();
			}
			const updated = performance.now() - start;
			await nextFrame();
			const frame = performance.now() - start;
			if (done) samples.push({ updated, frame });
			else
				failures.push(`${questionId} key ${key}: state not shown after ${updated.toFixed(0)} ms`);
			answered = expectedCount;
			wasAnswered = true;
			// Let the page settle so presses do not overlap.
			await macrotask();
		}
	}
	return { samples, failures };
}

/** ≥ 200 key presses over every principle's page, in one fresh context with empty storage. */
export async function measureInteraction(
	browser: Browser,
	origin: string,
	principleIds: readonly string[],
	storageKey: string
): Promise<InteractionResult> {
	const context = await newContext(browser);
	const page = await context.newPage();
	const samples: InteractionSample[] = [];
	const failures: string[] = [];
	page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
	for (const id of principleIds) {
		try {
			await page.goto(`${origin}/en/assess/${id}/`, { waitUntil: 'load' });
			await waitForHydration(page);
			const run = await page.evaluate(pressAll, { keys: KEYS, storageKey });
			samples.push(...run.samples);
			failures.push(...run.failures);
		} catch (error) {
			failures.push(`page /assess/${id}/: ${(error as Error).message.split('\n')[0]}`);
		}
	}
	await context.close();
	return {
		count: samples.length,
		pages: principleIds.length,
		failed: failures.filter((f) => !f.startsWith('page error')).length,
		// (a failed page counts once here; its presses are simply missing from `count`)
		updated: stats(samples.map((s) => s.updated)),
		frame: stats(samples.map((s) => s.frame)),
		failures
	};
}
