/** Steps a user takes in several tests, done the way a keyboard user does them. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, type Locator, type Page } from '@playwright/test';
import { waitForHydration } from './fixtures';

/**
 * Writes what the app has batched (typed text waits up to 300 ms), as closing the tab would:
 * call before reading localStorage right after typing.
 */
export async function flushWrites(page: Page): Promise<void> {
	await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
}

/** Presses Tab until a radio button has focus. */
export async function tabToFirstOption(page: Page): Promise<void> {
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const onRadio = await page.evaluate(
			() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'
		);
		if (onRadio) return;
	}
	throw new Error('no answer option reached with Tab');
}

/** Answers one principle's questions in order: a key per question (0–4, n, d), Enter to move on. */
export async function answerWithKeys(page: Page, principle: string, keys: string[]): Promise<void> {
	await page.goto(`/assess/${principle}/`);
	await waitForHydration(page);
	await tabToFirstOption(page);
	for (const key of keys) {
		await page.keyboard.press(key);
		await page.keyboard.press('Enter');
	}
	await expect(page.getByText(/questions answered/)).toBeVisible();
}

/** The text of a PDF, pages joined, whitespace collapsed (lines wrap anywhere in a PDF). */
export async function pdfText(
	pdf: Buffer
): Promise<{ text: string; compact: string; pages: number; size: number[] }> {
	const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
	const parts: string[] = [];
	let size: number[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const page = await document.getPage(number);
		size = page.view.slice(2);
		const content = await page.getTextContent();
		// Items follow the glyph runs of the PDF: join them as they are, with a space at line ends.
		parts.push(
			content.items
				.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
				.join('')
		);
	}
	// NFKC turns typographic ligatures (ﬁ, ﬀ) back into letters.
	const text = parts.join(' ').normalize('NFKC').replace(/\s+/g, ' ');
	// Without any whitespace, for comparing text that wrapped (a line may break after a hyphen).
	return { text, compact: compact(text), pages: document.numPages, size };
}

export interface PdfPage {
	/** Width and height in points. */
	size: [number, number];
	/** The page's text, whitespace collapsed. */
	text: string;
	/** Every text run: its text, left x and baseline y in points from the bottom, and height. */
	runs: { str: string; x: number; y: number; height: number }[];
}

/** Each page of a PDF with the positions of its text (pdf.js), for checks of the layout. */
export async function pdfPages(pdf: Buffer): Promise<PdfPage[]> {
	const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
	const pages: PdfPage[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const page = await document.getPage(number);
		const [, , width, height] = page.view as [number, number, number, number];
		const content = await page.getTextContent();
		const runs = content.items.flatMap((item) =>
			'str' in item && item.str.trim()
				? [{ str: item.str, x: item.transform[4], y: item.transform[5], height: item.height }]
				: []
		);
		const text = runs
			.map((run) => run.str)
			.join(' ')
			.normalize('NFKC')
			.replace(/\s+/g, ' ');
		pages.push({ size: [width, height], text, runs });
	}
	return pages;
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
export const compact = (text: string) => text.replace(/\s+/g, '');

/** The share link of the results page: opens the share panel (it loads on request) and reads it. */
export async function shareLink(page: Page): Promise<string> {
	const open = page.getByRole('button', { name: 'Create a link to share' });
	if (await open.isVisible()) await open.click();
	const field = page.getByLabel('Link to this result', { exact: true });
	await expect(field).toBeFocused();
	return field.inputValue();
}

/**
 * The first radar chart's canvas, scrolled to: a chart is drawn only once its place is on screen
 * (LazyRadarChart), and on many screens the results page's starts below the first one.
 */
export async function chartCanvas(page: Page): Promise<Locator> {
	await page.locator('.chart-slot').first().scrollIntoViewIfNeeded();
	return page.locator('.chart canvas').first();
}

/**
 * The canvas's ink, read back from its pixels: whether anything is drawn in its outermost
 * `border` device pixels (a clipped label would be), and how close to each edge the nearest ink
 * comes (labels wrapped to fit reach close to the edges that limit the radar).
 */
export async function canvasInk(canvas: Locator, border = 2) {
	return canvas.evaluate((element, border) => {
		const node = element as HTMLCanvasElement;
		const { width, height } = node;
		const data = node.getContext('2d')!.getImageData(0, 0, width, height).data;
		let edge = 0;
		let [left, top, right, bottom] = [width, height, -1, -1];
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				if (data[(y * width + x) * 4 + 3] === 0) continue;
				if (x < border || y < border || x >= width - border || y >= height - border) edge++;
				left = Math.min(left, x);
				right = Math.max(right, x);
				top = Math.min(top, y);
				bottom = Math.max(bottom, y);
			}
		}
		const ratio = width / node.getBoundingClientRect().width;
		// Gaps in CSS pixels from the canvas edges to the ink.
		return {
			edge,
			gaps: {
				left: left / ratio,
				right: (width - 1 - right) / ratio,
				top: top / ratio,
				bottom: (height - 1 - bottom) / ratio
			},
			width: width / ratio
		};
	}, border);
}
