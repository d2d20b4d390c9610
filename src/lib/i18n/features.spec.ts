import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { get } from 'svelte/store';
import { addMessages, dictionary, init, locale } from 'svelte-i18n';
import { loadFeatureMessages } from './features';
import { messagesFor } from './server-messages';

afterEach(() => vi.unstubAllGlobals());

beforeAll(async () => {
	addMessages('de', { 'app.name': 'Commons Check' });
	addMessages('nb', { 'app.name': 'Commons Check' });
	await init({ fallbackLocale: 'de', initialLocale: 'de' });
});

function respondWith(body: Record<string, string>) {
	return vi.fn(async (_url: string) => new Response(JSON.stringify(body), { status: 200 }));
}

describe('loadFeatureMessages', () => {
	it('fetches a feature’s catalogue in the current locale once and adds it', async () => {
		const german = messagesFor('de');
		const fetch = respondWith({ 'tracker.body.question': german['tracker.body.question']! });
		vi.stubGlobal('fetch', fetch);
		await Promise.all([loadFeatureMessages(['tracker']), loadFeatureMessages(['tracker'])]);
		expect(fetch).toHaveBeenCalledOnce();
		expect(String(fetch.mock.calls[0]![0])).toMatch(/tracker.*\.json/);
		expect(get(dictionary).de?.['tracker.body.question']).toBe('Frage:');
		await loadFeatureMessages(['tracker']);
		expect(fetch).toHaveBeenCalledOnce();
	});

	it('loads the other language’s catalogue when the language changes', async () => {
		const fetch = respondWith({ 'tracker.body.question': 'Spørsmål:' });
		vi.stubGlobal('fetch', fetch);
		await locale.set('nb');
		expect(fetch).toHaveBeenCalled();
		expect(String(fetch.mock.calls[0]![0])).toMatch(/tracker/);
		expect(get(dictionary).nb?.['tracker.body.question']).toBe('Spørsmål:');
		await locale.set('de');
	});

	it('fails when the file cannot be fetched, and fetches again on the next try', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('', { status: 503 }))
		);
		await expect(loadFeatureMessages(['sbom'])).rejects.toThrow(/HTTP 503/);
		const fetch = respondWith({ 'sbom.title': 'SBOMs' });
		vi.stubGlobal('fetch', fetch);
		await loadFeatureMessages(['sbom']);
		expect(fetch).toHaveBeenCalledOnce();
		expect(get(dictionary).de?.['sbom.title']).toBe('SBOMs');
	});
});

describe('feature catalogues', () => {
	const files = import.meta.glob<Record<string, string>>(
		['./messages/*/*.json', './lazy/*/*.json'],
		{
			eager: true,
			import: 'default'
		}
	);
	const lazy = Object.entries(files).filter(([path]) => path.startsWith('./lazy/'));
	const start = Object.entries(files).filter(([path]) => path.startsWith('./messages/'));

	it('name every key after their feature, and no start catalogue uses that prefix', () => {
		// loadFeatureMessages knows a catalogue is there by its prefix: keep the prefix the feature's.
		const features = new Set(lazy.map(([path]) => path.split('/')[3]!.replace(/\.json$/, '')));
		expect(features.size).toBeGreaterThan(0);
		for (const [path, messages] of lazy) {
			const feature = path.split('/')[3]!.replace(/\.json$/, '');
			for (const key of Object.keys(messages))
				expect(key, path).toMatch(new RegExp(`^${feature}\\.`));
		}
		for (const [path, messages] of start) {
			for (const key of Object.keys(messages)) {
				expect(
					[...features].some((feature) => key.startsWith(`${feature}.`)),
					`${path}: ${key}`
				).toBe(false);
			}
		}
	});
});
