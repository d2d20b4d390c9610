/**
 * The compressor loads on demand (loadCompression in codec.ts). Nothing here loads it up front:
 * the tests check when it gets loaded, in this file's own module context.
 */
import { describe, expect, it, vi } from 'vitest';
import {
	decodeResult,
	decodeResultWithDetails,
	encodeResult,
	EncodeError,
	hasCompression,
	loadCompression
} from './codec';
import { everyTarget } from '$lib/testing/targets';

/** A link with one answer and one note, made with the compressor installed. */
const WITH_NOTE =
	'AQAABgAAAAAAAAAAAAAAAACqqgQqq1ZKVLKqVjIBEXlKVkp--SWpxQolRYllqTkKyfm5BUWpxcWpKUq1tbUAdMbqvw';

describe('the compressor, loaded on demand', () => {
	it('is not loaded until needed; links without notes work without it', () => {
		expect(hasCompression()).toBe(false);
		const plain = encodeResult({
			frameworkVersion: '1.0.0',
			answers: { 'commons.literacy': 2 },
			targets: {}
		});
		expect(decodeResult(plain)).toMatchObject({
			ok: true,
			result: { answers: { 'commons.literacy': 2 } }
		});
	});

	it('refuses to encode notes without it, instead of making a link that loses them', () => {
		expect(() =>
			encodeResult({
				frameworkVersion: '1.0.0',
				answers: {},
				targets: {},
				details: { answers: { 'commons.literacy': { note: 'x' } }, plan: {} }
			})
		).toThrow(EncodeError);
	});

	it('decodes everything but the notes without it, and says the notes are pending', () => {
		const decoded = decodeResult(WITH_NOTE);
		expect(decoded).toMatchObject({
			ok: true,
			detailsPending: true,
			result: { answers: { 'commons.literacy': 2 } }
		});
		expect(decoded.ok && decoded.result.details).toBeUndefined();
	});

	it('decodeResultWithDetails loads it and reads the notes', async () => {
		const decoded = await decodeResultWithDetails(WITH_NOTE);
		expect(hasCompression()).toBe(true);
		expect(decoded).toEqual({
			ok: true,
			result: {
				frameworkVersion: '1.0.0',
				answers: { 'commons.literacy': 2 },
				targets: everyTarget(3),
				details: { answers: { 'commons.literacy': { note: 'Notes travel compressed' } }, plan: {} }
			}
		});
	});

	it('being loaded does not change what decodeResult and encodeResult do without it', async () => {
		const decoded = await decodeResultWithDetails(WITH_NOTE);
		expect(hasCompression()).toBe(true);
		expect(decodeResult(WITH_NOTE)).toMatchObject({ ok: true, detailsPending: true });
		if (!decoded.ok) throw new Error('the link did not decode');
		expect(() => encodeResult(decoded.result)).toThrow(EncodeError);
		expect(encodeResult(decoded.result, { compression: await loadCompression() })).toBe(WITH_NOTE);
	});

	it('decodeResultWithDetails calls the loader only for links with details', async () => {
		const load = vi.fn(loadCompression);
		const plain = encodeResult({ frameworkVersion: '1.0.0', answers: {}, targets: {} });
		expect(await decodeResultWithDetails(plain, load)).toMatchObject({ ok: true });
		expect(load).not.toHaveBeenCalled();
		expect(await decodeResultWithDetails(WITH_NOTE, load)).toMatchObject({
			ok: true,
			result: { details: { answers: { 'commons.literacy': { note: 'Notes travel compressed' } } } }
		});
		expect(load).toHaveBeenCalledOnce();
	});

	it('decodeResultWithDetails shows the result without its notes when loading fails', async () => {
		const offline = () =>
			Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
		expect(await decodeResultWithDetails(WITH_NOTE, offline)).toEqual(decodeResult(WITH_NOTE));
	});
});
