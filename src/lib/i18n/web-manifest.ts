/**
 * The web app manifest (name, description and start page when the app is installed), one per
 * language: a page in a language links its own (hooks.server.ts), the language-neutral pages the
 * English one, which starts at the neutral address and so follows the reader's language.
 */
import { languageTag, type Locale } from './locales';

export interface WebManifest {
	name: string;
	short_name: string;
	description: string;
	lang: string;
	dir: 'ltr';
	start_url: string;
	scope: string;
	display: 'standalone';
	background_color: string;
	theme_color: string;
	icons: { src: string; sizes: string; type: string; purpose: string }[];
}

/**
 * @param locale  the language, or null for the neutral manifest (English text, neutral start page)
 * @param messages  that language's messages (`app.name`, `app.tagline`)
 */
export function webManifest(locale: Locale | null, messages: Record<string, string>): WebManifest {
	const name = messages['app.name'] ?? 'Commons Check';
	return {
		name,
		short_name: name,
		description: messages['app.tagline'] ?? '',
		lang: languageTag(locale ?? 'en'),
		dir: 'ltr',
		// Relative to the manifest, which lives at the site's root (under BASE_PATH too).
		start_url: locale ? `./${locale}/` : './',
		scope: './',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#0b5cad',
		icons: [
			{ src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
			{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	};
}

/** The manifest's file name for a page in `locale` (null: a language-neutral page). */
export function manifestFile(locale: Locale | null): string {
	return locale ? `manifest.${locale}.webmanifest` : 'manifest.webmanifest';
}

export function manifestResponse(manifest: WebManifest): Response {
	return new Response(`${JSON.stringify(manifest, null, '\t')}\n`, {
		headers: { 'content-type': 'application/manifest+json; charset=utf-8' }
	});
}
