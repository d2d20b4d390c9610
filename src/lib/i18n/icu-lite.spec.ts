import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as real from '@formatjs/icu-messageformat-parser';
import * as fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import * as lite from './icu-lite';
import { icuLite } from './icu-lite-plugin';
import { languageTag, LOCALES } from './locales';

type Element = real.MessageFormatElement;
type Values = Record<string, string | number | Date>;

const here = fileURLToPath(new URL('.', import.meta.url));
const messagesDir = join(here, 'messages');

/** Every message of every catalogue file, read from disk so a new file is covered too. */
const catalogue = readdirSync(messagesDir).flatMap((locale) =>
	readdirSync(join(messagesDir, locale))
		.filter((file) => file.endsWith('.json'))
		.flatMap((file) => {
			const messages = JSON.parse(readFileSync(join(messagesDir, locale, file), 'utf8'));
			return Object.entries(messages as Record<string, string>).map(([key, message]) => ({
				locale,
				id: `${locale}/${file}:${key}`,
				message
			}));
		})
);

/**
 * The parser options intl-messageformat really passes, recorded by wrapping its parse hook.
 * svelte-i18n constructs `new IntlMessageFormat(message, locale, formats, { ignoreTag })` with
 * `ignoreTag: true` by default (our init() leaves it alone); used directly it defaults to false.
 */
function parserOptions(locale: string, ignoreTag?: boolean): real.ParserOptions {
	const original = IntlMessageFormat.__parse;
	let seen: real.ParserOptions | undefined;
	IntlMessageFormat.__parse = (message, options) => {
		seen = options;
		return real.parse(message, options);
	};
	try {
		new IntlMessageFormat('x', locale, undefined, ignoreTag === undefined ? {} : { ignoreTag });
	} finally {
		IntlMessageFormat.__parse = original;
	}
	if (!seen) throw new Error('intl-messageformat did not call its parser');
	return seen;
}

/** The real parser's result or its error, and icu-lite's, for the same call. */
function both(message: string, options: real.ParserOptions) {
	const run = (parse: typeof real.parse) => {
		try {
			return { ast: parse(message, options) };
		} catch (error) {
			return { error: error as Error };
		}
	};
	return { real: run(real.parse), lite: run(lite.parse) };
}

function expectSameAst(message: string, options: real.ParserOptions): Element[] {
	const expected = real.parse(message, options);
	const actual = lite.parse(message, options);
	expect(actual, message).toStrictEqual(expected);
	return actual;
}

const withTags: real.ParserOptions = { ignoreTag: false };
const ignoringTags: real.ParserOptions = { ignoreTag: true };

describe('the options intl-messageformat parses with', () => {
	it('never ask for locations, so the real parser strips them and icu-lite needs none', () => {
		const options = parserOptions('de', true);
		expect(Object.keys(options).sort()).toEqual(['ignoreTag', 'locale']);
		expect(options.ignoreTag).toBe(true);
		expect(parserOptions('de').ignoreTag).toBeUndefined();
		expect(
			JSON.stringify(real.parse('{n, plural, one {# a} other {<b>#</b>}}', options))
		).not.toContain('location');
	});
});

describe('icu-lite against the real parser on every catalogue message', () => {
	it('has catalogues to check', () => {
		expect(catalogue.length).toBeGreaterThan(1000);
		expect(new Set(catalogue.map((entry) => entry.locale))).toContain('en');
	});

	for (const ignoreTag of [true, false]) {
		it(`returns the same AST with ignoreTag: ${ignoreTag}`, () => {
			const options = new Map<string, real.ParserOptions>();
			for (const { locale, id, message } of catalogue) {
				if (!options.has(locale)) options.set(locale, parserOptions(locale, ignoreTag));
				const settings = options.get(locale) as real.ParserOptions;
				expect(lite.parse(message, settings), id).toStrictEqual(real.parse(message, settings));
			}
		});
	}
});

