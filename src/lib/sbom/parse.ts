/**
 * From a file's bytes to an SbomDocument, or to exactly one error kind. Never throws: every
 * input, however broken, ends in a result (the fuzz test holds it to that).
 */
import { isCycloneDx, readCycloneDx } from './cyclonedx';
import { decodeText, parseJson } from './detect';
import { MAX_SBOM_BYTES, type ParseResult } from './model';
import { isSpdx, isSpdx3, readSpdx } from './spdx';

export type ParsePhase = 'decode' | 'parse' | 'read';

/** Reads a parsed JSON value as CycloneDX or SPDX. */
export function readSbom(value: unknown, onProgress?: (fraction: number) => void): ParseResult {
	try {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			return { ok: false, error: { kind: 'not-sbom' } };
		}
		if (isCycloneDx(value)) return readCycloneDx(value, onProgress);
		if (isSpdx(value)) return readSpdx(value, onProgress);
		if (isSpdx3(value)) {
			return { ok: false, error: { kind: 'unsupported-version', detail: 'SPDX 3' } };
		}
		return { ok: false, error: { kind: 'not-sbom' } };
	} catch (error) {
		// A bug, or a limit of the engine (a structure too deep for it): still a clear answer.
		return { ok: false, error: { kind: 'damaged', detail: String(error).slice(0, 200) } };
	}
}

/** Reads text (already decoded) as an SBOM. */
export function parseSbomText(
	text: string,
	onProgress?: (phase: ParsePhase, fraction: number) => void
): ParseResult {
	onProgress?.('parse', 0);
	const json = parseJson(text);
	if (!json.ok) return json;
	onProgress?.('read', 0);
	return readSbom(json.value, (fraction) => onProgress?.('read', fraction));
}

/** Reads a file's bytes as an SBOM: size, encoding, JSON, then the format's rules. */
export function parseSbomBytes(
	bytes: Uint8Array,
	onProgress?: (phase: ParsePhase, fraction: number) => void
): ParseResult {
	if (bytes.byteLength > MAX_SBOM_BYTES) return { ok: false, error: { kind: 'too-large' } };
	if (bytes.byteLength === 0) return { ok: false, error: { kind: 'empty' } };
	onProgress?.('decode', 0);
	const decoded = decodeText(bytes);
	if (!decoded.ok) return decoded;
	return parseSbomText(decoded.text, onProgress);
}
