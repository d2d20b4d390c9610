import { afterEach, describe, expect, it, vi } from 'vitest';
import { get } from 'svelte/store';
import { dictionary } from 'svelte-i18n';
import { loadLazyMessages } from './lazy';
import { messagesFor } from './server-messages';

afterEach(() => vi.unstubAllGlobals());

function respondWith(body: Record<string, string>) {
	return vi.fn(async (_url: string) => new Response(JSON.stringify(body), { status: 200 }));
}

describe('loadLazyMessages', () => {
	it('fetches a locale’s lazy catalogue once and adds it to the dictionary', async () => {
		const german = messagesFor('de');
		const fetch = respondWith({ 'tracker.body.question': german['tracker.body.question']! });
		vi.stubGlobal('fetch', fetch);
		await Promise.all([loadLazyMessages('de'), loadLazyMessages('de')]);
		expect(fetch).toHaveBeenCalledOnce();
		expect(String(fetch.mock.calls[0]![0])).toMatch(/tracker.*\.json/);
		expect(get(dictionary).de?.['tracker.body.question']).toBe('Frage:');
		await loadLazyMessages('de');
		expect(fetch).toHaveBeenCalledOnce();
	});

	it('fails when the file cannot be fetched, and tries again next time', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('', { status: 503 }))
		);
		await expect(loadLazyMessages('nb')).rejects.toThrow(/HTTP 503/);
		const fetch = respondWith({ 'tracker.body.question': 'Spørsmål:' });
		vi.stubGlobal('fetch', fetch);
		await loadLazyMessages('nb');
		expect(fetch).toHaveBeenCalledOnce();
		expect(get(dictionary).nb?.['tracker.body.question']).toBe('Spørsmål:');
	});

	it('does nothing for a locale without lazy catalogues', async () => {
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		await loadLazyMessages('xx');
		expect(fetch).not.toHaveBeenCalled();
	});
});
