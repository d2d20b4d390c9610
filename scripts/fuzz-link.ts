/**
 * Fuzzes the share-link decoder: `decodeResult` must never throw, whatever it is given.
 *
 *   npx tsx scripts/fuzz-link.ts [count] [seed]     (default 100000 inputs, a random seed)
 *
 * Inputs come from several generators, interleaved by weight: random strings, random bytes as base64url,
 * random bodies with a correct CRC (so they reach the body parser), mutations of valid links
 * (character substitution, insertion, deletion, truncation, duplication, bit flips of the
 * decoded bytes with and without a recomputed CRC), and valid links with extra random, huge or
 * zip-bomb sections. It prints, per generator, how many inputs were accepted and how many were
 * rejected with each error, then the elapsed time. Exits 1 on any of:
 * - a crash: `decodeResult` threw;
 * - an accepted single-character substitution or truncation (the format promises to reject them);
 * - an accepted input whose result does not survive `encodeResult` → `decodeResult` unchanged.
 */
import { isDeepStrictEqual } from 'node:util';
import { deflateSync } from 'fflate';
import type { Choice } from '$lib/assessment/model';
import { concatBytes, fromBase64url, toBase64url, withCrc } from '$lib/share/bytes';
import {
	decodeResult,
	encodeResult,
	MAX_LINK_CHARS,
	type DecodeError,
	type SharedResult
} from '$lib/share/codec';
import { compression } from '$lib/share/compression';
import { seededRandom } from '$lib/share/fixtures/random';
import { LINK_FRAMEWORKS } from '$lib/share/frameworks';

// Links with notes need the compressor, which the app loads on demand; the fuzzer always has it.
const options = { compression };

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Math.floor(Math.random() * 2 ** 31));
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
	console.error('usage: tsx scripts/fuzz-link.ts [count] [seed]');
	process.exit(2);
}

// Seeded, so a failing run can be repeated with its seed.
const { random, int, pick } = seededRandom(seed);
const chance = (p: number) => random() < p;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const ODD = [
	' ',
	'\n',
	'\t',
	'#',
	'=',
	'+',
	'/',
	'%',
	'.',
	'\u00a0',
	'\u200b',
	'é',
	'😀',
	'\ud800'
];

function randomChar(): string {
	const kind = int(4);
	if (kind === 0) return pick(ALPHABET);
	if (kind === 1) return pick(PRINTABLE);
	if (kind === 2) return pick(ODD);
	return String.fromCharCode(int(0x10000)); // any UTF-16 unit, lone surrogates included
}

function randomString(max: number): string {
	let text = '';
	const length = int(max + 1);
	for (let i = 0; i < length; i++) text += randomChar();
	return text;
}

function randomAlphabetString(length: number): string {
	let text = '';
	for (let i = 0; i < length; i++) text += pick(ALPHABET);
	return text;
}

function randomBytes(length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	for (let i = 0; i < length; i++) bytes[i] = int(256);
	return bytes;
}

// ---------------------------------------------------------------------------------------------
// Valid links to mutate.

const framework = LINK_FRAMEWORKS[0]!;
const CHOICES: readonly Choice[] = [0, 1, 2, 3, 4, 'na', 'unknown'];
const NAMES = ['Example GmbH', 'Ärzte ohne Grenzen', '👩🏽‍💻 Team 🚀', 'שלום', 'e\u0301\u0302', 'x'];

function randomResult(): SharedResult {
	const result: SharedResult = { frameworkVersion: framework.version, answers: {}, targets: {} };
	for (const id of framework.questionIds) if (chance(0.8)) result.answers[id] = pick(CHOICES);
	for (const id of framework.principleIds) if (chance(0.5)) result.targets[id] = pick([1, 2, 3, 4]);
	if (chance(0.5)) result.name = pick(NAMES);
	if (chance(0.3)) result.participant = pick(NAMES);
	if (chance(0.3)) result.date = `20${10 + int(20)}-0${1 + int(9)}-1${int(10)}`;
	if (chance(0.3)) {
		result.details = { answers: {}, plan: {} };
		for (const id of framework.questionIds) {
			if (chance(0.3)) result.details.answers[id] = { note: `note ${int(1000)} ${pick(NAMES)}` };
			if (chance(0.1)) result.details.answers[id] = { evidence: `https://example.org/${int(99)}` };
			if (chance(0.2)) result.details.plan[id] = { owner: pick(NAMES), status: 'doing' };
		}
	}
	return result;
}

