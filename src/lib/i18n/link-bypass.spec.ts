import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLinkBypasses } from './link-bypass';

/** Every .svelte and .ts file of the app, except links.ts (the one place that may use resolve). */
function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		if (!/\.(svelte|ts)$/.test(entry.name) || /\.spec\.ts$/.test(entry.name)) return [];
		return path.endsWith(join('i18n', 'links.ts')) || path.endsWith('link-bypass.ts') ? [] : [path];
	});
}

describe('every internal link keeps the page’s language', () => {
	const root = join(process.cwd(), 'src');
	const files = sources(root);

	it('finds the sources', () => {
		expect(files.length).toBeGreaterThan(50);
	});

	for (const file of files) {
		it(relative(root, file), () => {
			expect(findLinkBypasses(readFileSync(file, 'utf8'))).toEqual([]);
		});
	}
});

describe('findLinkBypasses', () => {
	it('flags resolve(), written addresses and goto with a string, and nothing else', () => {
		const source = `<script lang="ts">
	import { goto } from '$app/navigation';
	import { base, resolve } from '$app/paths';
	import * as paths from '$app/paths';
	import { localized, neutral } from '$lib/i18n/links';
	const go = () => goto('/results/');
	const ok = () => goto(localized('/results/'));
</script>

<a href="/plan/">x</a>
<a href='../about/'>x</a>
<a href={\`/assess/\${id}/\`}>x</a>
<a href={localized('/plan/')}>ok</a>
<a href={neutral('/r/')}>ok</a>
<a href="https://example.org/">external</a>
<a href="//example.org/">protocol-relative, external</a>
<a href="#main">fragment</a>
<form action="/search"></form>`;
		expect(findLinkBypasses(source).map((f) => f.line)).toEqual([3, 4, 6, 10, 11, 12, 18]);
	});
});
