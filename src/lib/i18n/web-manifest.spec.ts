import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { messagesFor } from './server-messages';
import { manifestFile, webManifest } from './web-manifest';

describe('webManifest', () => {
	it('names and describes the app in each language and starts on that language’s home page', () => {
		for (const locale of LOCALES) {
			const messages = messagesFor(locale);
			const manifest = webManifest(locale, messages);
			expect(manifest.name).toBe(messages['app.name']);
			expect(manifest.description).toBe(messages['app.tagline']);
			expect(manifest.start_url).toBe(`./${locale}/`);
			expect(manifest.scope).toBe('./');
			expect(manifestFile(locale)).toBe(`manifest.${locale}.webmanifest`);
		}
		expect(webManifest('de', messagesFor('de')).description).not.toBe(
			webManifest('en', messagesFor('en')).description
		);
	});

	it('says European Portuguese where the app’s Portuguese is meant', () => {
		expect(webManifest('pt' as never, { 'app.name': 'x', 'app.tagline': 'y' }).lang).toBe('pt-PT');
		expect(webManifest('de', messagesFor('de')).lang).toBe('de');
	});

	it('gives the language-neutral pages English text and the neutral start page', () => {
		const manifest = webManifest(null, messagesFor('en'));
		expect(manifest).toMatchObject({ lang: 'en', start_url: './', dir: 'ltr' });
		expect(manifestFile(null)).toBe('manifest.webmanifest');
		expect(manifest.icons.map((icon) => icon.sizes)).toEqual([
			'any',
			'192x192',
			'512x512',
			'512x512'
		]);
	});
});
