import { describe, expect, it } from 'vitest';
import { checkSourceFiles } from '$lib/testing/source-files';
import { findHardcodedText } from './hardcoded-text';

checkSourceFiles(
	'no user-visible text outside the i18n layer',
	(path) => path.endsWith('.svelte'),
	3,
	findHardcodedText
);

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
