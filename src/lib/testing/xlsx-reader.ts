/**
 * Test helper (imported by tests only, never by the app): reads an .xlsx file back the way a
 * spreadsheet program would, independently of xlsx.ts: unzip, follow the package relationships
 * from _rels/.rels to the workbook, its sheets and their tables, and parse every part with the
 * DOM's XML parser (so a malformed part fails). Needs a DOMParser (the jsdom test environment).
 */
import { strFromU8, unzipSync } from 'fflate';

export interface ReadCell {
	ref: string;
	/** 's' inline or shared string, 'n' number, 'b' boolean. */
	type: 's' | 'n' | 'b';
	value: string;
	/** The number format id of the cell's style (14 = short date). */
	numFmtId: number;
	bold: boolean;
	wrap: boolean;
}

export interface ReadSheet {
	name: string;
	cells: Map<string, ReadCell>;
	/** Rows frozen at the top, from the pane. */
	frozenRows: number;
	widths: number[];
	table: { name: string; ref: string; columns: string[]; style: string } | null;
	autoFilter: string | null;
	hasFormula: boolean;
}

function parse(files: Record<string, Uint8Array>, path: string): Document {
	const file = files[path];
	if (!file) throw new Error(`Missing part ${path}`);
	const doc = new DOMParser().parseFromString(strFromU8(file), 'application/xml');
	const error = doc.getElementsByTagName('parsererror')[0];
	if (error) throw new Error(`${path} is not well-formed XML: ${error.textContent}`);
	return doc;
}

function resolvePart(from: string, target: string): string {
	const parts = from.split('/').slice(0, -1);
	for (const segment of target.split('/')) {
		if (segment === '..') parts.pop();
		else if (segment !== '.') parts.push(segment);
	}
	return parts.join('/');
}

function relationships(files: Record<string, Uint8Array>, part: string): Map<string, string> {
	const dir = part.split('/').slice(0, -1).join('/');
	const name = part.split('/').pop();
	const relsPath = `${dir ? `${dir}/` : ''}_rels/${name}.rels`;
	if (!files[relsPath]) return new Map();
	const map = new Map<string, string>();
	for (const rel of Array.from(parse(files, relsPath).getElementsByTagName('Relationship'))) {
		map.set(rel.getAttribute('Id')!, resolvePart(part, rel.getAttribute('Target')!));
	}
	return map;
}

export function readXlsx(bytes: Uint8Array): { sheets: ReadSheet[]; contentTypes: string } {
	const files = unzipSync(bytes);
	const contentTypes = strFromU8(files['[Content_Types].xml']!);
	const root = parse(files, '_rels/.rels');
	const workbookPath = Array.from(root.getElementsByTagName('Relationship'))
		.find((rel) => rel.getAttribute('Type')!.endsWith('/officeDocument'))!
		.getAttribute('Target')!;
	const workbook = parse(files, workbookPath);
	const workbookRels = relationships(files, workbookPath);
	const stylesPath = [...workbookRels.values()].find((path) => path.endsWith('styles.xml'))!;
	const styles = parse(files, stylesPath);
	const boldFonts = Array.from(styles.getElementsByTagName('font')).map(
		(font) => font.getElementsByTagName('b').length > 0
	);
	const xfs = Array.from(styles.getElementsByTagName('cellXfs')[0]!.getElementsByTagName('xf')).map(
		(xf) => ({
			numFmtId: Number(xf.getAttribute('numFmtId') ?? 0),
			bold: boldFonts[Number(xf.getAttribute('fontId') ?? 0)] ?? false,
			wrap: xf.getElementsByTagName('alignment')[0]?.getAttribute('wrapText') === '1'
		})
	);

	const sheets = Array.from(workbook.getElementsByTagName('sheet')).map((entry): ReadSheet => {
		const rid = entry.getAttributeNS(
			'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
			'id'
		)!;
		const path = workbookRels.get(rid)!;
		const sheet = parse(files, path);
		const cells = new Map<string, ReadCell>();
		for (const c of Array.from(sheet.getElementsByTagName('c'))) {
			const ref = c.getAttribute('r')!;
			const t = c.getAttribute('t');
			const style = xfs[Number(c.getAttribute('s') ?? 0)]!;
			const value =
				t === 'inlineStr'
					? Array.from(c.getElementsByTagName('t'))
							.map((node) => node.textContent)
							.join('')
					: (c.getElementsByTagName('v')[0]?.textContent ?? '');
			cells.set(ref, {
				ref,
				type: t === 'inlineStr' || t === 's' || t === 'str' ? 's' : t === 'b' ? 'b' : 'n',
				value,
				...style
			});
		}
		const pane = sheet.getElementsByTagName('pane')[0];
		const tableRel = sheet.getElementsByTagName('tablePart')[0];
		let table: ReadSheet['table'] = null;
		if (tableRel) {
			const tablePath = relationships(files, path).get(
				tableRel.getAttributeNS(
					'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
					'id'
				)!
			)!;
			const doc = parse(files, tablePath).documentElement;
			table = {
				name: doc.getAttribute('displayName')!,
				ref: doc.getAttribute('ref')!,
				columns: Array.from(doc.getElementsByTagName('tableColumn')).map((column) =>
					column.getAttribute('name')!
				),
				style: doc.getElementsByTagName('tableStyleInfo')[0]?.getAttribute('name') ?? ''
			};
		}
		const sheetFilter = Array.from(sheet.getElementsByTagName('autoFilter'))[0];
		return {
			name: entry.getAttribute('name')!,
			cells,
			frozenRows:
				pane?.getAttribute('state') === 'frozen' ? Number(pane.getAttribute('ySplit') ?? 0) : 0,
			widths: Array.from(sheet.getElementsByTagName('col')).map((col) =>
				Number(col.getAttribute('width'))
			),
			table,
			autoFilter: sheetFilter?.getAttribute('ref') ?? null,
			hasFormula: sheet.getElementsByTagName('f').length > 0
		};
	});
	return { sheets, contentTypes };
}

/** The text or number shown in a column, from a row on (for reading a table's column). */
export function columnValues(sheet: ReadSheet, column: string, fromRow: number): string[] {
	const values: string[] = [];
	for (let row = fromRow; sheet.cells.has(`A${row}`); row++) {
		values.push(sheet.cells.get(`${column}${row}`)?.value ?? '');
	}
	return values;
}

/** 1900 date system serial → 'YYYY-MM-DD'. */
export function serialToIso(serial: number): string {
	return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}
