import { describe, expect, it } from 'vitest';
import { exportFilename, localIsoDate, slugify } from './filename';

const date = new Date(2027, 2, 12, 10, 0);

describe('exportFilename', () => {
	it.each([
		['ACME Öl & Gas GmbH', 'md', 'commons-check-acme-ol-gas-gmbh-2027-03-12.md'],
		['', 'csv', 'commons-check-assessment-2027-03-12.csv'],
		['../../etc/passwd', 'json', 'commons-check-etc-passwd-2027-03-12.json'],
		['🚀 Rocket Labs 🚀', 'md', 'commons-check-rocket-labs-2027-03-12.md'],
		['🎉🎉🎉', 'md', 'commons-check-assessment-2027-03-12.md'],
		['   ---   ', 'md', 'commons-check-assessment-2027-03-12.md']
	] as const)('%j → %s', (name, ext, expected) => {
		expect(exportFilename(name, date, ext)).toBe(expected);
	});

	it('cuts a long name to 40 characters without a trailing hyphen', () => {
		const name = 'Abcdefghi '.repeat(10);
		expect(name).toHaveLength(100);
		// Ten characters per word: the 40th is the hyphen after the fourth word, and it goes.
		expect(exportFilename(name, date, 'md')).toBe(
			'commons-check-abcdefghi-abcdefghi-abcdefghi-abcdefghi-2027-03-12.md'
		);
		expect(slugify('x'.repeat(100))).toBe('x'.repeat(40));
	});

	it('names the workbook and the CSV for Jira apart from the plain CSV', () => {
		expect(exportFilename('ACME', date, 'xlsx')).toBe('commons-check-acme-2027-03-12.xlsx');
		expect(exportFilename('ACME', date, 'csv', 'jira')).toBe(
			'commons-check-acme-2027-03-12-jira.csv'
		);
	});

	it('uses the local date, not the UTC one', () => {
		expect(localIsoDate(new Date(2027, 0, 1, 0, 30))).toBe('2027-01-01');
		expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
	});
});

describe('slugify', () => {
	it.each([
		['Straße & Söhne', 'strasse-sohne'],
		['Ærø Øl', 'aero-ol'],
		['Łódź', 'lodz'],
		['ＡＣＭＥ　Ｃｏｒｐ', 'acme-corp'],
		['Crème brûlée, Inc.', 'creme-brulee-inc'],
		['C:\\Windows\\System32', 'c-windows-system32'],
		['<script>alert(1)</script>', 'script-alert-1-script'],
		['東京', 'assessment']
	])('%j → %s', (name, slug) => {
		expect(slugify(name)).toBe(slug);
	});
});
