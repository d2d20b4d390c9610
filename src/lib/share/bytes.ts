/**
 * The byte primitives of share links (docs/share-link.md): CRC-32, base64url, UTF-8, unsigned
 * LEB128 and bit packing. Nothing here knows what a link holds.
 */

// ---------------------------------------------------------------------------------------------
// CRC-32 as used by zip, gzip and PNG (IEEE 802.3): reflected, polynomial 0xEDB88320, initial
// value and final XOR 0xFFFFFFFF. Check value: crc32(ASCII "123456789") === 0xCBF43926.
// Table-driven, one byte per step: links are at most a few dozen kilobytes, so the slicing-by-8
// variants would only add code.

const CRC_TABLE = (() => {
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
		crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
	}
	return (crc ^ 0xffffffff) >>> 0;
}

/** `body` followed by its CRC-32, big-endian. */
export function withCrc(body: Uint8Array): Uint8Array {
	const bytes = new Uint8Array(body.length + 4);
	bytes.set(body);
	new DataView(bytes.buffer).setUint32(body.length, crc32(body));
	return bytes;
}

/**
 * The bytes before the last four when those are the big-endian CRC-32 of the rest, else null.
 * `bytes` must be at least 4 long.
 */
export function withoutCrc(bytes: Uint8Array): Uint8Array | null {
	const body = bytes.subarray(0, -4);
	const crc = new DataView(bytes.buffer, bytes.byteOffset + body.length, 4).getUint32(0);
	return crc === crc32(body) ? body : null;
}

// ---------------------------------------------------------------------------------------------
// base64url without padding, canonical only

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Character code → 6-bit value, −1 outside the alphabet (codes ≥ 128 are outside too). */
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

function valueOf(text: string, i: number): number {
	const code = text.charCodeAt(i);
	return code < 128 ? VALUES[code]! : -1;
}

/** How many UTF-16 units of `text` are outside the base64url alphabet. */
export function strayChars(text: string): number {
	let stray = 0;
	for (let i = 0; i < text.length; i++) if (valueOf(text, i) < 0) stray++;
	return stray;
}

export function toBase64url(bytes: Uint8Array): string {
	const chars: string[] = [];
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
		chars.push(ALPHABET[v >> 18]!, ALPHABET[(v >> 12) & 63]!, ALPHABET[(v >> 6) & 63]!);
		chars.push(ALPHABET[v & 63]!);
	}
	const rest = bytes.length - i;
	if (rest > 0) {
		const v = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
		chars.push(ALPHABET[v >> 18]!, ALPHABET[(v >> 12) & 63]!);
		if (rest === 2) chars.push(ALPHABET[(v >> 6) & 63]!);
	}
	return chars.join('');
}

/** The bytes of canonical unpadded base64url text; null for anything else. */
export function fromBase64url(text: string): Uint8Array | null {
	const bytes = base64urlBytes(text);
	return typeof bytes === 'string' ? null : bytes;
}

/** Like fromBase64url, with the reason for a refusal (the decoder tells stray characters apart). */
export function base64urlBytes(text: string): Uint8Array | 'bad-char' | 'non-canonical' {
	const n = text.length;
	for (let i = 0; i < n; i++) if (valueOf(text, i) < 0) return 'bad-char';
	// One character holds only 6 bits: no byte ends in a lone last character.
	if (n % 4 === 1) return 'non-canonical';
	const bytes = new Uint8Array(Math.floor((n * 6) / 8));
	let o = 0;
	let i = 0;
	for (; i + 3 < n; i += 4) {
		const v =
			(valueOf(text, i) << 18) |
			(valueOf(text, i + 1) << 12) |
			(valueOf(text, i + 2) << 6) |
			valueOf(text, i + 3);
		bytes[o++] = v >> 16;
		bytes[o++] = (v >> 8) & 0xff;
		bytes[o++] = v & 0xff;
	}
	const rest = n - i;
	if (rest === 2) {
		const v = (valueOf(text, i) << 6) | valueOf(text, i + 1);
		// 12 bits carry one byte; the 4 unused bits must be zero, or two texts would decode alike.
		if (v & 0xf) return 'non-canonical';
		bytes[o] = v >> 4;
	} else if (rest === 3) {
		const v = (valueOf(text, i) << 12) | (valueOf(text, i + 1) << 6) | valueOf(text, i + 2);
		if (v & 0x3) return 'non-canonical';
		bytes[o] = v >> 10;
		bytes[o + 1] = (v >> 2) & 0xff;
	}
	return bytes;
}

// ---------------------------------------------------------------------------------------------
// UTF-8

/** A lone surrogate becomes U+FFFD. */
export const utf8Encoder = new TextEncoder();
/** fatal: invalid UTF-8 throws a TypeError. ignoreBOM: text that starts with U+FEFF keeps it. */
export const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// ---------------------------------------------------------------------------------------------
// Unsigned LEB128

/** An unsigned LEB128 number starting at `at`: minimal, at most 4 bytes (< 2^28). */
export function readLeb128(bytes: Uint8Array, at: number): { value: number; end: number } | null {
	let value = 0;
	for (let i = 0; i < 4; i++) {
		const byte = bytes[at + i];
		if (byte === undefined) return null;
		value |= (byte & 0x7f) << (7 * i);
		if (!(byte & 0x80)) {
			// A zero last byte after the first means the same number had a shorter encoding.
			if (i > 0 && byte === 0) return null;
			return { value, end: at + i + 1 };
		}
	}
	return null;
}

export function writeLeb128(value: number): number[] {
	const out: number[] = [];
	do {
		const low = value & 0x7f;
		value >>>= 7;
		out.push(value ? low | 0x80 : low);
	} while (value);
	return out;
}

// ---------------------------------------------------------------------------------------------
// Bits, most significant first

export class BitReader {
	private readonly bytes: Uint8Array;
	position: number;
	constructor(bytes: Uint8Array, byteOffset: number) {
		this.bytes = bytes;
		this.position = byteOffset * 8;
	}
	/** The next `width` bits (≤ 8), most significant first. */
	read(width: number): number {
		let value = 0;
		for (let i = 0; i < width; i++, this.position++) {
			const bit = (this.bytes[this.position >> 3]! >> (7 - (this.position & 7))) & 1;
			value = (value << 1) | bit;
		}
		return value;
	}
}

/**
 * A function that writes the low `width` bits of `value` into `bytes`, most significant first,
 * each call after the last; the bits never written stay zero.
 */
export function bitWriter(bytes: Uint8Array): (value: number, width: number) => void {
	let position = 0;
	return (value, width) => {
		for (let bit = width - 1; bit >= 0; bit--, position++) {
			if ((value >> bit) & 1) bytes[position >> 3]! |= 0x80 >> (position & 7);
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Bytes

/** The parts one after the other. */
export function concatBytes(parts: readonly ArrayLike<number>[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}
