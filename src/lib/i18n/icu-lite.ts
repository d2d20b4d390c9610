/**
 * A small stand-in for '@formatjs/icu-messageformat-parser', used by intl-messageformat in the
 * browser bundle only (icu-lite-plugin.ts redirects that one import). The real parser carries
 * number and date skeleton parsing plus CLDR time data that our catalogues never use (7.5 KiB gzip
 * on every page); this module parses the subset they do use into exactly the AST the real parser
 * returns, in about 1.3 KiB gzip.
 *
 * Supported: literal text with the ICU apostrophe rules, `{name}`, `{n, number}`,
 * `{d, date}` and `{d, time}` with no style or a named style (`percent`, `short` …),
 * `plural` / `selectordinal` (with `offset:n`, `=n` selectors and `#`), `select`, and `<tag>…</tag>`
 * when `ignoreTag` is false. Anything else (skeletons `::…`, pattern styles such as `#,##0.00`)
 * throws a SyntaxError naming the construct; so does invalid ICU, as with the real parser. A plural
 * or select always needs an `other` branch (the real parser's default, which nothing here turns off).
 *
 * Locations: svelte-i18n constructs `new IntlMessageFormat(message, locale, formats, { ignoreTag })`,
 * which parses with `{ ignoreTag, locale }`. Without `captureLocation` the real parser strips every
 * `location` (and intl-messageformat's formatter never reads one), so this parser produces none and
 * refuses `captureLocation`. Its output is deep-equal to the real parser's for the same call:
 * icu-lite.spec.ts checks every catalogue message, and random input, against the real parser.
 */
import type {
	MessageFormatElement,
	ParserOptions,
	PluralOrSelectOption
} from '@formatjs/icu-messageformat-parser';
// types.js is dependency-free (enums and type guards): re-exporting it keeps the guards that
// intl-messageformat's formatter uses identical to the real ones.
import { TYPE } from '@formatjs/icu-messageformat-parser/lib/types.js';

export * from '@formatjs/icu-messageformat-parser/lib/types.js';
export type { ParserOptions };

