/**
 * What a user on a slow phone sees, observed rather than simulated: each page is loaded in
 * Chromium under the throttling Lighthouse's mobile preset assumes (150 ms round trip, 1.6 Mbit/s
 * down, 750 kbit/s up, 4× slower CPU), applied for real through the DevTools protocol, and the
 * browser's own Performance API reports first and largest contentful paint, the moment the page is
 * ready (hydrated, and on the results page the chart drawn) and the main-thread time blocked by
 * long tasks until then.
 *
 * Lighthouse simulates these numbers from a trace (its "Lantern" model), which counts every module
 * the page preloads as a dependency of the largest paint even when that paint, from prerendered
 * HTML, came long before the scripts ran. Both are reported; neither is gated.
 */
import type { Browser } from '@playwright/test';
import { newContext, seedStorage, stats, waitForHydration, type Stats } from './browser.ts';

/** Lighthouse's mobile preset (simulated throttling constants), applied as real throttling. */
export const MOBILE_THROTTLING = {
	latencyMs: 150,
	downloadKbps: 1638.4,
	uploadKbps: 750,
	cpuSlowdown: 4
} as const;

export interface PaintSample {
	fcpMs: number;
	lcpMs: number;
	/** Tag and class of the largest contentful paint's element. */
	lcpElement: string;
	hydratedMs: number;
	/** Hydrated and, where the page has one, the `waitFor` element (the chart) drawn. */
	readyMs: number;
	/** Sum over long tasks (> 50 ms) before ready of the part above 50 ms, as TBT counts it. */
	blockingMs: number;
}

export interface PaintResult {
	page: string;
	path: string;
	runs: number;
	fcp: Stats;
	lcp: Stats;
	ready: Stats;
	blocking: Stats;
	lcpElements: string[];
	/** Whether the largest paint came before the app's JavaScript had hydrated the page, every run. */
	lcpBeforeHydration: boolean;
	/** What "ready" waited for besides hydration. */
	waitFor?: string;
}

export interface PageToPaint {
	page: string;
	path: string;
	storage?: { key: string; value: string }[];
	/** An element that must be there, one frame later, before the page counts as ready. */
	waitFor?: string;
}

async function paintOnce(browser: Browser, origin: string, target: PageToPaint) {
	const context = await newContext(browser);
	try {
		if (target.storage?.length) await seedStorage(context, target.storage);
		await context.addInitScript(() => {
			const marks = { fcp: NaN, lcp: NaN, lcpElement: '', long: [] as [number, number][] };
			(globalThis as unknown as { __paint: typeof marks }).__paint = marks;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) {
					if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
				}
			}).observe({ type: 'paint', buffered: true });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element })[]) {
					marks.lcp = entry.startTime;
					const el = entry.element;
					marks.lcpElement = el
						? el.tagName.toLowerCase() + (el.classList[0] ? `.${el.classList[0]}` : '')
						: '';
				}
			}).observe({ type: 'largest-contentful-paint', buffered: true });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) marks.long.push([entry.startTime, entry.duration]);
			}).observe({ type: 'longtask', buffered: true });
		});
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		const kbps = (value: number) => (value * 1024) / 8;
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: MOBILE_THROTTLING.latencyMs,
			downloadThroughput: kbps(MOBILE_THROTTLING.downloadKbps),
			uploadThroughput: kbps(MOBILE_THROTTLING.uploadKbps)
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_THROTTLING.cpuSlowdown });
		await page.goto(`${origin}${target.path}`, { waitUntil: 'load', timeout: 30_000 });
		await waitForHydration(page, 30_000);
		const hydratedMs = await page.evaluate(() => performance.now());
		if (target.waitFor) {
			await page.locator(target.waitFor).first().waitFor({ state: 'attached', timeout: 30_000 });
		}
		const readyMs = await page.evaluate(
			() => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())))
		);
		// LCP entries stop at the first input; none comes here, so give late paints a moment.
		await page.waitForTimeout(500);
		const marks = await page.evaluate(
			() =>
				(
					globalThis as unknown as {
						__paint: { fcp: number; lcp: number; lcpElement: string; long: [number, number][] };
					}
				).__paint
		);
		const blockingMs = marks.long
			.filter(([start]) => start < readyMs)
			.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
		return {
			fcpMs: marks.fcp,
			lcpMs: marks.lcp,
			lcpElement: marks.lcpElement,
			hydratedMs,
			readyMs,
			blockingMs
		} satisfies PaintSample;
	} finally {
		await context.close();
	}
}

/** Loads each page `runs` times in a fresh context under mobile throttling; medians and spread. */
export async function measurePaint(
	browser: Browser,
	origin: string,
	target: PageToPaint,
	runs = 3
): Promise<PaintResult> {
	const samples: PaintSample[] = [];
	for (let i = 0; i < runs; i++) samples.push(await paintOnce(browser, origin, target));
	return {
		page: target.page,
		path: target.path,
		runs,
		fcp: stats(samples.map((s) => s.fcpMs)),
		lcp: stats(samples.map((s) => s.lcpMs)),
		ready: stats(samples.map((s) => s.readyMs)),
		blocking: stats(samples.map((s) => s.blockingMs)),
		lcpElements: [...new Set(samples.map((s) => s.lcpElement))],
		lcpBeforeHydration: samples.every((s) => s.lcpMs < s.hydratedMs),
		...(target.waitFor ? { waitFor: target.waitFor } : {})
	};
}
