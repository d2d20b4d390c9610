/**
 * CSV for spreadsheet programs, as every CSV the app writes has it: UTF-8 with a byte order mark
 * (without it, Excel reads the file as the system's legacy code page and garbles every non-ASCII
 * letter), CRLF line endings and RFC 4180 quoting. The plan's CSV is in plan-csv.ts, apart, so
 * that the SBOM page's CSV does not bring the plan's code with it.
 */

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
