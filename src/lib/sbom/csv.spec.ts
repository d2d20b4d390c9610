import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '$lib/testing/translator';
import { analyseFile } from './analyse';
import { lookFirstToCsv } from './csv';
import { parseSbomText } from './parse';

function summaryOf(text: string) {
	const result = parseSbomText(text);
	if (!result.ok) throw new Error(result.error.kind);
	return analyseFile({ name: 'x.json', size: 1, sha256: '0'.repeat(64), document: result.document })
		.summary;
}

const small = readFileSync(join(import.meta.dirname, 'fixtures', 'small-cyclonedx.json'), 'utf8');

describe('lookFirstToCsv', () => {
	it('writes the hand-checked ranking exactly: BOM, header, CRLF', () => {
		const csv = lookFirstToCsv(summaryOf(small), createTranslator('en'));
		expect(csv).toBe(
			'\uFEFF' +
				'Rank,Component,Version,Ecosystem,Registry,Used directly by,Components resting on it,Share of all components,Depth,Products\r\n' +
				'1,org.example/f,1.0,maven,maven.example.com/repo,4,7,0.7778,2,1\r\n' +
				'2,d,1.0.0,npm,registry.npmjs.org,2,3,0.3333,2,1\r\n' +
				'3,d,2.0.0,npm,registry.npmjs.org,1,2,0.2222,2,1\r\n' +
				'4,g,0.1,,,1,2,0.2222,2,1\r\n' +
				'5,a,1.0.0,npm,registry.npmjs.org,1,1,0.1111,1,1\r\n' +
				'6,b,2.0.0,npm,registry.npmjs.org,1,1,0.1111,1,1\r\n' +
				'7,c,3.0.0,pypi,pypi.org,1,1,0.1111,1,1\r\n'
		);
	});

	it('translates the header and neutralizes formulas and quotes in names from the file', () => {
		const evil = JSON.parse(small) as { components: { name: string }[] };
		evil.components[0]!.name = '=HYPERLINK("https://evil.example","a")';
		const csv = lookFirstToCsv(summaryOf(JSON.stringify(evil)), createTranslator('de'));
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toMatch(/^Rang,Komponente,/);
		expect(lines.find((line) => line.includes('HYPERLINK'))).toMatch(
			/^\d,"'=HYPERLINK\(""https:\/\/evil\.example"",""a""\)",1\.0\.0,npm,/
		);
	});
});
