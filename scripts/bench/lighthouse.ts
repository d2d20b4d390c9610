/**
 * Lighthouse 12 through its Node API, against the local Chromium started by chrome-launcher.
 * Every run gets a fresh Chromium with its own profile directory, so no run sees another's cache.
 * A page that needs stored data is seeded first through the same Chromium (Playwright over CDP),
 * its HTTP cache cleared, and Lighthouse then runs with `disableStorageReset: true`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_PATH } from './browser.ts';

/** The flags that work on this machine (docs/toolchain.md §5). */
export const LIGHTHOUSE_CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Preset = 'mobile' | 'desktop';
/** plain: scripts/serve-static.js (files as they are); nginx: deploy/nginx.conf (gzip, brotli, headers). */
export type Server = 'plain' | 'nginx';

export interface LighthouseRun {
	page: string;
	url: string;
	preset: Preset;
	server: Server;
	seeded: boolean;
	/** Which round of the bench (1, 2, 3): each round runs every page and setup once. */
	round: number;
	/** 0–100, null when Lighthouse could not score the category. */
	scores?: Record<Category, number | null>;
	/** transferBytes: every response of the load as sent (compressed where the server did). */
	metrics?: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; transferBytes: number };
	/** Audits that lost points in accessibility, best practices or SEO. */
	failedAudits: string[];
	warnings: string[];
	error?: string;
	ms: number;
}

export interface Seed {
	/** Any URL of the site's origin that loads no app code (the favicon). */
	url: string;
	key: string;
	value: string;
}

const RUN_TIMEOUT_MS = 60_000;

/** Where each run's full Lighthouse report is kept (git-ignored): the LCP element, long tasks… */
export const LHR_DIR = join(import.meta.dirname, '../../bench/lighthouse');

async function seed(port: number, { url, key, value }: Seed) {
	const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
	try {
		const context = browser.contexts()[0] ?? (await browser.newContext());
		const page = await context.newPage();
		await page.goto(url);
		await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.clearBrowserCache');
		await cdp.detach();
		await page.close();
	} finally {
		// Disconnects; the Chromium started by chrome-launcher keeps running for Lighthouse.
		await browser.close();
	}
}

function timeout(ms: number): Promise<never> {
	return new Promise((_, reject) => {
		const timer = setTimeout(() => reject(new Error(`Lighthouse timed out after ${ms} ms`)), ms);
		timer.unref();
	});
}

export async function runLighthouse(
	page: string,
	url: string,
	preset: Preset,
	server: Server,
	storage?: Seed,
	round = 1
): Promise<LighthouseRun> {
	const started = performance.now();
	const run: LighthouseRun = {
		page,
		url,
		preset,
		server,
		seeded: !!storage,
		round,
		failedAudits: [],
		warnings: [],
		ms: 0
	};
	const userDataDir = mkdtempSync(join(tmpdir(), 'commons-check-lh-'));
	let chrome: Awaited<ReturnType<typeof launch>> | undefined;
	try {
		chrome = await launch({
			chromePath: existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined,
			chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
			userDataDir,
			logLevel: 'silent'
		});
		if (storage) await seed(chrome.port, storage);
		const pending = lighthouse(
			url,
			{
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				disableStorageReset: !!storage
			},
			preset === 'desktop' ? desktopConfig : undefined
		);
		pending.catch(() => undefined);
		const result = await Promise.race([pending, timeout(RUN_TIMEOUT_MS)]);
		const lhr = result?.lhr;
		if (!lhr) throw new Error('Lighthouse returned no result');
		mkdirSync(LHR_DIR, { recursive: true });
		writeFileSync(join(LHR_DIR, `${page}-${preset}-${server}-${round}.json`), JSON.stringify(lhr));
		if (lhr.runtimeError) {
			run.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
		}
		run.warnings = lhr.runWarnings.map(String);
		run.scores = Object.fromEntries(
			CATEGORIES.map((id) => {
				const score = lhr.categories[id]?.score;
				return [id, typeof score === 'number' ? Math.round(score * 100) : null];
			})
		) as Record<Category, number | null>;
		for (const id of ['accessibility', 'best-practices', 'seo'] as const) {
			for (const ref of lhr.categories[id]?.auditRefs ?? []) {
				const audit = lhr.audits[ref.id];
				if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1) {
					run.failedAudits.push(`${id}: ${audit.title} (${ref.id})`);
				}
			}
		}
		for (const [id, audit] of Object.entries(lhr.audits)) {
			if (audit.scoreDisplayMode === 'error') {
				run.warnings.push(`audit ${id} failed: ${audit.errorMessage ?? 'no message'}`);
			}
		}
		const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
		run.metrics = {
			fcpMs: metric('first-contentful-paint'),
			lcpMs: metric('largest-contentful-paint'),
			tbtMs: metric('total-blocking-time'),
			cls: metric('cumulative-layout-shift'),
			transferBytes: metric('total-byte-weight')
		};
	} catch (error) {
		run.error = (error as Error).message.split('\n')[0];
	} finally {
		try {
			chrome?.kill();
		} catch {
			// already gone
		}
		try {
			rmSync(userDataDir, { recursive: true, force: true });
		} catch {
			// Chromium may still be writing its profile; the temp directory is left behind then.
		}
		run.ms = Math.round(performance.now() - started);
	}
	return run;
}
