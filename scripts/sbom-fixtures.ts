/**
 * Writes this project's own SBOM, made by `npm sbom`, in both formats, as test fixtures:
 *
 *   npx tsx scripts/sbom-fixtures.ts
 *
 * → src/lib/sbom/fixtures/npm-cyclonedx.json and npm-spdx.json (committed; rerun after a
 * dependency change). npm runs in a temporary folder named after the package, on a copy of
 * package.json and package-lock.json, with `--package-lock-only`: the result then depends only
 * on the lockfile, not on the checkout's folder name (which npm uses as the product's name) nor on
 * what happens to be installed. The files are checked with the app's own reader before writing.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseFile } from '$lib/sbom/analyse';
import { readSbomFile } from '$lib/sbom/pipeline';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'src/lib/sbom/fixtures');

const FORMATS = [
	{ format: 'cyclonedx', file: 'npm-cyclonedx.json' },
	{ format: 'spdx', file: 'npm-spdx.json' }
] as const;

async function main(): Promise<void> {
	const { name } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string };
	const work = mkdtempSync(join(tmpdir(), 'sbom-fixtures-'));
	const project = join(work, name);
	mkdirSync(project);
	try {
		for (const file of ['package.json', 'package-lock.json']) {
			copyFileSync(join(ROOT, file), join(project, file));
		}
		for (const { format, file } of FORMATS) {
			const output = execFileSync('npm', ['sbom', '--package-lock-only', '--sbom-format', format], {
				cwd: project,
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024
			});
			const outcome = await readSbomFile(file, new TextEncoder().encode(output));
			if (!outcome.ok)
				throw new Error(`${file}: ${outcome.error.kind} ${outcome.error.detail ?? ''}`);
			const { counts, graph } = analyseFile(outcome.file).summary;
			writeFileSync(join(OUT, file), output);
			console.log(
				`${file}: ${counts.components} components, ${counts.edges} dependency edges, ` +
					`graph ${graph.status}`
			);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
