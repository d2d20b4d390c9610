/**
 * The importer against broken input: truncated files, flipped bytes, fields replaced by values of
 * the wrong type or removed, and arbitrary JSON. Over 10,000 cases in all. For every one, reading
 * never throws and ends in either a document or exactly one known error kind; a document that is
 * read is also analysed without throwing, into a summary that passes its own schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseFile } from './analyse';
import { SBOM_ERROR_KINDS, type ParseResult } from './model';
import { parseSbomBytes, readSbom } from './parse';
import { sbomSummarySchema } from './summary';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const SMALL = [bytesOf('small-cyclonedx.json'), bytesOf('small-spdx.json')];
const NPM = [bytesOf('npm-cyclonedx.json'), bytesOf('npm-spdx.json')];
const SMALL_VALUES = SMALL.map((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as unknown);

// Generous: the machine this runs on may be shared; a slow run is not a failure.
const TIMEOUT = 120_000;

let cases = 0;
const kinds = new Map<string, number>();

/** The property every case must hold. */
function holds(run: () => ParseResult): void {
	cases++;
	let result: ParseResult;
	try {
		result = run();
	} catch (error) {
		throw new Error(`reading threw: ${String(error)}`, { cause: error });
	}
	if (!result.ok) {
		expect(SBOM_ERROR_KINDS).toContain(result.error.kind);
		kinds.set(result.error.kind, (kinds.get(result.error.kind) ?? 0) + 1);
		return;
	}
	kinds.set('ok', (kinds.get('ok') ?? 0) + 1);
	const summary = analyseFile({
		name: 'fuzz.json',
		size: 1,
		sha256: '0'.repeat(64),
		document: result.document
	}).summary;
	const valid = sbomSummarySchema.safeParse(summary);
	if (!valid.success) throw new Error(`summary invalid: ${JSON.stringify(valid.error.issues[0])}`);
}

/** Every path to a value in a JSON tree, for replacing or removing it. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
	if (value !== null && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) {
			const segment = Array.isArray(value) ? Number(key) : key;
			out.push([...prefix, segment]);
			paths(child, [...prefix, segment], out);
		}
	}
	return out;
}

function replaced(root: unknown, path: (string | number)[], value: unknown, remove: boolean) {
	const copy = structuredClone(root) as Record<string | number, unknown>;
	let node = copy;
	for (const segment of path.slice(0, -1)) node = node[segment] as typeof node;
	const last = path.at(-1)!;
	if (remove) {
		if (Array.isArray(node)) node.splice(Number(last), 1);
		else delete node[last];
	} else node[last] = value;
	return copy;
}

describe('fuzzing the SBOM importer', () => {
	afterAll(() => {
		expect(cases).toBeGreaterThanOrEqual(10_000);
		// Every kind of trouble the inputs can have was met, and some inputs were still read.
		for (const kind of ['ok', 'empty', 'not-json', 'not-sbom', 'damaged', 'unsupported-version']) {
			expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
		}
	});

	// The real files are large: fewer runs.
	for (const [title, files, numRuns] of [
		['truncated files', SMALL, 3000],
		['truncated real npm files', NPM, 200]
	] as const) {
		it(
			title,
			() => {
				fc.assert(
					fc.property(fc.nat(1), fc.double({ min: 0, max: 1, noNaN: true }), (which, at) => {
						const bytes = files[which]!;
						holds(() => parseSbomBytes(bytes.subarray(0, Math.floor(bytes.length * at))));
					}),
					{ numRuns, seed: 21 }
				);
			},
			TIMEOUT
		);
	}

	it(
		'flipped and inserted bytes',
		() => {
			fc.assert(
				fc.property(
					fc.nat(1),
					fc.array(
						fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })),
						{
							minLength: 1,
							maxLength: 8
						}
					),
					(which, edits) => {
						const bytes = SMALL[which]!.slice();
						for (const [at, value] of edits) bytes[Math.floor(at * (bytes.length - 1))] = value;
						holds(() => parseSbomBytes(bytes));
					}
				),
				{ numRuns: 3000, seed: 21 }
			);
		},
		TIMEOUT
	);

	it(
		'fields replaced by values of the wrong type, or removed',
		() => {
			const trees = SMALL_VALUES.map((value) => ({ value, paths: paths(value) }));
			fc.assert(
				fc.property(
					fc.nat(1),
					fc.nat(),
					fc.anything({ maxDepth: 2 }),
					fc.boolean(),
					(which, pick, value, remove) => {
						const tree = trees[which]!;
						const path = tree.paths[pick % tree.paths.length]!;
						holds(() => readSbom(replaced(tree.value, path, value, remove)));
					}
				),
				{ numRuns: 3000, seed: 21 }
			);
		},
		TIMEOUT
	);

	it(
		'arbitrary JSON, and SBOM headers over arbitrary bodies',
		() => {
			const header = fc.oneof(
				fc.record({
					bomFormat: fc.constant('CycloneDX'),
					specVersion: fc.constantFrom('1.4', '1.5', '1.6', '1.7', '1.3', 1.6)
				}),
				fc.record({ spdxVersion: fc.constantFrom('SPDX-2.2', 'SPDX-2.3', 'SPDX-3.0') }),
				fc.constant({})
			);
			fc.assert(
				fc.property(header, fc.jsonValue({ maxDepth: 3 }), (head, body) => {
					const value =
						body !== null && typeof body === 'object' && !Array.isArray(body)
							? { ...body, ...head }
							: body;
					holds(() => parseSbomBytes(new TextEncoder().encode(JSON.stringify(value) ?? '')));
				}),
				{ numRuns: 1500, seed: 21 }
			);
		},
		TIMEOUT
	);
});
