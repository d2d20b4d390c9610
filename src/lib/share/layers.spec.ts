/**
 * The codec's layers import only the layers below them (no cycle), and the compressor stays a
 * chunk of its own that imports none of the codec.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Bottom to top; share.ts (assessment ↔ shared result) sits beside the codec, on the types, and
 * invite.ts (workshop invitations) beside both, on the bytes, the registry and the date helpers.
 */
const LAYERS = [
	'types',
	'bytes',
	'frameworks',
	'details',
	'format-v1',
	'canonical',
	'codec',
	'share',
	'invite'
];

const dir = new URL('./', import.meta.url);
const modules = readdirSync(dir)
	.filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
	.map((file) => file.slice(0, -3));

function localImports(module: string): { static: string[]; dynamic: string[] } {
	const source = readFileSync(new URL(`${module}.ts`, dir), 'utf8');
	const names = (pattern: RegExp) => [...source.matchAll(pattern)].map((match) => match[1]!);
	return {
		static: names(/from '\.\/([\w-]+)'/g),
		dynamic: names(/import\('\.\/([\w-]+)'\)/g)
	};
}

describe('the share-link modules', () => {
	it('are all in a layer, or the compressor', () => {
		expect([...modules].sort()).toEqual([...LAYERS, 'compression'].sort());
	});

	it.each(LAYERS)('%s imports only layers below it', (module) => {
		const below = LAYERS.slice(0, LAYERS.indexOf(module));
		const above = localImports(module).static.filter((imported) => !below.includes(imported));
		expect(above).toEqual([]);
	});

	it('load the compressor only with import(), from codec.ts', () => {
		expect(localImports('compression').static).toEqual(['types']);
		for (const module of LAYERS) {
			expect(localImports(module).static).not.toContain('compression');
			const dynamic = localImports(module).dynamic;
			expect(dynamic).toEqual(module === 'codec' ? ['compression'] : []);
		}
	});
});
