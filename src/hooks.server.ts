import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LOCALE, languageTag } from '$lib/i18n/locales';
import { withRedirectScript } from '$lib/i18n/neutral-redirect';
import { languageLinks } from '$lib/i18n/page-head';
import { manifestFile } from '$lib/i18n/web-manifest';
import { NEUTRAL_ROUTE_ID, splitLanguagePath } from '$lib/i18n/paths';

// The configured base path (SvelteKit makes `base` relative only while a page renders).
const BASE = base;

/**
 * Runs while prerendering (the site has no server), so each page is in its language from the first
 * byte: `<html lang>` from its path, its language links (page-head.ts), and on the
 * language-neutral pages the script that sends the reader on (neutral-redirect.ts).
 */
export const handle: Handle = ({ event, resolve }) => {
	const { pathname } = event.url;
	const language = splitLanguagePath(pathname, BASE).locale;
	const locale = language ?? DEFAULT_LOCALE;
	// The app shell (200.html) belongs to no address.
	const route = event.route.id;
	return resolve(event, {
		// Prerendered pages are never streamed: this runs once, on the whole page.
		transformPageChunk: ({ html }) => {
			let page = html.replace('<html lang="en">', `<html lang="${languageTag(locale)}">`);
			// The manifest in the page's language (its name and start page when installed).
			if (language) page = page.replace('manifest.webmanifest"', `${manifestFile(language)}"`);
			if (route === null) return page;
			page = page.replace('</head>', `${languageLinks(pathname, BASE, __SITE_URL__)}</head>`);
			if (route !== NEUTRAL_ROUTE_ID) return page;
			// A page that only sends the reader on links no manifest: the redirect would cut its
			// download short, and Chromium then logs the cut file as a syntax error.
			page = page.replace(/<link rel="manifest"[^>]*>\s*/, '');
			return withRedirectScript(page, BASE);
		}
	});
};
