/**
 * The compressor loads on demand (COMPRESSION in codec.ts). This file must not install it up
 * front, so it runs in its own module context, unlike codec.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import {
	decodeResult,
	decodeResultWithDetails,
	encodeResult,
	EncodeError,
	hasCompression
} from './codec';

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
				targets: {
					commons: 3,
					communities: 3,
					partners: 3,
					bedrock: 3,
					'never-free': 3,
					'due-diligence': 3,
					'maintainers-live': 3,
					'boring-work': 3
				},
				details: { answers: { 'commons.literacy': { note: 'Notes travel compressed' } }, plan: {} }
			}
		});
	});
});
