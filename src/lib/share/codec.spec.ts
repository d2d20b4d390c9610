import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { deflateSync } from 'fflate';
import {
	DEFAULT_TARGET,
	isEvidenceUrl,
	LIMITS,
	PLAN_STATUSES,
	type Choice,
	type PlanEntry,
	type Targets
} from '$lib/assessment/model';
import { bank, FRAMEWORK_VERSION } from '$lib/framework/bank';
import { PRINCIPLE_IDS, type PrincipleId } from '$lib/framework/types';
import { crc32, fromBase64url, toBase64url, withCrc } from './bytes';
import * as codec from './codec';
import {
	EncodeError,
	fragmentOf,
	MAX_DETAILS_BYTES,
	MAX_LINK_CHARS,
	minimumFragmentChars,
	PARTICIPANT_MAX,
	type DecodeError,
	type SharedDetails,
	type SharedResult
} from './codec';
import { compression } from './compression';
import { LINK_FRAMEWORKS, linkFrameworkIndex } from './frameworks';

// Links with notes need the compressor, which the app loads on demand; here every call has it.
const encodeResult = (result: SharedResult) => codec.encodeResult(result, { compression });
const decodeResult = (input: string) => codec.decodeResult(input, { compression });

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const framework = LINK_FRAMEWORKS[linkFrameworkIndex(FRAMEWORK_VERSION)]!;
const ids = framework.questionIds;
const CHOICES: readonly Choice[] = [0, 1, 2, 3, 4, 'na', 'unknown'];

function filledTargets(targets: Targets): Record<PrincipleId, number> {
	const entries = PRINCIPLE_IDS.map((id) => [id, targets[id] ?? DEFAULT_TARGET]);
	return Object.fromEntries(entries) as Record<PrincipleId, number>;
}

function fullResult(extra: Partial<SharedResult> = {}): SharedResult {
	const answers: Record<string, Choice> = {};
	ids.forEach((id, i) => (answers[id] = CHOICES[i % CHOICES.length]!));
	return {
		frameworkVersion: FRAMEWORK_VERSION,
		answers,
		targets: { commons: 4, partners: 1, 'boring-work': 2 },
		...extra
	};
}

function errorOf(input: string): DecodeError | 'ok' {
	const decoded = decodeResult(input);
	return decoded.ok ? 'ok' : decoded.error;
}

/** The bytes of a link before its CRC. */
function bodyOf(link: string): Uint8Array {
	return fromBase64url(link)!.slice(0, -4);
}

/** A link of arbitrary bytes with a correct CRC. */
function relink(...parts: ArrayLike<number>[]): string {
	return toBase64url(withCrc(Uint8Array.from(parts.flatMap((part) => Array.from(part)))));
}

/** A section: type, LEB128 length, data. */
function section(type: number, data: ArrayLike<number>): number[] {
	const length: number[] = [];
	let rest = data.length;
	do {
		length.push((rest & 0x7f) | (rest > 0x7f ? 0x80 : 0));
		rest >>= 7;
	} while (rest);
	return [type, ...length, ...Array.from(data)];
}

/** A details section (type 4) holding `json`, deflated. */
function detailsSection(json: string | Uint8Array): number[] {
	return section(4, deflateSync(typeof json === 'string' ? new TextEncoder().encode(json) : json));
}

/** Header and packed answers of an empty assessment: sections go after these bytes. */
const emptyBody = bodyOf(
	encodeResult({ frameworkVersion: FRAMEWORK_VERSION, answers: {}, targets: {} })
);

let noiseState = 12345;
/** Pseudo-random CJK text (3 UTF-8 bytes, ~14 bits of entropy a character): deflate cannot shrink it. */
function noise(length: number): string {
	let text = '';
	for (let i = 0; i < length; i++) {
		noiseState = (Math.imul(noiseState, 1103515245) + 12345) >>> 0;
		text += String.fromCharCode(0x4e00 + ((noiseState >>> 8) % 20000));
	}
	return text;
}

describe('crc32', () => {
	it('gives the IEEE check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array())).toBe(0);
	});
});

