// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import {
	cellText,
	columnName,
	dateSerial,
	MAX_CELL_TEXT,
	sheetName,
	writeXlsx,
	xmlText,
	type Sheet
} from './xlsx';
import { readXlsx, serialToIso } from '$lib/testing/xlsx-reader';

const meta = { title: 'Test <&> "book"', created: new Date('2027-03-12T10:00:00Z') };

function sheet(overrides: Partial<Sheet> = {}): Sheet {
	return {
		name: 'Plan',
		table: 'Plan',
		columns: [
			{ header: 'Name', width: 20 },
			{ header: 'Due', width: 12, style: 'date' },
			{ header: 'Score', width: 8, style: 'decimal' },
			{ header: 'Done', width: 8 }
		],
		rows: [
			['Ana', { date: '2027-03-31' }, 2.5, true],
			["=cmd|' /C calc'!A0", null, 3, false]
		],
		...overrides
	};
}

describe('writeXlsx', () => {
	it('writes a package a reader can follow: content types, relationships, workbook, styles', () => {
		const files = unzipSync(writeXlsx([sheet()], meta));
		expect(Object.keys(files).sort()).toEqual([
			'[Content_Types].xml',
			'_rels/.rels',
			'docProps/core.xml',
			'xl/_rels/workbook.xml.rels',
			'xl/styles.xml',
			'xl/tables/table1.xml',
			'xl/workbook.xml',
			'xl/worksheets/_rels/sheet1.xml.rels',
			'xl/worksheets/sheet1.xml'
		]);
		const types = strFromU8(files['[Content_Types].xml']!);
		for (const part of ['/xl/workbook.xml', '/xl/worksheets/sheet1.xml', '/xl/tables/table1.xml']) {
			expect(types).toContain(`PartName="${part}"`);
		}
		expect(strFromU8(files['docProps/core.xml']!)).toContain(
			'<dc:title>Test &lt;&amp;&gt; &quot;book&quot;</dc:title>'
		);
		expect(strFromU8(files['docProps/core.xml']!)).toContain('2027-03-12T10:00:00Z');
	});

	it('reads back: values, types, a real date, a frozen header, widths and a styled table', () => {
		const [read] = readXlsx(writeXlsx([sheet()], meta)).sheets;
		expect(read!.name).toBe('Plan');
		expect(read!.frozenRows).toBe(1);
		expect(read!.widths).toEqual([20, 12, 8, 8]);
		expect(read!.table).toEqual({
			name: 'Plan',
			ref: 'A1:D3',
			columns: ['Name', 'Due', 'Score', 'Done'],
			style: 'TableStyleMedium2'
		});
		expect(read!.cells.get('A1')).toMatchObject({ type: 's', value: 'Name', bold: true });
		expect(read!.cells.get('A2')).toMatchObject({ type: 's', value: 'Ana', bold: false });
		const due = read!.cells.get('B2')!;
		expect(due).toMatchObject({ type: 'n', numFmtId: 14 });
		expect(serialToIso(Number(due.value))).toBe('2027-03-31');
		expect(read!.cells.get('C2')).toMatchObject({ type: 'n', value: '2.5' });
		expect(read!.cells.get('D2')).toMatchObject({ type: 'b', value: '1' });
		expect(read!.cells.get('D3')).toMatchObject({ type: 'b', value: '0' });
		// An empty cell is left out.
		expect(read!.cells.has('B3')).toBe(false);
	});

	it('writes text as text: a formula typed by a user is neutralized and never a formula', () => {
		const { sheets } = readXlsx(writeXlsx([sheet()], meta));
		expect(sheets[0]!.cells.get('A3')).toMatchObject({ type: 's', value: "'=cmd|' /C calc'!A0" });
		expect(sheets[0]!.hasFormula).toBe(false);
	});

	it('puts label rows above the table and freezes down to the header', () => {
		const [read] = readXlsx(
			writeXlsx(
				[sheet({ preamble: [['Organization', 'ACME'], ['Exported', { date: '2027-03-12' }], []] })],
				meta
			)
		).sheets;
		expect(read!.frozenRows).toBe(4);
		expect(read!.cells.get('A1')).toMatchObject({ value: 'Organization', bold: true });
		expect(read!.cells.get('B1')).toMatchObject({ value: 'ACME', bold: false });
		expect(serialToIso(Number(read!.cells.get('B2')!.value))).toBe('2027-03-12');
		expect(read!.cells.get('A4')).toMatchObject({ value: 'Name', bold: true });
		expect(read!.table!.ref).toBe('A4:D6');
	});

	it('gives an empty table an autofilter on its header instead of a table', () => {
		const [read] = readXlsx(writeXlsx([sheet({ rows: [] })], meta)).sheets;
		expect(read!.table).toBeNull();
		expect(read!.autoFilter).toBe('A1:D1');
		expect(read!.frozenRows).toBe(1);
	});

	it('keeps several sheets apart, each with its own table', () => {
		const book = writeXlsx(
			[
				sheet(),
				sheet({ name: 'plan', table: 'Other' }),
				sheet({ name: 'x/y:z*?[1]', table: 'Third' })
			],
			meta
		);
		const { sheets } = readXlsx(book);
		expect(sheets.map((s) => s.name)).toEqual(['Plan', 'plan (2)', 'x y z   1']);
		expect(sheets.map((s) => s.table?.name)).toEqual(['Plan', 'Other', 'Third']);
	});

	it('drops characters XML cannot carry and escapes markup', () => {
		const [read] = readXlsx(
			writeXlsx(
				[
					sheet({
						rows: [['a\u0000b\u0008c\uFFFE <tag> & "q" \uD83C\uDF89 \uD800x', null, null, null]]
					})
				],
				meta
			)
		).sheets;
		expect(read!.cells.get('A2')!.value).toBe('abc <tag> & "q" 🎉 x');
	});

	it('makes table column names unique', () => {
		const [read] = readXlsx(
			writeXlsx(
				[
					sheet({
						columns: [
							{ header: 'Name', width: 10 },
							{ header: 'name', width: 10 },
							{ header: ' ', width: 10 },
							{ header: 'X', width: 10 }
						]
					})
				],
				meta
			)
		).sheets;
		expect(read!.table!.columns).toEqual(['Name', 'name 2', 'Column 3', 'X']);
		expect(read!.cells.get('B1')!.value).toBe('name 2');
	});

	it('refuses a table name Excel would reject', () => {
		expect(() => writeXlsx([sheet({ table: 'My table' })], meta)).toThrow();
		expect(() => writeXlsx([sheet(), sheet()], meta)).toThrow();
		expect(() => writeXlsx([], meta)).toThrow();
	});
});

