/**
 * The action plan as CSV for spreadsheet programs: UTF-8 with a byte order mark (without it, Excel
 * reads the file as the system's legacy code page and garbles every non-ASCII letter), CRLF line
 * endings and RFC 4180 quoting. One row per recommendation, excluded ones included, so a sheet
 * can be filtered rather than having rows silently missing.
 */
import type { PlanRow, Translate } from './plan';
import { planTextCells } from './plan-labels';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * OWASP "CSV injection": a cell that starts with one of these is read as a formula by Excel,
 * LibreOffice and Google Sheets (=HYPERLINK(…) can exfiltrate data or lure a click). A leading
 * apostrophe makes the spreadsheet treat the cell as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field that contains a comma, a double quote, CR or LF; double the quotes. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV cell: every cell is neutralized, not only user text, so no column can be overlooked. */
function cell(value: string | number): string {
	return csvField(neutralizeFormula(String(value)));
}

/**
 * A whole CSV file from its records (the header first): BOM, CRLF after every record, and every
 * cell neutralized and quoted as needed. Every CSV the app writes goes through here.
 */
export function csvDocument(records: readonly (readonly (string | number)[])[]): string {
	return BOM + records.map((fields) => fields.map(cell).join(',') + CRLF).join('');
}

const COLUMNS = [
	'priority',
	'principle',
	'question',
	'current',
	'target',
	'step',
	'effort',
	'role',
	'owner',
	'due',
	'status',
	'included',
	'references',
	'note',
	'relates_to'
] as const;

/** What a question relates to (the CRA, S2C2F, …), as labels; see framework/page-relations.ts. */
export type RelatedLookup = (questionId: string) => readonly string[];

/**
 * `_locale` is unused today: every text arrives translated and dates stay ISO. It is part of the
 * signature so that all exporters are called alike, and so a later column (a localized number)
 * needs no change at the call sites.
 */
export function planToCsv(
	plan: readonly PlanRow[],
	t: Translate,
	_locale: string,
	related?: RelatedLookup
): string {
	const header = COLUMNS.map((column) => t(`export.csv.${column}`));
	const rows = plan.map((row) => [
		row.rank,
		...planTextCells(row, t),
		row.owner,
		// ISO dates whatever the locale: every spreadsheet program parses them as dates.
		row.due,
		row.statusName,
		row.included ? t('export.yes') : t('export.no'),
		row.references.map((reference) => `${reference.title} <${reference.url}>`).join('; '),
		row.note,
		(related?.(row.questionId) ?? []).join('; ')
	]);
	return csvDocument([header, ...rows]);
}
