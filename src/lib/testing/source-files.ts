/**
 * Checks over the app's own source files, written as tests (no hard-coded text, no link that
 * loses the page's language): one test per file, so a failure names the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file below `dir` whose path `keep` accepts. */
export function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return filesUnder(path, keep);
		return keep(path) ? [path] : [];
	});
}

/**
 * A test per file of `src` that `keep` accepts, each expecting `find` to report nothing in it,
 * and one that more than `fewest` files were found (a wrong root must not pass by finding none).
 */
export function checkSourceFiles(
	title: string,
	keep: (path: string) => boolean,
	fewest: number,
	find: (source: string, path: string) => readonly unknown[]
): void {
	describe(title, () => {
		const root = join(process.cwd(), 'src');
		const files = filesUnder(root, keep);

		it('finds the files', () => {
			expect(files.length).toBeGreaterThan(fewest);
		});

		for (const file of files) {
			it(relative(root, file), () => {
				expect(find(readFileSync(file, 'utf8'), file)).toEqual([]);
			});
		}
	});
}
