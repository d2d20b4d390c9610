/**
 * Links made before a change to the codec decode exactly as they did: fixtures/links-1.0.json
 * records, for 350 inputs (links the codec made, hand-built links it accepts, and inputs it
 * refuses), what `decodeResult` returned then. See fixtures/make-links-1.0.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	decodeResult,
	decodeResultWithDetails,
	encodeResult,
	fragmentOf,
	type DecodeError
} from './codec';
import { compression } from './compression';
import { LINK_FRAMEWORKS } from './frameworks';
import type { GoldenLink } from './fixtures/make-links-1.0';

const recorded = JSON.parse(
	readFileSync(new URL('./fixtures/links-1.0.json', import.meta.url), 'utf8')
) as GoldenLink[];

/**
 * The corpus was recorded when the registry had one entry (1.0.0). Entries appended since (1.1.0
 * is byte 1) make the "unknown framework" inputs that name them known: those bytes, read with the
 * new entry's longer question list, are a damaged link. Every other expectation stands as recorded.
 */
const RECORDED_WITH = 1;
const corpus = recorded.map((entry): GoldenLink => {
	if (entry.decoded.ok || entry.decoded.error !== 'unknown-framework') return entry;
	const index = Number(/index (\d+)$/.exec(entry.case)?.[1]);
	if (!(index >= RECORDED_WITH && index < LINK_FRAMEWORKS.length)) return entry;
	const damaged = { ok: false as const, error: 'damaged' as const };
	return { ...entry, decoded: damaged, decodedWithoutCompressor: undefined };
});

describe('the golden corpus of format-1 links', () => {
	it('covers valid links, links with details and every error', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(200);
		const accepted = corpus.filter((entry) => entry.decoded.ok);
		expect(accepted.length).toBeGreaterThanOrEqual(150);
		expect(corpus.filter((entry) => entry.decodedWithoutCompressor).length).toBeGreaterThan(40);
		const errors = new Set(corpus.map((entry) => !entry.decoded.ok && entry.decoded.error));
		const all: DecodeError[] = [
			'empty',
			'not-ours',
			'damaged',
			'newer-version',
			'unknown-framework',
			'too-long'
		];
		for (const error of all) expect(errors, error).toContain(error);
	});

	it('decodes every input as before without a compression', () => {
		for (const entry of corpus) {
			const expected = entry.decodedWithoutCompressor ?? entry.decoded;
			expect(decodeResult(entry.input), entry.case).toStrictEqual(expected);
		}
	});

	it('decodes every input as before with the compression', () => {
		for (const entry of corpus) {
			expect(decodeResult(entry.input, { compression }), entry.case).toStrictEqual(entry.decoded);
		}
	});

	it('decodes every input as before with decodeResultWithDetails', async () => {
		for (const entry of corpus) {
			expect(await decodeResultWithDetails(entry.input), entry.case).toStrictEqual(entry.decoded);
		}
	});

	it('encodes every accepted result to the same link', () => {
		for (const entry of corpus) {
			if (!entry.decoded.ok) continue;
			const expected = entry.reencoded ?? fragmentOf(entry.input);
			expect(encodeResult(entry.decoded.result, { compression }), entry.case).toBe(expected);
		}
	});
});
