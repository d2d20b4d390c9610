import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardcodedText } from './hardcoded-text';

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

describe('no user-visible text outside the i18n layer', () => {
	const root = join(process.cwd(), 'src');
	const files = svelteFiles(root);

	it('finds the components', () => {
		expect(files.length).toBeGreaterThan(3);
	});

	for (const file of files) {
		it(relative(root, file), () => {
			expect(findHardcodedText(readFileSync(file, 'utf8'), file)).toEqual([]);
		});
	}
});

describe('findHardcodedText', () => {
	it('flags text, literal expressions and perceivable attributes, and nothing else', () => {
		const source = `<script lang="ts">
	import { _ } from 'svelte-i18n';
	let count = $state(0);
	const label = 'Not checked: script code';
</script>

<h1>Welcome aboard</h1>
<p>{$_('home.lead')} · {count} → 0–4</p>
<button type="button" aria-label="Close dialog" title={$_('close')}>×</button>
<img alt={'A chart'} src="/x.png" />
{#if count > 1}
	<span>{'Literal text'}</span>
{:else}
	<input placeholder="Type here" class="wide" />
{/if}
{#each [1, 2] as n (n)}<em>Item</em>{/each}
<!-- i18n-ignore -->
<code>npm test</code>
<style>
	p::after { content: 'Not checked: CSS'; }
</style>`;
		expect(findHardcodedText(source)).toEqual([
			{ line: 7, text: 'Welcome aboard', where: 'text' },
			{ line: 9, text: 'Close dialog', where: 'attribute aria-label' },
			{ line: 10, text: 'A chart', where: 'attribute alt' },
			{ line: 12, text: 'Literal text', where: 'expression' },
			{ line: 14, text: 'Type here', where: 'attribute placeholder' },
			{ line: 16, text: 'Item', where: 'text' }
		]);
	});
});