describe('icu-lite constructs', () => {
	const cases = [
		'',
		'Plain text, with commas, “quotes”, # and } at the top level.',
		'{name}',
		'{ name }',
		'Hello {name}, you have {count} items.',
		'{n, number}',
		'{n, number, percent}',
		'{n,number,integer }',
		'{d, date}',
		'{d, date, short} {d, date, medium} {d, date, long} {d, date, full}',
		'{t, time}',
		'{t, time, short} {t,time,full}',
		'{count, plural, one {# item} other {# items}}',
		'{count, plural, =0 {none} one {# item} other {# items}}',
		'{ count , plural ,one{#}other{# more}}',
		'{count, plural,\n\tone {#}\n\tother {#}\n}',
		'{n, plural, offset:1 =0 {nobody} =1 {{name}} one {{name} and # other} other {{name} and # others}}',
		'{n, plural, offset: -2 other {#}}',
		'{n, plural, =+1 {plus one} =-1 {minus one} other {#}}',
		'{n, plural, offset:-9007199254740991 =007 {x} =-0 {y} other {#}}',
		'{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}',
		'{g, select, female {she} male {he} other {they}}',
		'{g, select, offset {a select may have a selector named offset} other {x}}',
		'{g, select, a {{n, plural, one {# (one)} other {# (other)}}} other {# stays text}}',
		'{n, plural, other {{g, select, a {# is text inside a select} other {{m, plural, other {#}}}}}}',
		'# outside plural is text',
		'{n, plural, other {a # b ## c}}',
		"It''s: ''",
		"'{' and '}' and '{literal}' and '<b>'",
		"'{unclosed quote to the end",
		"a '' b 'c' d 'a'b",
		"{n, plural, other {'#' is quoted, '#'' too' but # is not}}",
		"'# is not quoted outside plural'",
		"{n, plural, other {'{' it''s '}'}}",
		'<b>bold</b> and <i>{name}</i>',
		'<b >x</b >',
		'a <br/> b <br /> c',
		'1 < 2 > 0, <3',
		'<a-b.c_1>x</a-b.c_1>',
		'<b>{n, plural, one {<i>#</i>} other {# <u>x</u>}}</b>',
		'{n, plural, other {<b>#</b>}}',
		'<bé>accented tag name</bé>',
		'{naïve} {名前} {x_1}',
		'emoji 😀 {a} 😀',
		// Own keys that shadow Object.prototype (not `constructor`: toStrictEqual compares that one).
		'{__proto__, select, __proto__ {x} hasOwnProperty {y} other {z}}',
		'{n, plural, toString {x} other {y}}'
	];

	for (const message of cases) {
		it(`parses ${JSON.stringify(message)} like the real parser`, () => {
			expectSameAst(message, ignoringTags);
			expectSameAst(message, withTags);
		});
	}

	it('treats # as the number only directly inside plural and selectordinal', () => {
		expect(
			lite.parse('{g, select, other {#}} {n, plural, other {{g, select, other {#}}}}')
		).toEqual([
			{
				type: lite.TYPE.select,
				value: 'g',
				options: { other: { value: [{ type: 0, value: '#' }] } }
			},
			{ type: lite.TYPE.literal, value: ' ' },
			{
				type: lite.TYPE.plural,
				value: 'n',
				offset: 0,
				pluralType: 'cardinal',
				options: {
					other: {
						value: [
							{
								type: lite.TYPE.select,
								value: 'g',
								options: { other: { value: [{ type: lite.TYPE.literal, value: '#' }] } }
							}
						]
					}
				}
			}
		]);
	});

	it('keeps =0 as its own selector and reads offset', () => {
		const [plural] = lite.parse('{n, plural, offset:1 =0 {zero} other {#}}');
		expect(plural).toMatchObject({ offset: 1, options: { '=0': {}, other: {} } });
	});

	it('unescapes apostrophes', () => {
		expect(lite.parse("It''s '{'a'}' 'b")).toEqual([{ type: 0, value: "It's {a} 'b" }]);
	});

	it('leaves tags as text when ignoreTag is set', () => {
		expect(lite.parse('<b>x</b>', ignoringTags)).toEqual([{ type: 0, value: '<b>x</b>' }]);
		expect(lite.parse('<b>x</b>', withTags)).toEqual([
			{ type: lite.TYPE.tag, value: 'b', children: [{ type: 0, value: 'x' }] }
		]);
	});

	it('throws on constructs outside the subset, naming them', () => {
		for (const [message, construct] of [
			['{n, number, ::currency/EUR}', 'unsupported number style "::currency/EUR"'],
			['{n, number, ::percent}', 'unsupported number style'],
			['{d, date, ::yyyyMMdd}', 'unsupported date style "::yyyyMMdd"'],
			['{t, time, ::Hm}', 'unsupported time style'],
			['{n, number, #,##0.00}', 'unsupported number style "#,##0.00"'],
			["{n, number, 'x'}", 'unsupported number style'],
			['{n, spellout}', 'unsupported argument type "spellout"'],
			['{n, duration}', 'unsupported argument type "duration"']
		] as const) {
			expect(() => lite.parse(message), message).toThrow(construct);
		}
		expect(() => lite.parse('{a}', { captureLocation: true })).toThrow('captureLocation');
	});

	it('throws on invalid ICU, as the real parser does', () => {
		for (const message of [
			'{',
			'{}',
			'{ }',
			'{a',
			'{a,}',
			'{a b}',
			'{a, plural}',
			'{a, plural,}',
			'{a, plural, one {x}}',
			'{a, plural, one {x} other}',
			'{a, plural, other {x}',
			'{a, plural, =x {x} other {y}}',
			'{a, plural, offset {x} other {y}}',
			'{a, plural, offset:x other {y}}',
			'{a, plural, offset:9007199254740992 other {y}}',
			'{a, plural, =-9007199254740993 {x} other {y}}',
			'{a, plural, one {x} one {y} other {z}}',
			'{a, select, =0 {x} other {y}}',
			'{a, select, b {x} b {y} other {z}}',
			'{a, number, }',
			'{a, number, short',
			'{a, date short}',
			'{a, plural, other {<b>x}</b>}',
			'<b>x',
			'<b>x</i>',
			'x</b>',
			'<b>a } b</b>',
			'<b/ >'
		]) {
			const { real: expected, lite: actual } = both(message, withTags);
			expect(expected.error, message).toBeInstanceOf(SyntaxError);
			expect(actual.error, message).toBeInstanceOf(SyntaxError);
		}
	});

	it('never returns an AST the real parser would not (random ICU-like input)', () => {
		const token = fc.constantFrom(
			...['{', '}', ',', ' ', '\n', '#', "'", "''", '<', '>', '/', '<b>', '</b>', '<br/>', '='],
			...[
				'a',
				'n',
				'x y',
				'0',
				'1',
				'-2',
				'99999999999999999',
				'offset',
				':',
				'offset:1',
				'other',
				'one',
				'=0',
				'=1'
			],
			...['plural', 'select', 'selectordinal', 'number', 'date', 'time', 'short', '::', 'é', '😀']
		);
		const arbitrary = fc.tuple(fc.array(token, { maxLength: 30 }), fc.boolean());
		let agreed = 0;
		fc.assert(
			fc.property(arbitrary, ([tokens, ignoreTag]) => {
				const message = tokens.join('');
				const { real: expected, lite: actual } = both(message, { ignoreTag });
				if (actual.ast) {
					expect(expected.ast, message).toStrictEqual(actual.ast);
					agreed++;
				} else if (expected.ast) {
					// The only valid ICU icu-lite may refuse is a style outside the subset.
					expect(actual.error?.message, message).toMatch(/unsupported (number|date|time) style/);
				}
			}),
			{ numRuns: 5000 }
		);
		expect(agreed).toBeGreaterThan(100);
	});
});

