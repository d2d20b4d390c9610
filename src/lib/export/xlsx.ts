/**
 * A small writer of .xlsx workbooks (Office Open XML SpreadsheetML, ECMA-376 Part 1): what the
 * auditors' workbook needs and nothing more. Each sheet has optional label/value rows above a
 * table; the table's header row (and everything above it) is frozen, columns have set widths,
 * and the table is an Excel table with a built-in style and filter buttons (an autofilter when
 * it has no rows). Dates are real dates: serial numbers with the built-in short-date format 14,
 * which Excel and LibreOffice show in the reader's own date order.
 *
 * Text is always written as a string cell (inline string), never as a formula, and it gets the
 * same guard as the CSV export (a leading apostrophe before = + - @ tab CR), so it stays text
 * when copied into another sheet or saved again as CSV. Characters XML 1.0 cannot carry are
 * dropped, and cells are cut at Excel's 32,767 characters.
 *
 * The zip container is fflate's zipSync, already a dependency, loaded with this module only.
 */
import { strToU8, zipSync } from 'fflate';
import { neutralizeFormula } from './csv';

/** A calendar date, 'YYYY-MM-DD'. */
export interface XlsxDate {
	date: string;
}
export type CellValue = string | number | boolean | XlsxDate | null;
export type CellStyle = 'text' | 'wrap' | 'number' | 'decimal' | 'date' | 'bold';
export interface Cell {
	value: CellValue;
	style?: CellStyle;
}

export interface Column {
	header: string;
	/** In characters of the default font. */
	width: number;
	/** How the column's cells look unless a cell says otherwise. */
	style?: CellStyle;
}

export interface Sheet {
	/** Shown on the tab; cut to 31 characters and cleaned of the characters Excel forbids. */
	name: string;
	/** Label/value rows above the table. */
	preamble?: (CellValue | Cell)[][];
	columns: Column[];
	rows: (CellValue | Cell)[][];
	/** The Excel table's name: a letter, then letters, digits or "_"; unique in the workbook. */
	table: string;
}

export interface WorkbookMeta {
	title: string;
	created: Date;
}

export const MAX_CELL_TEXT = 32_767;

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = `${NS_REL}`;
const CT = 'application/vnd.openxmlformats-officedocument';

/** Indexes into cellXfs in styles.xml (see STYLES below). */
const STYLE_INDEX: Record<CellStyle | 'header', number> = {
	header: 1,
	text: 2,
	wrap: 3,
	date: 4,
	decimal: 5,
	number: 6,
	bold: 7
};

/** Excel's built-in short date (locale-dependent display); 164 is the first custom format id. */
const DATE_FORMAT_ID = 14;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="${DATE_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Characters XML 1.0 forbids; with the u flag a lone surrogate is one of them. */
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
	return text
		.replace(XML_INVALID, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Days since 1899-12-30: Excel's 1900 date system, right for every date after February 1900. */
export function dateSerial(isoDate: string): number | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const utc = Date.UTC(year, month - 1, day);
	const check = new Date(utc);
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
	// Excel counts a 29 February 1900 that never was: serials are right from March 1900 on.
	if (utc < Date.UTC(1900, 2, 1)) return null;
	return Math.round((utc - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	}
	return name;
}

/** The text a string cell holds: formula guard, no characters XML forbids, Excel's length cap. */
export function cellText(text: string): string {
	const clean = neutralizeFormula(text.replace(XML_INVALID, ''));
	return clean.length > MAX_CELL_TEXT ? Array.from(clean).slice(0, MAX_CELL_TEXT).join('') : clean;
}

function isCell(value: CellValue | Cell): value is Cell {
	return typeof value === 'object' && value !== null && 'value' in value;
}

function isDate(value: CellValue): value is XlsxDate {
	return typeof value === 'object' && value !== null && 'date' in value;
}

function cellXml(ref: string, input: CellValue | Cell, fallback: CellStyle | 'header'): string {
	const { value, style } = isCell(input) ? input : { value: input, style: undefined };
	if (value === null || value === '') return '';
	if (isDate(value)) {
		const serial = dateSerial(value.date);
		return serial === null ? '' : `<c r="${ref}" s="${STYLE_INDEX.date}"><v>${serial}</v></c>`;
	}
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return '';
		const s = STYLE_INDEX[style ?? (fallback === 'decimal' ? 'decimal' : 'number')];
		return `<c r="${ref}" s="${s}"><v>${value}</v></c>`;
	}
	if (typeof value === 'boolean') {
		return `<c r="${ref}" s="${STYLE_INDEX.text}" t="b"><v>${value ? 1 : 0}</v></c>`;
	}
	const s = STYLE_INDEX[style ?? fallback];
	return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cellText(value))}</t></is></c>`;
}

function rowXml(number: number, cells: (CellValue | Cell)[], styles: (CellStyle | 'header')[]) {
	const inner = cells
		.map((cell, i) => cellXml(`${columnName(i)}${number}`, cell, styles[i] ?? 'text'))
		.join('');
	return `<row r="${number}">${inner}</row>`;
}

/** Excel forbids : \ / ? * [ ] in sheet names, a leading or trailing apostrophe, and >31 characters. */
export function sheetName(name: string, taken: Set<string>): string {
	let base = Array.from(
		name
			.replace(/[:\\/?*[\]]/g, ' ')
			.replace(XML_INVALID, '')
			.replace(/^'+|'+$/g, '')
			.trim()
	)
		.slice(0, 31)
		.join('')
		.trim();
	if (!base) base = 'Sheet';
	let candidate = base;
	for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
		const suffix = ` (${n})`;
		candidate =
			Array.from(base)
				.slice(0, 31 - suffix.length)
				.join('') + suffix;
	}
	taken.add(candidate.toLowerCase());
	return candidate;
}

/** Table column names must be unique (case-insensitively) and non-empty. */
function tableColumnNames(headers: string[]): string[] {
	const seen = new Set<string>();
	return headers.map((header, i) => {
		let name = header.replace(/\s+/g, ' ').trim() || `Column ${i + 1}`;
		for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${header} ${n}`;
		seen.add(name.toLowerCase());
		return name;
	});
}