const validLinks = Array.from({ length: 300 }, () => encodeResult(randomResult(), options));
const validBodies = validLinks.map((link) => fromBase64url(link)!.subarray(0, -4));
/** Header and packed answers of a link without sections (2 + 17 bytes for framework 0). */
const plainBody = fromBase64url(
	encodeResult({ frameworkVersion: framework.version, answers: {}, targets: {} }, options)
)!.subarray(0, -4);

function leb128(value: number): number[] {
	const out: number[] = [];
	do {
		const low = value & 0x7f;
		value = Math.floor(value / 128);
		out.push(value ? low | 0x80 : low);
	} while (value);
	return out;
}

/** Flips `count` distinct bits (flipping one twice would undo the change). */
function flipBits(bytes: Uint8Array, count: number) {
	const bits = new Set<number>();
	while (bits.size < Math.min(count, bytes.length * 8)) bits.add(int(bytes.length * 8));
	for (const bit of bits) bytes[bit >> 3]! ^= 0x80 >> (bit & 7);
}

const bomb = deflateSync(new Uint8Array(4_000_000).fill(0x20), { level: 9 });

// ---------------------------------------------------------------------------------------------
// Generators. `strict` ones must never be accepted.

interface Generator {
	name: string;
	/** Must never be accepted. */
	strict?: boolean;
	/** Relative share of the inputs; 8 unless given. */
	weight?: number;
	make(): string;
}

const generators: Generator[] = [
	{ name: 'random string', make: () => randomString(chance(0.9) ? 80 : 600) },
	{
		name: 'random alphabet string',
		make: () => randomAlphabetString(int(chance(0.9) ? 120 : 3000))
	},
	{ name: 'random bytes', make: () => toBase64url(randomBytes(int(200))) },
	{
		name: 'random body + CRC',
		make: () => {
			const body = randomBytes(int(120));
			if (body.length > 0 && chance(0.7)) body[0] = 1;
			if (body.length > 1 && chance(0.7)) body[1] = 0;
			return toBase64url(withCrc(body));
		}
	},
	{
		name: 'substitute a char',
		strict: true,
		make: () => {
			const link = pick(validLinks);
			const at = int(link.length);
			let next = pick(chance(0.8) ? ALPHABET : PRINTABLE);
			while (next === link[at]) next = pick(ALPHABET);
			return link.slice(0, at) + next + link.slice(at + 1);
		}
	},
	{
		name: 'insert a char',
		make: () => {
			const link = pick(validLinks);
			const at = int(link.length + 1);
			return link.slice(0, at) + randomChar() + link.slice(at);
		}
	},
	{
		name: 'delete chars',
		make: () => {
			const link = pick(validLinks);
			const at = int(link.length);
			return link.slice(0, at) + link.slice(at + 1 + int(3));
		}
	},
	{
		name: 'truncate',
		strict: true,
		make: () => {
			const link = pick(validLinks);
			return link.slice(0, int(link.length));
		}
	},
	{
		name: 'duplicate a slice',
		make: () => {
			const link = pick(validLinks);
			const from = int(link.length);
			const to = from + 1 + int(link.length - from);
			return link.slice(0, to) + link.slice(from, to) + link.slice(to);
		}
	},
	{
		name: 'flip bits, old CRC',
		make: () => {
			const bytes = fromBase64url(pick(validLinks))!;
			flipBits(bytes, 1 + int(3));
			return toBase64url(bytes);
		}
	},
	{
		name: 'flip bits, new CRC',
		make: () => {
			const body = pick(validBodies).slice();
			flipBits(body, 1 + int(3));
			return toBase64url(withCrc(body));
		}
	},
	{
		name: 'random section',
		make: () => {
			const type = chance(0.7) ? 1 + int(5) : int(256);
			const data = randomBytes(chance(0.9) ? int(64) : int(20_000));
			// Sometimes lie about the length, sometimes with a huge or non-minimal varint.
			const length = chance(0.8)
				? leb128(data.length)
				: pick([
						leb128(int(2 ** 28)),
						[0x80 | (data.length % 128), 0],
						[0xff, 0xff, 0xff, 0xff, 0x7f]
					]);
			const body = concatBytes([pick([plainBody, pick(validBodies)]), [type], length, data]);
			return toBase64url(withCrc(body));
		}
	},
	{
		name: 'details: deflated junk',
		make: () => {
			const junk = chance(0.5)
				? new TextEncoder().encode(
						pick(['{}', '[]', 'null', '{"a":{}}', '{"a":{"0":{}}}', '{"a":{"99":{"n":"x"}}}']) +
							(chance(0.3) ? randomString(20) : '')
					)
				: randomBytes(int(300));
			const data = deflateSync(junk);
			return toBase64url(withCrc(concatBytes([plainBody, [4], leb128(data.length), data])));
		}
	},
	{
		// Each bomb costs the decoder ~2–6 ms (it inflates 256 KiB before giving up), so bombs
		// get a small share; a few hundred of them cover the code path.
		name: 'details: zip bomb',
		weight: 1,
		make: () => {
			const data = bomb.subarray(0, Math.min(bomb.length, 2_000 + int(20_000)));
			const link = toBase64url(withCrc(concatBytes([plainBody, [4], leb128(data.length), data])));
			return link.length <= MAX_LINK_CHARS ? link : link.slice(0, MAX_LINK_CHARS);
		}
	},
	{
		name: 'wrapped in a URL',
		make: () => {
			const link = pick(validLinks);
			return (
				pick(['https://x.org/r/#', '#', '  \n', 'r/#', '']) + link + pick(['', '\n', ' ', '.'])
			);
		}
	}
];