// The same character classes as the real parser. Its bumpSpace() skips Pattern_White_Space only,
// while identifiers (argument names, types, selectors) stop at any White_Space or Pattern_Syntax.
const SPACE = /[\t-\r \x85\u200e\u200f\u2028\u2029]*/y;
const IDENTIFIER = /[^\p{White_Space}\p{Pattern_Syntax}]*/uy;
const INTEGER = /[+-]?[0-9]+/y;
const STYLE = /[^}]*/y;
// Inside quotes: anything up to the next lone apostrophe (`''` stays a literal apostrophe).
const QUOTED = /(?:[^']|'')*/y;
// An ASCII letter, then the "potential custom element name" characters (parser.js parseTagName).
const TAG_NAME =
	/[a-zA-Z][-.\w\xb7\xc0-\xd6\xd8-\xf6\xf8-\u037d\u037f-\u1fff\u200c-\u200d\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\u{10000}-\u{effff}]*/uy;

export function parse(message: string, opts: ParserOptions = {}): MessageFormatElement[] {
	let i = 0;

	const fail = (what: string): never => {
		throw SyntaxError(`icu-lite: ${what} at offset ${i} in "${message}"`);
	};
	/** Consumes what the sticky `pattern` matches at `i` ('' if nothing). */
	const take = (pattern: RegExp): string => {
		pattern.lastIndex = i;
		const match = pattern.exec(message)?.[0] ?? '';
		i += match.length;
		return match;
	};
	const skip = (text: string): boolean => {
		const found = message.startsWith(text, i);
		if (found) i += text.length;
		return found;
	};
	const expect = (text: string): boolean => skip(text) || fail(`expected "${text}"`);
	/** A signed decimal integer, as written; out of the safe range is an error, as in the real one. */
	const integer = (): string => {
		const digits = take(INTEGER);
		return digits && Number.isSafeInteger(Number(digits)) ? digits : fail('expected an integer');
	};

	if (opts.captureLocation) fail('captureLocation is not supported');

	/**
	 * A message up to the end, or up to the `}` that closes it when `depth` > 0, or up to `</` when
	 * inside a tag. `pound` is true directly inside plural/selectordinal, where `#` is the number
	 * (not inside a select nested in it: the real parser only looks at the immediate parent).
	 */
	function parseMessage(depth: number, pound: boolean, inTag: boolean): MessageFormatElement[] {
		const elements: MessageFormatElement[] = [];
		let text = '';
		const push = (element: MessageFormatElement) => {
			// A run of text is one literal element, as the real parser's parseLiteral() makes it.
			if (text) elements.push({ type: TYPE.literal, value: text });
			text = '';
			elements.push(element);
		};
		while (i < message.length) {
			const char = message[i];
			const next = message.charAt(i + 1);
			if (char === '{') push(parseArgument(depth, inTag));
			else if (char === '}' && depth) break;
			else if (char === '#' && pound) {
				i++;
				push({ type: TYPE.pound });
			} else if (char === '<' && !opts.ignoreTag && /[a-zA-Z/]/.test(next)) {
				if (next !== '/') push(parseTag(depth, pound));
				else if (inTag) break;
				else fail('closing tag without opening tag');
			} else if (char === "'" && next === "'") {
				text += "'";
				i += 2;
			} else if (char === "'" && (/[{}<>]/.test(next) || (pound && next === '#'))) {
				// ICU 4.8+ rule: an apostrophe quotes only when it precedes a special character;
				// the quote runs to the next lone apostrophe, or to the end of the message.
				i++;
				text += take(QUOTED).replace(/''/g, "'");
				skip("'");
			} else {
				text += char;
				i++;
			}
		}
		if (text) elements.push({ type: TYPE.literal, value: text });
		return elements;
	}

	function parseTag(depth: number, pound: boolean): MessageFormatElement {
		i++; // `<`
		const name = take(TAG_NAME);
		take(SPACE);
		// The real parser keeps a self-closing tag as a literal element of its own.
		if (skip('/>')) return { type: TYPE.literal, value: `<${name}/>` };
		expect('>');
		const children = parseMessage(depth + 1, pound, true);
		expect('</');
		if (take(TAG_NAME) !== name) fail(`expected "</${name}>"`);
		take(SPACE);
		expect('>');
		return { type: TYPE.tag, value: name, children };
	}

	function parseArgument(depth: number, inTag: boolean): MessageFormatElement {
		i++; // `{`
		take(SPACE);
		const value = take(IDENTIFIER) || fail('expected an argument name');
		take(SPACE);
		if (skip('}')) return { type: TYPE.argument, value };
		expect(',');
		take(SPACE);
		const kind = take(IDENTIFIER);
		take(SPACE);
		if (kind === 'number' || kind === 'date' || kind === 'time') {
			let style: string | null = null;
			if (skip(',')) {
				take(SPACE);
				style = take(STYLE).trimEnd();
				// Only named styles, looked up in the formats; skeletons and patterns need the real parser.
				if (!/^\w+$/.test(style)) fail(`unsupported ${kind} style "${style}"`);
			}
			expect('}');
			return { type: TYPE[kind], value, style };
		}
		if (kind !== 'plural' && kind !== 'selectordinal' && kind !== 'select') {
			fail(`unsupported argument type "${kind}"`);
		}
		const select = kind === 'select';
		expect(',');
		take(SPACE);
		let selector = take(IDENTIFIER);
		let offset = 0;
		if (!select && selector === 'offset') {
			expect(':');
			take(SPACE);
			offset = Number(integer());
			take(SPACE);
			selector = take(IDENTIFIER);
		}
		const options: [string, PluralOrSelectOption][] = [];
		for (;;) {
			if (!selector && !select && skip('=')) {
				selector = '=' + integer();
			}
			if (!selector) break;
			if (options.some(([key]) => key === selector)) fail(`duplicate selector "${selector}"`);
			take(SPACE);
			expect('{');
			options.push([selector, { value: parseMessage(depth + 1, !select, inTag) }]);
			expect('}');
			take(SPACE);
			selector = take(IDENTIFIER);
		}
		if (!options.some(([key]) => key === 'other')) fail(`${kind} without "other"`);
		expect('}');
		// fromEntries, as the real parser does: a selector named `__proto__` stays an own key.
		return select
			? { type: TYPE.select, value, options: Object.fromEntries(options) }
			: {
					type: TYPE.plural,
					value,
					options: Object.fromEntries(options),
					offset,
					pluralType: kind === 'plural' ? 'cardinal' : 'ordinal'
				};
	}

	return parseMessage(0, false, false);
}
