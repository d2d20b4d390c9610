/**
 * The compressor of the share-link details section (deflate-raw, with fflate). A chunk of its own:
 * `loadCompression()` in codec.ts loads it only when notes are shared or a link carries some.
 */
import { deflateSync, Inflate } from 'fflate';
import type { Compression } from './types';

/**
 * Input bytes fed to the inflater at once. Deflate expands at most ~1032×, so one step yields at
 * most ~129 KiB. Smaller steps waste time in fflate's per-call buffers (it reserves 128 KiB of
 * headroom on each call), larger ones let a bomb overshoot the cap further; 128 measured best.
 */
const INFLATE_STEP = 128;

/**
 * Inflates deflate-raw data, or returns null when the output would exceed `cap` bytes. The input
 * goes in small steps and inflating stops as soon as the output passes the cap, so a zip bomb
 * costs a few hundred kilobytes, not the megabytes it expands to. A truncated or corrupt stream
 * makes fflate throw, which `decodeResult` reports as damaged.
 */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array | null {
	const chunks: Uint8Array[] = [];
	let total = 0;
	let finished = false;
	const inflater = new Inflate((chunk, final) => {
		total += chunk.length;
		if (total <= cap) chunks.push(chunk);
		if (final) finished = true;
	});
	for (let at = 0; at < data.length && total <= cap; at += INFLATE_STEP) {
		const end = Math.min(at + INFLATE_STEP, data.length);
		inflater.push(data.subarray(at, end), end === data.length);
	}
	if (total > cap || !finished) return null;
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

export const compression: Compression = {
	deflate: (data) => deflateSync(data, { level: 9 }),
	inflate: inflateCapped
};
