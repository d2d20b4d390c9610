/**
 * Turns the bytes of a file into text and a JSON value, and recognises files this app does not
 * read (XML, SPDX tag-value, SPDX 3 JSON-LD) so their message can say what to do instead.
 */
import type { SbomError } from './model';

export type Decoded = { ok: true; text: string } | { ok: false; error: SbomError };

/**
 * UTF-8, or UTF-16 when the file starts with its byte order mark (Windows PowerShell 5 writes
 * redirected output as UTF-16LE). Invalid UTF-8 is a binary file, not JSON.
 */
export function decodeText(bytes: Uint8Array): Decoded {
	let encoding = 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
	try {
		// TextDecoder drops a leading byte order mark by itself.
		const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
		return { ok: true, text };
	} catch {
		return { ok: false, error: { kind: 'not-json', detail: 'not text' } };
	}
}

/** The first characters, enough to recognise a format without scanning a large file. */
const HEAD = 4096;

/** Recognises a format from the start of the text; null when it may be JSON. */
export function sniffOtherEncoding(text: string): SbomError | null {
	const head = text.slice(0, HEAD).trimStart();
	if (head.startsWith('<')) {
		if (/cyclonedx\.org\/schema\/bom/i.test(head) || /<bom[\s>]/.test(head)) {
			return { kind: 'unsupported-encoding', detail: 'CycloneDX XML' };
		}
		if (/spdx/i.test(head)) return { kind: 'unsupported-encoding', detail: 'SPDX RDF/XML' };
		return { kind: 'not-sbom', detail: 'XML' };
	}
	if (/^(?:##.*\n\s*)*SPDXVersion:\s*SPDX-/m.test(head)) {
		return { kind: 'unsupported-encoding', detail: 'SPDX tag-value' };
	}
	return null;
}

/** Whether text that failed to parse was meant to be an SBOM (so it is damaged, not foreign). */
export function looksLikeSbomJson(text: string): boolean {
	const head = text.slice(0, HEAD);
	return /^\s*[[{]/.test(head) && /"(?:bomFormat|spdxVersion|SPDXID)"\s*:/.test(head);
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: SbomError };

export function parseJson(text: string): ParsedJson {
	if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
	const other = sniffOtherEncoding(text);
	if (other) return { ok: false, error: other };
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		const detail = error instanceof SyntaxError ? error.message.slice(0, 200) : undefined;
		return looksLikeSbomJson(text)
			? { ok: false, error: { kind: 'damaged', detail } }
			: { ok: false, error: { kind: 'not-json', detail } };
	}
}