describe('base64url', () => {
	it('matches Node for any bytes and reads its own output back', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				const text = toBase64url(bytes);
				expect(text).toBe(Buffer.from(bytes).toString('base64url'));
				expect(fromBase64url(text)).toEqual(bytes);
			})
		);
	});

	it('refuses padding, stray characters and non-canonical endings', () => {
		expect(fromBase64url('QQ==')).toBeNull();
		expect(fromBase64url('QQ+/')).toBeNull();
		expect(fromBase64url('QUJDR')).toBeNull(); // length ≡ 1 (mod 4)
		expect(fromBase64url('QR')).toBeNull(); // 'R' sets unused bits; 'QQ' is the canonical 'A'
		expect(fromBase64url('QQ')).toEqual(Uint8Array.of(0x41));
	});
});

describe('framework registry', () => {
	it("has the current bank's question order and version as its latest entry", () => {
		const latest = LINK_FRAMEWORKS.at(-1)!;
		expect(latest.version).toBe(FRAMEWORK_VERSION);
		expect(latest.questionIds).toEqual(
			bank.principles.flatMap((principle) => principle.questions.map((question) => question.id))
		);
		expect(latest.principleIds).toEqual(bank.principles.map((principle) => principle.id));
		expect(latest.principleIds).toEqual(PRINCIPLE_IDS);
	});

	it('is frozen, with unique versions and unique ids per entry', () => {
		expect(Object.isFrozen(LINK_FRAMEWORKS)).toBe(true);
		const versions = new Set(LINK_FRAMEWORKS.map((entry) => entry.version));
		expect(versions.size).toBe(LINK_FRAMEWORKS.length);
		expect(LINK_FRAMEWORKS.length).toBeLessThanOrEqual(256);
		for (const entry of LINK_FRAMEWORKS) {
			expect(Object.isFrozen(entry) && Object.isFrozen(entry.questionIds)).toBe(true);
			expect(new Set(entry.questionIds).size).toBe(entry.questionIds.length);
		}
	});

	it('maps 1.0.0 to byte 0 and 1.1.0 to byte 1, so existing links keep their meaning', () => {
		expect(linkFrameworkIndex('1.0.0')).toBe(0);
		expect(LINK_FRAMEWORKS[0]!.questionIds).toHaveLength(40);
		expect(linkFrameworkIndex('1.1.0')).toBe(1);
		expect(LINK_FRAMEWORKS[1]!.questionIds).toHaveLength(42);
		expect(linkFrameworkIndex('0.9.0')).toBe(-1);
	});
});

// ---------------------------------------------------------------------------------------------
// Round trip

const nameSamples = [
	'Ärzte ohne Grenzen e. V.',
	'👩🏽‍💻 Platform team 🚀',
	'שלום עולם', // right to left
	'مؤسسة المثال',
	'e\u0301\u0302 a\u0308', // combining marks
	'\uFEFFstarts with a BOM',
	'tab\tand\nnewline',
	'x'
];

/**
 * Non-empty text of at most `max` UTF-16 units: any code points, hand-picked samples, or long
 * text (up to `longest`, default `max`; details use less so that a whole result fits a link).
 */
function textArb(max: number, longest = max): fc.Arbitrary<string> {
	return fc
		.oneof(
			fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
			fc.constantFrom(...nameSamples),
			fc.string({ unit: 'grapheme-ascii', minLength: longest - 3, maxLength: longest })
		)
		.filter((text) => text.length >= 1 && text.length <= max);
}

