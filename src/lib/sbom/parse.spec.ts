import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSbomBytes, parseSbomText, readSbom } from './parse';
import type { ParseResult, SbomDocument } from './model';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const fixture = (name: string) => JSON.parse(fixtureText(name)) as Record<string, unknown>;

function documentOf(result: ParseResult): SbomDocument {
	if (!result.ok) throw new Error(`expected a document, got ${JSON.stringify(result.error)}`);
	return result.document;
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('CycloneDX', () => {
	const document = documentOf(parseSbomText(fixtureText('small-cyclonedx.json')));

	it('reads the document fields', () => {
		expect(document).toMatchObject({
			format: 'cyclonedx',
			specVersion: '1.6',
			uri: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
			timestamp: '2026-11-30T10:00:00Z',
			roots: [0]
		});
		expect(document.authors).toEqual([
			{ kind: 'person', name: 'Build Team', contact: true },
			{ kind: 'tool', name: 'hand', contact: false }
		]);
	});

	it('puts the product first and keeps every component with what it has', () => {
		expect(document.components.map((c) => c.ref)).toEqual([
			'app',
			'a',
			'b',
			'c',
			'd1',
			'd2',
			'f',
			'g',
			'h'
		]);
		const byRef = Object.fromEntries(document.components.map((c) => [c.ref, c]));
		expect(byRef.app).toMatchObject({ supplier: 'Example Ltd', supplierContact: true });
		expect(byRef.b).toMatchObject({
			supplier: 'B Org',
			supplierContact: false,
			hashes: ['SHA256']
		});
		expect(byRef.c).toMatchObject({ supplier: 'Carol <carol@example.net>', supplierContact: true });
		expect(byRef.f).toMatchObject({
			group: 'org.example',
			hashes: ['SHA512'],
			licences: ['Apache-2.0']
		});
		expect(byRef.g).toMatchObject({ otherId: true, licences: [] });
		expect(byRef.h).toMatchObject({ purl: 'pkg:npm/h', version: undefined });
		expect(byRef.a!.licences).toEqual(['MIT OR Apache-2.0']);
	});

	it('reads dependencies, skipping unknown refs, and marks what is in the graph', () => {
		expect(document.edges.length / 2).toBe(12); // the repeated b → d1 is still there; the graph drops it
		expect(Array.from(document.inGraph)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0]);
	});

	it('turns nested components into "contains" edges', () => {
		const bom = {
			bomFormat: 'CycloneDX',
			specVersion: '1.4',
			components: [
				{
					type: 'application',
					name: 'outer',
					'bom-ref': 'o',
					components: [{ type: 'library', name: 'inner', 'bom-ref': 'i' }]
				}
			]
		};
		const nested = documentOf(readSbom(bom));
		expect(nested.components.map((c) => c.name)).toEqual(['outer', 'inner']);
		expect(nested.edges).toEqual([0, 1]);
		expect(nested.roots).toEqual([]);
	});

	it('counts a component listed twice under one bom-ref once', () => {
		const bom = fixture('small-cyclonedx.json');
		const components = bom.components as unknown[];
		bom.components = [(bom.metadata as { component: unknown }).component, ...components];
		expect(documentOf(readSbom(bom)).components).toHaveLength(9);
	});

	it('reads the 1.4 tools list and the npm CLI output', () => {
		const bom: Record<string, unknown> = { ...fixture('small-cyclonedx.json'), specVersion: '1.4' };
		(bom.metadata as Record<string, unknown>).tools = [{ vendor: 'x', name: 'old-tool' }];
		expect(documentOf(readSbom(bom)).authors.map((a) => a.name)).toContain('old-tool');
		const npm = documentOf(parseSbomText(fixtureText('npm-cyclonedx.json')));
		expect(npm.specVersion).toBe('1.5');
		expect(npm.components.length).toBeGreaterThan(100);
	});

	it('refuses versions it does not read', () => {
		for (const specVersion of ['1.3', '2.0', '']) {
			const result = readSbom({ ...fixture('small-cyclonedx.json'), specVersion });
			expect(result).toEqual({
				ok: false,
				error: { kind: 'unsupported-version', detail: `CycloneDX ${specVersion}` }
			});
		}
	});

	it('names the place of a damaged field', () => {
		const bom = fixture('small-cyclonedx.json');
		(bom.components as Record<string, unknown>[])[2]!.name = 42;
		expect(readSbom(bom)).toEqual({
			ok: false,
			error: { kind: 'damaged', detail: 'components[2].name: invalid_type' }
		});
		const broken = fixture('small-cyclonedx.json');
		(broken.dependencies as unknown[])[1] = { ref: 'a', dependsOn: 'd1' };
		expect(readSbom(broken)).toEqual({
			ok: false,
			error: { kind: 'damaged', detail: 'dependencies[1].dependsOn: invalid_type' }
		});
	});
});

