/**
 * CRC-32 as used by zip, gzip and PNG (IEEE 802.3): reflected, polynomial 0xEDB88320, initial
 * value and final XOR 0xFFFFFFFF. Check value: crc32(ASCII "123456789") === 0xCBF43926.
 *
 * Table-driven, one byte per step: share links are at most a few dozen kilobytes, so the
 * slicing-by-8 variants would only add code.
 */

const TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** The CRC-32 of `bytes[start..end)` as an unsigned 32-bit integer. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
	let crc = 0xffffffff;
	for (let i = start; i < end; i++) {
		// `& 0xff` keeps the index in range; both operands are bytes or 32-bit integers.
		crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
	}
	return (crc ^ 0xffffffff) >>> 0;
}