// ---------------------------------------------------------------------------------------------
// Run.

/** Generators in a fixed interleaved order, each as often as its weight. */
const schedule: Generator[] = [];
for (let round = 0; round < 8; round++) {
	for (const generator of generators) if (round < (generator.weight ?? 8)) schedule.push(generator);
}

type Outcome = DecodeError | 'accepted' | 'crash';
const OUTCOMES: Outcome[] = [
	'accepted',
	'empty',
	'not-ours',
	'damaged',
	'newer-version',
	'unknown-framework',
	'too-long',
	'crash'
];
const table = new Map(generators.map((g) => [g.name, new Map<Outcome, number>()]));
const seconds = new Map(generators.map((g) => [g.name, 0]));
const problems: string[] = [];
let crashes = 0;
let unexpectedAccepts = 0;
let roundTripFailures = 0;

function report(kind: string, input: string, detail: unknown) {
	if (problems.length < 10)
		problems.push(`${kind}: ${JSON.stringify(input.slice(0, 200))} ${detail}`);
}

const started = performance.now();
for (let i = 0; i < count; i++) {
	const generator = schedule[i % schedule.length]!;
	const begin = performance.now();
	const input = generator.make();
	let outcome: Outcome;
	try {
		const decoded = decodeResult(input, options);
		outcome = decoded.ok ? 'accepted' : decoded.error;
		if (decoded.ok) {
			if (generator.strict) {
				unexpectedAccepts++;
				report('accepted', input, generator.name);
			}
			// Whatever decodes must survive another trip unchanged.
			const again = decodeResult(encodeResult(decoded.result, options), options);
			if (!again.ok || !isDeepStrictEqual(again.result, decoded.result)) {
				roundTripFailures++;
				report('round trip', input, again.ok ? 'changed' : again.error);
			}
		}
	} catch (error) {
		outcome = 'crash';
		crashes++;
		report('crash', input, error);
	}
	seconds.set(generator.name, seconds.get(generator.name)! + (performance.now() - begin) / 1000);
	const row = table.get(generator.name)!;
	row.set(outcome, (row.get(outcome) ?? 0) + 1);
}
const elapsed = (performance.now() - started) / 1000;

const header = ['generator', ...OUTCOMES, 'seconds'];
const rows = [...table].map(([name, row]) => [
	name,
	...OUTCOMES.map((o) => String(row.get(o) ?? 0)),
	seconds.get(name)!.toFixed(2)
]);
const totals = OUTCOMES.map((o) =>
	String([...table.values()].reduce((s, r) => s + (r.get(o) ?? 0), 0))
);
rows.push(['total', ...totals, elapsed.toFixed(2)]);
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
const line = (cells: string[]) =>
	cells
		.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
		.join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(
	`\n${count} inputs in ${elapsed.toFixed(2)} s (seed ${seed}): ${crashes} crashes, ` +
		`${unexpectedAccepts} accepted substitutions/truncations, ${roundTripFailures} round-trip failures`
);
for (const problem of problems) console.log(problem);
if (crashes + unexpectedAccepts + roundTripFailures > 0) process.exit(1);
