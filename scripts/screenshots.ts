/**
 * The screenshots in docs/screenshots/, made from the production build in Chromium:
 *
 *   npm run screenshots            builds first when build/ is missing or older than its sources
 *   npm run screenshots -- report  only the shots whose file name contains "report"
 *
 * Every shot is one entry of SHOTS: a file name and a function that returns the PNG. Pages are
 * opened with the hand-over assessment stored ($lib/testing/hand-over), the clock fixed, so the
 * images change only when the app does. The printed report is photographed as printed: Chromium
 * makes the PDF, pdftoppm (poppler-utils) turns a page of it into a PNG.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launchChromium, newContext, seedStorage, waitForHydration } from './bench/browser.ts';
import { buildProblem, ROOT, runBuild } from './bench/build-output.ts';
import { startPreview } from './bench/preview.ts';
import { FRAMEWORK_VERSION } from '$lib/framework/bank';
import { encodeInvite } from '$lib/share/invite';
import { handOver, storedEnvelope } from '$lib/testing/hand-over';
import { STORAGE_KEY, type PaperSize, type Settings } from '$lib/storage/envelope';

const OUT_DIR = join(ROOT, 'docs/screenshots');
/** The date the pages see, so the printed date (and so the images) stay the same. */
const CLOCK = new Date('2026-11-30T10:00:00');
/** Resolution of the printed pages: sharp enough to read the dense table, small enough to commit. */
const PRINT_DPI = 110;

interface Shots {
	browser: Browser;
	origin: string;
}

interface Shot {
	file: string;
	take: (shots: Shots) => Promise<Buffer>;
}

const SHOTS: Shot[] = [
	{ file: 'report-a4-page-1.png', take: (shots) => reportPage(shots, 'a4', 1) },
	{ file: 'report-a4-page-2.png', take: (shots) => reportPage(shots, 'a4', 2) },
	{ file: 'results-360.png', take: (shots) => screen(shots, '/en/results/', 360, 1600) },
	{ file: 'results-1366.png', take: (shots) => screen(shots, '/en/results/', 1366, 1400) },
	{
		file: 'results-1366-dark.png',
		take: (shots) => screen(shots, '/en/results/', 1366, 1400, 'dark')
	},
	{ file: 'workshop-present-1366.png', take: (shots) => presenter(shots) },
	{ file: 'workshop-join-360.png', take: (shots) => participant(shots) }
];

/** An invitation to the first principle, as the facilitator's invitation dialog makes it. */
const INVITATION = encodeInvite({
	frameworkVersion: FRAMEWORK_VERSION,
	session: '0c0ffee0',
	date: '2026-11-30',
	title: 'Platform team',
	principles: ['commons']
});

/** The presenter view on a projector-sized screen, at a question. */
async function presenter(shots: Shots): Promise<Buffer> {
	const page = await openPage(shots, '/en/present/?q=commons.reliance-map', {}, 1366);
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.getByRole('heading', { level: 2 }).first().waitFor();
	const png = await page.screenshot();
	await page.context().close();
	return png;
}

/** The participants' page on a phone, opened from the invitation, the name given. */
async function participant({ browser, origin }: Shots): Promise<Buffer> {
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.setViewportSize({ width: 360, height: 780 });
	await page.clock.setFixedTime(CLOCK);
	await page.goto(`${origin}/en/join/#${INVITATION}`);
	await waitForHydration(page);
	const png = await page.screenshot();
	await context.close();
	return png;
}

/** A page of the app with the hand-over assessment stored, at `width` CSS pixels. */
async function openPage(
	{ browser, origin }: Shots,
	path: string,
	settings: Settings = {},
	width = 1280
): Promise<Page> {
	const context = await newContext(browser);
	await seedStorage(context, [
		{ key: STORAGE_KEY, value: storedEnvelope(handOver(), { locale: 'en', ...settings }) }
	]);
	const page = await context.newPage();
	await page.setViewportSize({ width, height: 900 });
	await page.clock.setFixedTime(CLOCK);
	await page.goto(`${origin}${path}`);
	await waitForHydration(page);
	return page;
}

/** The top `height` pixels of a page at `width`, once its radar chart is drawn. */
async function screen(
	shots: Shots,
	path: string,
	width: number,
	height: number,
	colorScheme: 'light' | 'dark' = 'light'
): Promise<Buffer> {
	const page = await openPage(shots, path, {}, width);
	await page.emulateMedia({ colorScheme });
	await page.setViewportSize({ width, height });
	// The chart loads once the page is idle (LazyRadarChart).
	await page.locator('.chart-slot canvas').first().waitFor();
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
	const png = await page.screenshot();
	await page.context().close();
	return png;
}

/** Page `number` of the printed report (the whole plan) on `paper`, as a PNG. */
async function reportPage(shots: Shots, paper: PaperSize, number: number): Promise<Buffer> {
	const page = await openPage(shots, '/en/plan/', { paper });
	await page.locator('[data-report-ready="true"]').waitFor({ state: 'attached' });
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	await page.context().close();
	return pdfPageToPng(pdf, number);
}

function pdfPageToPng(pdf: Buffer, number: number): Buffer {
	const dir = mkdtempSync(join(tmpdir(), 'screenshots-'));
	try {
		writeFileSync(join(dir, 'page.pdf'), pdf);
		const page = String(number);
		const args = ['-f', page, '-l', page, '-r', String(PRINT_DPI), '-png', '-singlefile'];
		const result = spawnSync('pdftoppm', [...args, 'page.pdf', 'page'], { cwd: dir });
		if (result.error) {
			throw new Error('pdftoppm is missing: install poppler-utils (apt-get install poppler-utils)');
		}
		if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr.toString()}`);
		return readFileSync(join(dir, 'page.png'));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

async function main(): Promise<void> {
	const filter = process.argv[2] ?? '';
	const problem = buildProblem();
	if (problem) {
		console.log(`screenshots: ${problem}; running vite build…`);
		runBuild();
	}
	mkdirSync(OUT_DIR, { recursive: true });
	const preview = await startPreview();
	const browser = await launchChromium();
	try {
		for (const shot of SHOTS.filter((item) => item.file.includes(filter))) {
			const png = await shot.take({ browser, origin: preview.origin });
			writeFileSync(join(OUT_DIR, shot.file), png);
			console.log(`docs/screenshots/${shot.file}  ${(png.length / 1024).toFixed(0)} KiB`);
		}
	} finally {
		await browser.close();
		await preview.stop();
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