describe('SPDX', () => {
	const document = documentOf(parseSbomText(fixtureText('small-spdx.json')));

	it('reads the document fields and the creators', () => {
		expect(document).toMatchObject({
			format: 'spdx',
			specVersion: '2.3',
			uri: 'https://example.com/spdx/app-1.0.0-2c0f4b1e',
			timestamp: '2026-11-30T10:00:00Z',
			roots: [0]
		});
		expect(document.authors).toEqual([
			{ kind: 'tool', name: 'hand-1', contact: false },
			{ kind: 'organization', name: 'Example Ltd', contact: true }
		]);
	});

	it('reads packages: supplier or originator, licences, checksums, identifiers', () => {
		const byRef = Object.fromEntries(document.components.map((c) => [c.ref, c]));
		expect(byRef['SPDXRef-c']).toMatchObject({ supplier: 'Carol', supplierContact: true });
		expect(byRef['SPDXRef-b']).toMatchObject({ supplier: 'B Org', supplierContact: false });
		expect(byRef['SPDXRef-g']).toMatchObject({ otherId: true, licences: [] });
		expect(byRef['SPDXRef-h']).toMatchObject({ licences: [], version: undefined });
		expect(byRef['SPDXRef-f']!.hashes).toEqual(['SHA512']);
	});

	it('reads every relationship in the direction dependant → dependency', () => {
		const names = document.components.map((c) => c.ref.replace('SPDXRef-', ''));
		const edges = new Set<string>();
		for (let i = 0; i < document.edges.length; i += 2) {
			edges.add(`${names[document.edges[i]!]}>${names[document.edges[i + 1]!]}`);
		}
		expect([...edges].sort()).toEqual(
			[
				'app>a',
				'app>b',
				'app>c',
				'a>d1',
				'a>f',
				'b>d1',
				'b>g',
				'c>d2',
				'd1>f',
				'd2>f',
				'g>f'
			].sort()
		);
		expect(Array.from(document.inGraph)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0]);
	});

	it('takes the product from documentDescribes too', () => {
		const doc = fixture('small-spdx.json');
		doc.relationships = [];
		doc.documentDescribes = ['SPDXRef-b'];
		expect(documentOf(readSbom(doc)).roots).toEqual([2]);
	});

	it('reads the npm CLI output', () => {
		const npm = documentOf(parseSbomText(fixtureText('npm-spdx.json')));
		expect(npm.specVersion).toBe('2.3');
		expect(npm.roots).toHaveLength(1);
		expect(npm.edges.length).toBeGreaterThan(100);
	});

	it('refuses SPDX 2.1 and SPDX 3', () => {
		expect(readSbom({ ...fixture('small-spdx.json'), spdxVersion: 'SPDX-2.1' })).toEqual({
			ok: false,
			error: { kind: 'unsupported-version', detail: 'SPDX-2.1' }
		});
		const spdx3 = { '@context': 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld', '@graph': [] };
		expect(readSbom(spdx3)).toEqual({
			ok: false,
			error: { kind: 'unsupported-version', detail: 'SPDX 3' }
		});
	});

	it('names the place of a damaged package', () => {
		const doc = fixture('small-spdx.json');
		(doc.packages as Record<string, unknown>[])[4]!.checksums = [{ algorithm: 'SHA1' }];
		expect(readSbom(doc)).toEqual({
			ok: false,
			error: { kind: 'damaged', detail: 'packages[4].checksums[0].checksumValue: invalid_type' }
		});
	});
});

describe('errors before the format', () => {
	it('refuses empty, blank and oversized input', () => {
		expect(parseSbomBytes(new Uint8Array(0))).toEqual({ ok: false, error: { kind: 'empty' } });
		expect(parseSbomBytes(encode(' \n\t'))).toEqual({ ok: false, error: { kind: 'empty' } });
		const big = { byteLength: 100_000_001 } as Uint8Array;
		expect(parseSbomBytes(big)).toEqual({ ok: false, error: { kind: 'too-large' } });
	});

	it('tells text that is not JSON from a cut-off SBOM', () => {
		expect(parseSbomText('hello world')).toMatchObject({ ok: false, error: { kind: 'not-json' } });
		const cut = fixtureText('small-cyclonedx.json').slice(0, 500);
		expect(parseSbomText(cut)).toMatchObject({ ok: false, error: { kind: 'damaged' } });
	});

	it('refuses binary files as not JSON', () => {
		expect(parseSbomBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0xfd]))).toEqual({
			ok: false,
			error: { kind: 'not-json', detail: 'not text' }
		});
	});

	it('recognises other JSON as not an SBOM', () => {
		for (const value of ['[]', '42', 'null', '"text"', '{"name":"package.json"}']) {
			expect(parseSbomText(value)).toEqual({ ok: false, error: { kind: 'not-sbom' } });
		}
	});

	it('names the encodings it does not read', () => {
		const xml = '<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6">';
		expect(parseSbomText(xml)).toEqual({
			ok: false,
			error: { kind: 'unsupported-encoding', detail: 'CycloneDX XML' }
		});
		const tagValue = 'SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n';
		expect(parseSbomText(tagValue)).toEqual({
			ok: false,
			error: { kind: 'unsupported-encoding', detail: 'SPDX tag-value' }
		});
		expect(parseSbomText('<html><body>hi</body></html>')).toEqual({
			ok: false,
			error: { kind: 'not-sbom', detail: 'XML' }
		});
	});

	it('reads UTF-8 with a byte order mark and UTF-16 (PowerShell redirects)', () => {
		const json = fixtureText('small-cyclonedx.json');
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(json)]);
		expect(parseSbomBytes(withBom).ok).toBe(true);
		const utf16 = new Uint8Array(2 + json.length * 2);
		utf16[0] = 0xff;
		utf16[1] = 0xfe;
		for (let i = 0; i < json.length; i++) {
			utf16[2 + i * 2] = json.charCodeAt(i) & 0xff;
			utf16[3 + i * 2] = json.charCodeAt(i) >> 8;
		}
		expect(documentOf(parseSbomBytes(utf16)).components).toHaveLength(9);
	});

	it('reports progress through the phases', () => {
		const phases: string[] = [];
		parseSbomBytes(encode(fixtureText('npm-cyclonedx.json')), (phase) => {
			if (phases.at(-1) !== phase) phases.push(phase);
		});
		expect(phases).toEqual(['decode', 'parse', 'read']);
	});
});