interface SheetParts {
	sheet: string;
	table: string | null;
}

function sheetParts(sheet: Sheet, tableId: number): SheetParts {
	const preamble = sheet.preamble ?? [];
	const headerRow = preamble.length + 1;
	const lastColumn = columnName(sheet.columns.length - 1);
	const lastRow = headerRow + sheet.rows.length;
	const headers = tableColumnNames(sheet.columns.map((column) => cellText(column.header)));
	const columnStyles = sheet.columns.map((column) => column.style ?? 'text');

	const rows = [
		...preamble.map((cells, i) =>
			rowXml(
				i + 1,
				cells,
				cells.map((_, c) => (c === 0 ? 'bold' : 'text'))
			)
		),
		rowXml(
			headerRow,
			headers.map((header) => ({ value: header })),
			headers.map(() => 'header')
		),
		...sheet.rows.map((cells, i) => rowXml(headerRow + 1 + i, cells, columnStyles))
	];
	const cols = sheet.columns
		.map(
			(column, i) => `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"/>`
		)
		.join('');
	const topLeft = `A${headerRow + 1}`;
	const views =
		`<sheetViews><sheetView workbookViewId="0"${tableId === 1 ? ' tabSelected="1"' : ''}>` +
		`<pane ySplit="${headerRow}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
		`<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
	const hasTable = sheet.rows.length > 0;
	const filterRef = `A${headerRow}:${lastColumn}${hasTable ? lastRow : headerRow}`;
	const worksheet =
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
		`<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
		`<dimension ref="A1:${lastColumn}${lastRow}"/>${views}` +
		`<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols>` +
		`<sheetData>${rows.join('')}</sheetData>` +
		(hasTable ? '' : `<autoFilter ref="${filterRef}"/>`) +
		`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
		(hasTable ? `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>` : '') +
		`</worksheet>`;
	const table = hasTable
		? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
			`<table xmlns="${NS_MAIN}" id="${tableId}" name="${sheet.table}" displayName="${sheet.table}" ref="${filterRef}" totalsRowShown="0">` +
			`<autoFilter ref="${filterRef}"/><tableColumns count="${headers.length}">` +
			headers.map((name, i) => `<tableColumn id="${i + 1}" name="${xmlText(name)}"/>`).join('') +
			`</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
		: null;
	return { sheet: worksheet, table };
}

function isoSeconds(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The workbook as the bytes of an .xlsx file. */
export function writeXlsx(sheets: readonly Sheet[], meta: WorkbookMeta): Uint8Array {
	if (sheets.length === 0) throw new Error('A workbook needs at least one sheet.');
	const tableNames = new Set<string>();
	for (const sheet of sheets) {
		if (!/^[A-Za-z][A-Za-z0-9_]{0,254}$/.test(sheet.table) || tableNames.has(sheet.table)) {
			throw new Error(`Invalid or repeated table name: ${sheet.table}`);
		}
		tableNames.add(sheet.table);
		if (sheet.columns.length === 0) throw new Error(`Sheet ${sheet.name} has no columns.`);
	}
	const files: Record<string, Uint8Array> = {};
	const put = (path: string, xml: string) => (files[path] = strToU8(xml));
	const names = new Set<string>();
	const overrides: string[] = [
		`<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>`,
		`<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`,
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`
	];
	const sheetEntries: string[] = [];
	const workbookRels: string[] = [];

	sheets.forEach((sheet, index) => {
		const n = index + 1;
		const parts = sheetParts(sheet, n);
		put(`xl/worksheets/sheet${n}.xml`, parts.sheet);
		overrides.push(
			`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`
		);
		if (parts.table) {
			put(`xl/tables/table${n}.xml`, parts.table);
			put(
				`xl/worksheets/_rels/sheet${n}.xml.rels`,
				`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${REL_TYPE}/table" Target="../tables/table${n}.xml"/></Relationships>`
			);
			overrides.push(
				`<Override PartName="/xl/tables/table${n}.xml" ContentType="${CT}.spreadsheetml.table+xml"/>`
			);
		}
		sheetEntries.push(
			`<sheet name="${xmlText(sheetName(sheet.name, names))}" sheetId="${n}" r:id="rId${n}"/>`
		);
		workbookRels.push(
			`<Relationship Id="rId${n}" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet${n}.xml"/>`
		);
	});
	workbookRels.push(
		`<Relationship Id="rId${sheets.length + 1}" Type="${REL_TYPE}/styles" Target="styles.xml"/>`
	);

	put(
		'[Content_Types].xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`
	);
	put(
		'_rels/.rels',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`
	);
	put(
		'docProps/core.xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(meta.title)}</dc:title><dc:creator>Commons Check</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${isoSeconds(meta.created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${isoSeconds(meta.created)}</dcterms:modified></cp:coreProperties>`
	);
	put(
		'xl/workbook.xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetEntries.join('')}</sheets></workbook>`
	);
	put(
		'xl/_rels/workbook.xml.rels',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">${workbookRels.join('')}</Relationships>`
	);
	put('xl/styles.xml', STYLES);
	return zipSync(files, { level: 6, mtime: meta.created });
}