const dayArb = fc
	.integer({ min: 0, max: 0xffff })
	.map((days) => new Date(Date.UTC(2000, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));

const nonEmpty = (entry: object) => Object.keys(entry).length > 0;

const detailsArb: fc.Arbitrary<SharedDetails> = fc
	.record({
		answers: fc.dictionary(
			fc.constantFrom(...ids),
			fc
				.record(
					{
						note: textArb(LIMITS.note, 300),
						evidence: fc.oneof(
							fc.webUrl().filter(isEvidenceUrl),
							fc.constant('https://wiki.example.org/ospo?page=1#top')
						),
						naReason: textArb(LIMITS.naReason, 100)
					},
					{ requiredKeys: [] }
				)
				.filter(nonEmpty)
		),
		plan: fc.dictionary(
			fc.constantFrom(...ids),
			fc
				.record(
					{
						owner: textArb(LIMITS.owner, 60),
						due: dayArb,
						status: fc.constantFrom(...PLAN_STATUSES),
						excluded: fc.boolean()
					},
					{ requiredKeys: [] }
				)
				.filter(nonEmpty) as fc.Arbitrary<PlanEntry>
		)
	})
	.filter((details) => nonEmpty(details.answers) || nonEmpty(details.plan));

const targetArbs = Object.fromEntries(
	PRINCIPLE_IDS.map((id) => [id, fc.constantFrom(1, 2, 3, 4)])
) as Record<PrincipleId, fc.Arbitrary<1 | 2 | 3 | 4>>;

const resultArb: fc.Arbitrary<SharedResult> = fc.record(
	{
		frameworkVersion: fc.constant(FRAMEWORK_VERSION),
		answers: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...CHOICES)),
		targets: fc.record(targetArbs, { requiredKeys: [] }),
		name: textArb(LIMITS.name),
		participant: textArb(PARTICIPANT_MAX),
		date: dayArb,
		details: detailsArb
	},
	{ requiredKeys: ['frameworkVersion', 'answers', 'targets'] }
);

describe('round trip', () => {
	// 1,000 results take about 4 s on an idle machine and 7–8 s on a loaded one, more than
	// Vitest's default of 5 s: hence the timeout (the last argument).
	it('decode(encode(x)) equals x with its targets filled in, for any result', () => {
		fc.assert(
			fc.property(resultArb, (result) => {
				const link = encodeResult(result);
				expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
				expect(decodeResult(link)).toEqual({
					ok: true,
					result: { ...result, targets: filledTargets(result.targets) }
				});
			}),
			{ numRuns: 1000 }
		);
	}, 30_000);

	it('keeps every choice at every position', () => {
		for (const choice of CHOICES) {
			const answers = Object.fromEntries(ids.map((id) => [id, choice]));
			const decoded = decodeResult(
				encodeResult({ frameworkVersion: FRAMEWORK_VERSION, answers, targets: {} })
			);
			expect(decoded.ok && decoded.result.answers).toEqual(answers);
		}
	});

	it('carries text at its limits', () => {
		const result = fullResult({
			name: 'n'.repeat(LIMITS.name),
			participant: '😀'.repeat(PARTICIPANT_MAX / 2),
			date: '2179-06-06',
			details: {
				answers: {
					[ids[0]!]: { note: 'x'.repeat(LIMITS.note), naReason: 'r'.repeat(LIMITS.naReason) }
				},
				plan: { [ids[39]!]: { owner: 'o'.repeat(LIMITS.owner), due: '2000-01-01' } }
			}
		});
		expect(decodeResult(encodeResult(result))).toEqual({
			ok: true,
			result: { ...result, targets: filledTargets(result.targets) }
		});
	});

	it('writes the canonical form: no empty names, fields, entries or details', () => {
		const link = encodeResult(
			fullResult({
				name: '',
				participant: '',
				details: {
					answers: { [ids[0]!]: { note: '', evidence: undefined }, [ids[1]!]: { note: 'kept' } },
					plan: { [ids[2]!]: {}, [ids[3]!]: { owner: '', status: 'done' } }
				}
			})
		);
		expect(decodeResult(link)).toEqual({
			ok: true,
			result: {
				...fullResult(),
				targets: filledTargets(fullResult().targets),
				details: {
					answers: { [ids[1]!]: { note: 'kept' } },
					plan: { [ids[3]!]: { status: 'done' } }
				}
			}
		});
		const onlyEmpty = fullResult({ details: { answers: { [ids[0]!]: {} }, plan: {} } });
		expect(encodeResult(onlyEmpty)).toBe(encodeResult(fullResult()));
	});

	it('refuses what it could not decode again', () => {
		const refuses = (result: SharedResult, reason: 'invalid' | 'too-long') => {
			let error: unknown;
			try {
				encodeResult(result);
			} catch (caught) {
				error = caught;
			}
			expect(error).toBeInstanceOf(EncodeError);
			expect((error as EncodeError).reason).toBe(reason);
		};
		refuses({ ...fullResult(), frameworkVersion: '0.1.0' }, 'invalid');
		refuses(fullResult({ answers: { 'commons.unknown-question': 2 } }), 'invalid');
		refuses(fullResult({ answers: { [ids[0]!]: 5 as Choice } }), 'invalid');
		refuses(fullResult({ targets: { commons: 5 as 4 } }), 'invalid');
		refuses(fullResult({ targets: { nope: 2 } as Targets }), 'invalid');
		refuses(fullResult({ name: 'n'.repeat(LIMITS.name + 1) }), 'invalid');
		refuses(fullResult({ participant: 'p'.repeat(PARTICIPANT_MAX + 1) }), 'invalid');
		refuses(fullResult({ date: '1999-12-31' }), 'invalid');
		refuses(fullResult({ date: '2179-06-07' }), 'invalid');
		refuses(fullResult({ date: '2026-02-30' }), 'invalid');
		const evidence = (url: string) =>
			fullResult({ details: { answers: { [ids[0]!]: { evidence: url } }, plan: {} } });
		refuses(evidence('javascript:alert(1)'), 'invalid');
		refuses(evidence('wiki page 4'), 'invalid');
		refuses(
			fullResult({ details: { answers: {}, plan: { [ids[0]!]: { due: 'tomorrow' } } } }),
			'invalid'
		);
		refuses(
			fullResult({ details: { answers: { 'bedrock.nope': { note: 'x' } }, plan: {} } }),
			'invalid'
		);
		// Incompressible notes: over MAX_DETAILS_BYTES as JSON, or over MAX_LINK_CHARS deflated.
		const notes = (length: number): SharedDetails => ({
			answers: Object.fromEntries(ids.map((id) => [id, { note: noise(length) }])),
			plan: {}
		});
		refuses(fullResult({ details: notes(LIMITS.note) }), 'too-long'); // 600 kB of JSON
		refuses(fullResult({ details: notes(1_000) }), 'too-long'); // 120 kB of JSON, ~96 k chars
	});
});