/** Argument names of an AST by how they are formatted, to build sample values. */
function argumentsOf(elements: Element[], into = new Map<string, real.TYPE>()) {
	for (const element of elements) {
		if ('value' in element && element.type !== real.TYPE.literal)
			into.set(element.value, element.type);
		if ('options' in element) {
			for (const option of Object.values(element.options)) argumentsOf(option.value, into);
		}
		if ('children' in element) argumentsOf(element.children, into);
	}
	return into;
}

function sampleValues(elements: Element[]): Values[] {
	const args = [...argumentsOf(elements)];
	return [0, 1, 2, 5].map((n) =>
		Object.fromEntries(
			args.map(([name, type]) => {
				switch (type) {
					case real.TYPE.date:
					case real.TYPE.time:
						return [name, new Date(Date.UTC(2024, 0, 15 + n, 9 + n, 30))];
					case real.TYPE.select:
						return [name, n % 2 ? 'a' : 'female'];
					case real.TYPE.argument:
						return [name, n % 2 ? `text ${n}` : n];
					default:
						return [name, n];
				}
			})
		)
	);
}

describe('formatting with an icu-lite AST', () => {
	it('gives the same text as intl-messageformat with its own parser, for every catalogue message', () => {
		let formatted = 0;
		for (const { locale, id, message } of catalogue) {
			const ast = lite.parse(message, ignoringTags);
			if (ast.every((element) => element.type === real.TYPE.literal)) continue;
			// As svelte-i18n constructs it (ignoreTag: true), parsing with the real parser.
			const normal = new IntlMessageFormat(message, locale, undefined, ignoringTags);
			const fromLite = new IntlMessageFormat(ast, locale);
			for (const values of sampleValues(ast)) {
				expect(fromLite.format(values), id).toEqual(normal.format(values));
				formatted++;
			}
		}
		expect(formatted).toBeGreaterThan(100);
	});

	it('gives the same text for the hand-written constructs', () => {
		const messages = [
			'{n, number} {n, number, percent} {n, number, integer}',
			'{d, date} {d, date, short} {d, date, full} {d, time} {d, time, short}',
			'{n, plural, offset:1 =0 {nobody} =1 {{name}} one {{name} and # other} other {{name} and # others}}',
			'{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}',
			'{g, select, a {{n, plural, one {# (one)} other {# (other)}}} other {# stays text}}',
			"{n, plural, other {'#' it''s '{'#'}'}}"
		];
		for (const locale of LOCALES.map(languageTag)) {
			for (const message of messages) {
				const ast = lite.parse(message, ignoringTags);
				for (const values of sampleValues(ast)) {
					expect(new IntlMessageFormat(ast, locale).format(values), message).toEqual(
						new IntlMessageFormat(message, locale, undefined, ignoringTags).format(values)
					);
				}
			}
		}
	});
});