describe('helpers', () => {
	it.each([
		['1900-03-01', 61],
		['1900-02-28', null],
		['1970-01-01', 25569],
		['2027-03-31', 46477],
		['2027-02-30', null],
		['27-03-31', null]
	])('dateSerial(%j) = %j', (date, serial) => {
		expect(dateSerial(date)).toBe(serial);
	});

	it.each([
		[0, 'A'],
		[25, 'Z'],
		[26, 'AA'],
		[701, 'ZZ'],
		[702, 'AAA']
	])('columnName(%i) = %s', (index, name) => {
		expect(columnName(index)).toBe(name);
	});

	it('cuts a cell at Excel’s limit without splitting a character', () => {
		const text = cellText('🎉'.repeat(MAX_CELL_TEXT));
		expect(Array.from(text)).toHaveLength(MAX_CELL_TEXT);
		expect(text).not.toMatch(/[\uD800-\uDBFF]$/);
	});

	it('escapes XML', () => {
		expect(xmlText('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
	});

	it('names sheets within Excel’s rules', () => {
		const taken = new Set<string>();
		expect(sheetName('Summary', taken)).toBe('Summary');
		expect(sheetName('SUMMARY', taken)).toBe('SUMMARY (2)');
		expect(sheetName("'quoted'", taken)).toBe('quoted');
		expect(sheetName('x'.repeat(40), taken)).toBe('x'.repeat(31));
		expect(sheetName('x'.repeat(40), taken)).toBe(`${'x'.repeat(27)} (2)`);
		expect(sheetName('[]', taken)).toBe('Sheet');
	});
});
