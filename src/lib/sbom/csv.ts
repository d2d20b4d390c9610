/**
 * "Where to look first" as CSV, with the conventions of the plan's CSV (export/csv.ts): UTF-8
 * with a byte order mark, CRLF, RFC 4180 quoting, and every cell guarded against formula
 * injection (component names come from files anyone can write).
 */
import { csvField, neutralizeFormula } from '$lib/export/csv';
import type { Translate } from '$lib/export/plan';
import type { SbomSummary } from './summary';

const BOM = '\uFEFF';
const CRLF = '\r\n';

const COLUMNS = [
	'rank',
	'component',
	'version',
	'ecosystem',
	'registry',
	'fan_in',
	'dependents',
	'dependents_share',
	'depth',
	'products'
] as const;

function cell(value: string | number): string {
	return csvField(neutralizeFormula(String(value)));
}

/** Shares as plain decimals with a dot (0.25), which every spreadsheet reads as a number. */
function ratio(part: number, whole: number): string {
	return whole === 0 ? '0' : String(Math.round((part / whole) * 10_000) / 10_000);
}

export function lookFirstToCsv(summary: SbomSummary, t: Translate): string {
	const header = COLUMNS.map((column) => cell(t(`sbom.csv.${column}`)));
	const rows = summary.lookFirst.map((row, index) =>
		[
			index + 1,
			row.name,
			row.version ?? '',
			row.ecosystem,
			row.registry ?? '',
			row.fanIn,
			row.dependents,
			ratio(row.dependents, summary.counts.components),
			row.depth ?? '',
			row.products
		].map(cell)
	);
	return BOM + [header, ...rows].map((fields) => fields.join(',') + CRLF).join('');
}
