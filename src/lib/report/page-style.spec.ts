import { describe, expect, it } from 'vitest';
import { createTranslator } from '$lib/testing/translator';
import { LOCALES } from '$lib/i18n/locales';
import {
	cssString,
	headerText,
	PAGE_MARK,
	PAGES_MARK,
	pageCounterContent,
	pageStyle
} from './page-style';

/** The text a CSS string literal stands for (the reverse of cssString), for checking round trips. */
function unescapeCss(literal: string): string {
	expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
	return literal
		.slice(1, -1)
		.replace(/\\([0-9a-f]{1,6}) ?|\\(.)/gi, (_, hex: string | undefined, char: string) =>
			hex ? String.fromCodePoint(parseInt(hex, 16)) : char
		);
}

describe('cssString', () => {
	it('escapes what could end the string or the rule, and keeps all other text', () => {
		const nasty = 'ACME "Öl" & Gas \\ } @top-left { content: "x" } ;\n</style>\u2028\u0000 日本';
		const literal = cssString(nasty);
		// Inside the literal no unescaped quote and no raw line break or control character remain.
		expect(literal.slice(1, -1)).not.toMatch(/(^|[^\\])"/);
		const raw = [...literal].filter((char) => char.codePointAt(0)! < 0x20 || char === '\u2028');
		expect(raw).toEqual([]);
		expect(unescapeCss(literal)).toBe(nasty);
		expect(cssString('Nordlys AS')).toBe('"Nordlys AS"');
	});
});

describe('pageCounterContent', () => {
	it('turns "Page {page} of {pages}" into strings and page counters in every locale', () => {
		const expected = {
			en: '"Page " counter(page) " of " counter(pages)',
			de: '"Seite " counter(page) " von " counter(pages)',
			fr: '"Page " counter(page) " sur " counter(pages)',
			nb: '"Side " counter(page) " av " counter(pages)',
			es: '"Página " counter(page) " de " counter(pages)',
			it: '"Pagina " counter(page) " di " counter(pages)',
			nl: '"Pagina " counter(page) " van " counter(pages)',
			pl: '"Strona " counter(page) " z " counter(pages)',
			pt: '"Página " counter(page) " de " counter(pages)',
			sv: '"Sida " counter(page) " av " counter(pages)'
		};
		for (const locale of LOCALES) {
			const label = createTranslator(locale)('report.page', {
				values: { page: PAGE_MARK, pages: PAGES_MARK }
			});
			expect(pageCounterContent(label)).toBe(expected[locale]);
		}
	});

	it('copes with the numbers first, last or alone', () => {
		expect(pageCounterContent(`${PAGE_MARK}/${PAGES_MARK}`)).toBe(
			'counter(page) "/" counter(pages)'
		);
		expect(pageCounterContent(`${PAGE_MARK}`)).toBe('counter(page)');
		expect(pageCounterContent('')).toBe('""');
	});
});

describe('headerText', () => {
	it('keeps a name on one line and cuts a long one with an ellipsis', () => {
		expect(headerText('  Nordlys\nSoftware   AS ')).toBe('Nordlys Software AS');
		const long = 'A'.repeat(120);
		expect(headerText(long)).toBe(`${'A'.repeat(89)}…`);
		expect([...headerText(long)]).toHaveLength(90);
	});
});

describe('pageStyle', () => {
	it('sets the paper, the margins and the running header', () => {
		const css = pageStyle({
			paper: 'letter',
			header: 'ACME "Öl" & Gas',
			pageLabel: `Page ${PAGE_MARK} of ${PAGES_MARK}`
		});
		expect(css).toMatch(/^@page \{ size: letter; margin: 43pt 36pt 36pt;/);
		expect(css).toContain('@top-left { content: "ACME \\"Öl\\" & Gas";');
		expect(css).toContain('@top-right { content: "Page " counter(page) " of " counter(pages);');
		expect(pageStyle({ paper: 'a4', header: '', pageLabel: '' })).toContain('size: A4;');
		// Balanced braces: the header cannot open or close a rule.
		const braces = css.replace(/"(?:[^"\\]|\\.)*"/g, '');
		expect(braces.split('{').length).toBe(braces.split('}').length);
	});
});
