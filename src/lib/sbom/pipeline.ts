/**
 * One file from bytes to a ReadFile (document plus name, size and SHA-256), and several files to
 * their reports. The worker runs this; tests and the bench call it directly.
 */
import { analyseCombined, analyseFile, type ReadFile, type SbomReport } from './analyse';
import { MAX_SBOM_BYTES, type SbomError } from './model';
import { parseSbomBytes, type ParsePhase } from './parse';

export type Phase = 'hash' | ParsePhase | 'analyse';

export type FileOutcome =
	{ ok: true; name: string; file: ReadFile } | { ok: false; name: string; error: SbomError };

/** The outcome for each file, its report when it was read, and the combined report of 2+ files. */
export interface Analysis {
	files: { name: string; error?: SbomError; report?: SbomReport }[];
	combined: SbomReport | null;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function readSbomFile(
	name: string,
	bytes: Uint8Array,
	onProgress: (phase: Phase, fraction: number) => void = () => {}
): Promise<FileOutcome> {
	if (bytes.byteLength > MAX_SBOM_BYTES) return { ok: false, name, error: { kind: 'too-large' } };
	if (bytes.byteLength === 0) return { ok: false, name, error: { kind: 'empty' } };
	onProgress('hash', 0);
	const sha256 = await sha256Hex(bytes);
	const parsed = parseSbomBytes(bytes, onProgress);
	if (!parsed.ok) return { ok: false, name, error: parsed.error };
	if (parsed.document.components.length === 0) {
		return { ok: false, name, error: { kind: 'empty', detail: 'no components' } };
	}
	return {
		ok: true,
		name,
		file: { name, size: bytes.byteLength, sha256, document: parsed.document }
	};
}

/** Reports for files already read: one per file, and a combined one when there are several. */
export function analyseFiles(
	outcomes: readonly FileOutcome[],
	onProgress: (fraction: number) => void = () => {},
	now = new Date()
): Analysis {
	const read = outcomes.filter((o): o is Extract<FileOutcome, { ok: true }> => o.ok);
	const steps = read.length + (read.length > 1 ? 1 : 0);
	let step = 0;
	const files = outcomes.map((outcome) => {
		if (!outcome.ok) return { name: outcome.name, error: outcome.error };
		const at = step++;
		const report = analyseFile(outcome.file, now, (f) => onProgress((at + f) / steps));
		return { name: outcome.name, report };
	});
	const combined =
		read.length > 1
			? analyseCombined(
					read.map((o) => o.file),
					now,
					(f) => onProgress((step + f) / steps)
				)
			: null;
	onProgress(1);
	return { files, combined };
}