// ---------------------------------------------------------------------------------------------
// Damage

const plainLink = encodeResult(fullResult());
const namedLink = encodeResult(fullResult({ name: 'Example GmbH – Ärzte😀' }));
const datedLink = encodeResult(fullResult({ date: '2026-05-01' }));

describe('a damaged link', () => {
	it('has test links ending in each kind of base64url group (2, 3 and 4 characters)', () => {
		expect([plainLink, namedLink, datedLink].map((link) => link.length % 4).sort()).toEqual([
			0, 2, 3
		]);
	});

	it.each([
		['without sections', plainLink],
		['with a name section', namedLink],
		['with a date section', datedLink]
	])('is rejected for every single-character substitution (%s)', (_, link) => {
		expect(errorOf(link)).toBe('ok');
		let tried = 0;
		for (let at = 0; at < link.length; at++) {
			const edit = (char: string) => link.slice(0, at) + char + link.slice(at + 1);
			for (const char of ALPHABET) {
				if (char === link[at]) continue;
				expect(errorOf(edit(char)), `${char} at ${at}`).toBe('damaged');
				tried++;
			}
			// Outside the alphabet: a stray character in an otherwise intact link is damage too.
			for (const char of ['!', ' ', '=', 'é']) {
				expect(errorOf(edit(char)), `${char} at ${at}`).toBe('damaged');
			}
		}
		expect(tried).toBe(link.length * 63);
	});

	it.each([
		['without sections', plainLink],
		['with a name section', namedLink],
		[
			'with details',
			encodeResult(
				fullResult({
					details: { answers: { [ids[4]!]: { note: 'Owned by the OSPO since May.' } }, plan: {} }
				})
			)
		]
	])('is rejected for every truncation (%s)', (_, link) => {
		expect(errorOf(link)).toBe('ok');
		expect(errorOf('')).toBe('empty');
		for (let length = 1; length < link.length; length++) {
			const expected = length < 8 ? 'not-ours' : 'damaged';
			expect(errorOf(link.slice(0, length)), `prefix of ${length}`).toBe(expected);
		}
	});

	it('is rejected when the CRC matches but the body is malformed', () => {
		const packed = emptyBody;
		// 42 answers × 3 bits + 8 targets × 2 bits = 142 bits: 18 bytes, the last 2 bits padding.
		expect(packed.length).toBe(2 + 18);
		const padded = Uint8Array.from(packed);
		padded[padded.length - 1]! |= 0b01;
		// Control: the hand-built framing is right.
		expect(decodeResult(relink(packed, section(1, new TextEncoder().encode('Team'))))).toEqual({
			ok: true,
			result: expect.objectContaining({ name: 'Team' })
		});
		const cases: Record<string, string> = {
			'body cut short': relink(packed.subarray(0, -1)),
			'non-zero padding bits': relink(padded),
			'unknown section type': relink(packed, [9, 1, 0]),
			'section type 0': relink(packed, [0, 1, 0]),
			'duplicate section': relink(packed, [1, 1, 65, 1, 1, 66]),
			'empty section': relink(packed, [1, 0]),
			'length past the end': relink(packed, [1, 5, 65]),
			'non-minimal length': relink(packed, [1, 0x81, 0x00, 65]),
			'length without end': relink(packed, [1, 0x81]),
			'invalid UTF-8': relink(packed, [1, 2, 0xc3, 0x28]),
			'UTF-8 surrogate': relink(packed, [1, 3, 0xed, 0xa0, 0x80]),
			'name over the limit': relink(packed, section(1, new Array(LIMITS.name + 1).fill(65))),
			'participant over the limit': relink(packed, section(3, new Array(101).fill(65))),
			'date of 3 bytes': relink(packed, [2, 3, 0, 1, 2]),
			'details not deflate': relink(packed, [4, 3, 0xff, 0xff, 0xff]),
			'details not JSON': relink(packed, detailsSection('{"a":')),
			'details unknown field': relink(packed, detailsSection('{"a":{"0":{"n":"x","z":1}}}')),
			'details unknown question': relink(
				packed,
				detailsSection(`{"a":{"${ids.length}":{"n":"x"}}}`)
			),
			'details index with zero': relink(packed, detailsSection('{"a":{"01":{"n":"x"}}}')),
			'details empty entry': relink(packed, detailsSection('{"a":{"0":{}}}')),
			'details empty': relink(packed, detailsSection('{}')),
			'details empty string': relink(packed, detailsSection('{"p":{"0":{"o":""}}}')),
			'details bad status': relink(packed, detailsSection('{"p":{"0":{"s":"later"}}}')),
			'details bad due date': relink(packed, detailsSection('{"p":{"0":{"d":"2026-13-01"}}}')),
			'details note over the limit': relink(
				packed,
				detailsSection(`{"a":{"0":{"n":"${'x'.repeat(LIMITS.note + 1)}"}}}`)
			)
		};
		for (const [what, link] of Object.entries(cases)) expect(errorOf(link), what).toBe('damaged');
	});

	it('is rejected when its details carry a script URL as evidence', () => {
		const good = relink(emptyBody, detailsSection('{"a":{"0":{"e":"https://example.org/x"}}}'));
		expect(decodeResult(good)).toMatchObject({
			ok: true,
			result: { details: { answers: { [ids[0]!]: { evidence: 'https://example.org/x' } } } }
		});
		const bad = relink(emptyBody, detailsSection('{"a":{"0":{"e":"javascript:alert(1)"}}}'));
		expect(errorOf(bad)).toBe('damaged');
	});

	it('is rejected when its details inflate past the cap (a zip bomb)', () => {
		// Control: a large but valid details section passes.
		const large = `{"a":{"0":{"n":"${'x'.repeat(LIMITS.note)}"}},"p":{"0":{"o":"x"}}}`;
		expect(errorOf(relink(emptyBody, detailsSection(large)))).toBe('ok');
		// Valid JSON followed by spaces, one byte past the cap.
		const bomb = new Uint8Array(MAX_DETAILS_BYTES + 1).fill(0x20);
		bomb.set(new TextEncoder().encode('{"a":{"0":{"n":"x"}}}'));
		expect(errorOf(relink(emptyBody, detailsSection(bomb)))).toBe('damaged');
		// Far past the cap: 20 MB of spaces in a link that still fits MAX_LINK_CHARS.
		const huge = deflateSync(new Uint8Array(20_000_000).fill(0x20), { level: 9 });
		const link = relink(emptyBody, section(4, huge));
		expect(link.length).toBeLessThan(MAX_LINK_CHARS);
		expect(errorOf(link)).toBe('damaged');
	});
});

