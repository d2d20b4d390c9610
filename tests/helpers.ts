/** Steps a user takes in several tests, done the way a keyboard user does them. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, type Page } from '@playwright/test';
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
