import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSourceFiles } from '$lib/testing/source-files';
import { findLinkBypasses } from './link-bypass';

/** Every .svelte and .ts file of the app, except links.ts (the one place that may use resolve). */
const isChecked = (path: string) =>
	/\.(svelte|ts)$/.test(path) &&
	!/\.spec\.ts$/.test(path) &&
	!path.endsWith(join('i18n', 'links.ts')) &&
	!path.endsWith('link-bypass.ts');

checkSourceFiles('every internal link keeps the page’s language', isChecked, 50, (source) =>
	findLinkBypasses(source)
);

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