describe('other rejections', () => {
	it('says newer-version for a later format version with a correct CRC', () => {
		for (const version of [2, 255]) {
			const body = bodyOf(plainLink);
			body[0] = version;
			expect(errorOf(relink(body))).toBe('newer-version');
			// The same bytes with a stale CRC are damage, not a newer version.
			const staleCrc = fromBase64url(plainLink)!.slice(-4);
			expect(errorOf(toBase64url(Uint8Array.from([...body, ...staleCrc])))).toBe('damaged');
		}
	});

	it('says unknown-framework for a framework index it does not know', () => {
		const body = bodyOf(plainLink);
		body[1] = 9;
		expect(errorOf(relink(body))).toBe('unknown-framework');
	});

	it('says not-ours for format version 0 with a correct CRC', () => {
		const body = bodyOf(plainLink);
		body[0] = 0;
		expect(errorOf(relink(body))).toBe('not-ours');
	});

	it.each(['hello world', 'https://example.com/', '{"a":1}', 'abc', 'https://x.org/r/#abc!'])(
		'says not-ours for %j',
		(input) => expect(errorOf(input)).toBe('not-ours')
	);

	it('says empty for nothing, whitespace or a URL ending in #', () => {
		for (const input of ['', '  \n\t', '#', 'https://x.org/r/#', 'https://x.org/r/#  ']) {
			expect(errorOf(input)).toBe('empty');
		}
	});

	it('says too-long above MAX_LINK_CHARS, before decoding anything', () => {
		expect(errorOf('A'.repeat(40_000))).toBe('too-long');
		expect(errorOf('#' + 'é'.repeat(MAX_LINK_CHARS + 1))).toBe('too-long');
		expect(errorOf('A'.repeat(MAX_LINK_CHARS))).toBe('damaged');
	});

	it('never throws, whatever the input', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 200 }),
					fc.string({ unit: fc.constantFrom(...ALPHABET, '#', ' ', '='), maxLength: 200 }),
					fc.uint8Array({ maxLength: 150 }).map((bytes) => toBase64url(withCrc(bytes)))
				),
				(input) => {
					expect(typeof decodeResult(input).ok).toBe('boolean');
				}
			),
			{ numRuns: 2000 }
		);
		expect(decodeResult(undefined as unknown as string)).toEqual({ ok: false, error: 'not-ours' });
	});
});

