/**
 * The printed report's page: paper size, margins, and the running header (the organization at
 * the top left, "Page x of y" in the reader's language at the top right), as the text of a CSS
 * `@page` rule. The report adopts it as a constructed stylesheet while it is in the page: the
 * strict Content Security Policy allows no inline `<style>` and no style attribute, and the
 * header holds user text, so every piece of text goes into the rule as an escaped CSS string.
 */
import type { PaperSize } from '$lib/storage/envelope';

/** Where the page number and the page count go in the translated "Page {page} of {pages}". */
export const PAGE_MARK = '\u0001';
export const PAGES_MARK = '\u0002';

/** Long names are cut in the header (the summary page prints them whole). */
export const HEADER_MAX = 90;

/** Page margins in points (1/72 inch): top (with the running header), sides, bottom. */
export const PAGE_MARGINS: Record<PaperSize, { top: number; side: number; bottom: number }> = {
	a4: { top: 42, side: 36, bottom: 34 },
	letter: { top: 43, side: 36, bottom: 36 }
};

const SIZES: Record<PaperSize, string> = { a4: 'A4', letter: 'letter' };

/**
 * A CSS string literal: quotes and backslashes escaped, control characters and line breaks as
 * hexadecimal escapes (a trailing space ends each escape), so no text can end the string or the
 * rule.
 */
export function cssString(text: string): string {
	let out = '"';
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (char === '"' || char === '\\') out += `\\${char}`;
		else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
			out += `\\${code.toString(16)} `;
		} else out += char;
	}
	return `${out}"`;
}

/**
 * The `content` value of a translated "Page {page} of {pages}" whose arguments were given as
 * PAGE_MARK and PAGES_MARK: the text around them as strings, the numbers as page counters.
 */
export function pageCounterContent(label: string): string {
	const parts: string[] = [];
	let text = '';
	for (const char of label) {
		if (char === PAGE_MARK || char === PAGES_MARK) {
			if (text) parts.push(cssString(text));
			parts.push(char === PAGE_MARK ? 'counter(page)' : 'counter(pages)');
			text = '';
		} else text += char;
	}
	if (text) parts.push(cssString(text));
	return parts.length > 0 ? parts.join(' ') : '""';
}

/** A single line of at most `max` characters, with an ellipsis when it was longer. */
export function headerText(text: string, max = HEADER_MAX): string {
	const line = text.replace(/\s+/g, ' ').trim();
	const chars = [...line];
	return chars.length <= max
		? line
		: `${chars
				.slice(0, max - 1)
				.join('')
				.trimEnd()}…`;
}

export interface PageStyleInput {
	paper: PaperSize;
	/** The organization (or the assessment's name) for the running header. */
	header: string;
	/** The translated "Page {page} of {pages}" with PAGE_MARK and PAGES_MARK as arguments. */
	pageLabel: string;
}

export function pageStyle({ paper, header, pageLabel }: PageStyleInput): string {
	const { top, side, bottom } = PAGE_MARGINS[paper];
	const box = "font: 8pt Arial, Helvetica, 'Liberation Sans', sans-serif; color: #333;";
	return [
		`@page { size: ${SIZES[paper]}; margin: ${top}pt ${side}pt ${bottom}pt;`,
		`@top-left { content: ${cssString(headerText(header))}; ${box} vertical-align: bottom; }`,
		`@top-right { content: ${pageCounterContent(pageLabel)}; ${box} vertical-align: bottom; }`,
		'}'
	].join(' ');
}