describe('icu-lite exports', () => {
	it('has every name intl-messageformat imports from the parser', () => {
		const root = join(here, '../../../node_modules/intl-messageformat/lib');
		const sources = [
			join(root, 'index.js'),
			...readdirSync(join(root, 'src')).map((f) => join(root, 'src', f))
		];
		const names = new Set<string>();
		for (const file of sources.filter((f) => f.endsWith('.js'))) {
			const source = readFileSync(file, 'utf8');
			for (const [, list] of source.matchAll(
				/import\s*\{([^}]*)\}\s*from\s*'@formatjs\/icu-messageformat-parser'/g
			)) {
				for (const name of (list as string).split(',')) if (name.trim()) names.add(name.trim());
			}
			expect(source).not.toMatch(/from '@formatjs\/icu-messageformat-parser\/|import \* as/);
		}
		expect(names).toContain('parse');
		expect(names.size).toBeGreaterThan(5);
		for (const name of names) expect(lite, name).toHaveProperty(name, expect.any(Function));
	});

	it('has the real enums and type guards', () => {
		expect(lite.TYPE).toEqual(real.TYPE);
		expect(lite.SKELETON_TYPE).toEqual(real.SKELETON_TYPE);
		const elements = real.parse(
			'a {b} {c, number} {d, date} {e, time} {f, select, other {}} {g, plural, other {#}} <h></h>'
		);
		const pound = (elements.find(real.isPluralElement)?.options.other?.value ?? [])[0] as Element;
		const guards = [
			'isLiteralElement',
			'isArgumentElement',
			'isNumberElement',
			'isDateElement',
			'isTimeElement',
			'isSelectElement',
			'isPluralElement',
			'isPoundElement',
			'isTagElement'
		] as const;
		for (const guard of guards) {
			for (const element of [...elements, pound]) {
				expect(lite[guard](element), guard).toBe(real[guard](element));
			}
		}
		const skeletons = real.parse('{a, number, ::percent} {b, date, ::yyyyMMdd}');
		for (const element of skeletons) {
			const style = 'style' in element ? element.style : undefined;
			expect(lite.isNumberSkeleton(style ?? null)).toBe(real.isNumberSkeleton(style ?? null));
			expect(lite.isDateTimeSkeleton(style)).toBe(real.isDateTimeSkeleton(style));
		}
		expect(lite.isNumberSkeleton('percent')).toBe(false);
		expect(lite.isDateTimeSkeleton(undefined)).toBe(false);
	});
});

describe('icuLite() Vite plugin', () => {
	const plugin = icuLite();
	const hook = plugin.resolveId;
	const handler = typeof hook === 'function' ? hook : hook?.handler;
	const resolve = (source: string, importer?: string) =>
		handler?.call({} as never, source, importer, { isEntry: false, attributes: {} });

	it('gives intl-messageformat icu-lite instead of the parser', () => {
		const replacement = resolve(
			'@formatjs/icu-messageformat-parser',
			'/app/node_modules/intl-messageformat/lib/src/formatters.js'
		);
		expect(replacement).toBe(join(here, 'icu-lite.ts'));
		expect(existsSync(replacement as string)).toBe(true);
		expect(
			resolve(
				'@formatjs/icu-messageformat-parser',
				'/app/node_modules/intl-messageformat/lib/src/core.js'
			)
		).toBe(replacement);
	});

	it('leaves every other import alone, including our own use of the real parser', () => {
		expect(resolve('@formatjs/icu-messageformat-parser', join(here, 'check.ts'))).toBeNull();
		expect(resolve('@formatjs/icu-messageformat-parser', join(here, 'icu-lite.ts'))).toBeNull();
		expect(resolve('@formatjs/icu-messageformat-parser')).toBeNull();
		expect(
			resolve('@formatjs/icu-messageformat-parser/lib/types.js', join(here, 'icu-lite.ts'))
		).toBeNull();
		expect(
			resolve('@formatjs/fast-memoize', '/app/node_modules/intl-messageformat/lib/src/core.js')
		).toBeNull();
	});

	it('applies to the client build only', () => {
		expect(plugin.apply).toBe('build');
		expect(plugin.enforce).toBe('pre');
		const environment = (consumer: 'client' | 'server') =>
			({ name: consumer, config: { consumer } }) as unknown as Parameters<
				NonNullable<Plugin['applyToEnvironment']>
			>[0];
		expect(plugin.applyToEnvironment?.(environment('client'))).toBe(true);
		expect(plugin.applyToEnvironment?.(environment('server'))).toBe(false);
	});
});