describe('fragmentOf', () => {
	it('takes the fragment of a URL, a #string or bare text, trimmed', () => {
		expect(fragmentOf('https://x.org/base/r/#ABC')).toBe('ABC');
		expect(fragmentOf('#ABC')).toBe('ABC');
		expect(fragmentOf('  ABC\n')).toBe('ABC');
		expect(fragmentOf(' https://x.org/r/#ABC#DEF \n')).toBe('ABC#DEF');
	});

	it('lets decodeResult take whole URLs and pasted text', () => {
		const expected = decodeResult(plainLink);
		expect(expected.ok).toBe(true);
		for (const input of [
			`https://x.org/base/r/#${plainLink}`,
			`#${plainLink}`,
			` ${plainLink}\n`,
			`\n\thttps://x.org/r/#${plainLink}  \r\n`
		]) {
			expect(decodeResult(input)).toEqual(expected);
		}
	});
});

describe('length', () => {
	const len = plainLink.length;
	const min = minimumFragmentChars(ids.length, PRINCIPLE_IDS.length);
	const ratio = (len / min).toFixed(2);

	it(`full ${ids.length}-question link: ${len} chars vs minimum ${min} (ratio ${ratio})`, () => {
		expect(min).toBe(Math.ceil((ids.length * Math.log2(7) + 8 * 2) / 6));
		expect(len).toBeLessThanOrEqual(1.5 * min);
		expect(len).toBeLessThan(100);
	});

	it('does not depend on the answers', () => {
		const empty = encodeResult({ frameworkVersion: FRAMEWORK_VERSION, answers: {}, targets: {} });
		expect(empty.length).toBe(len);
	});
});
