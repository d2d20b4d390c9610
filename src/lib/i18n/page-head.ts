/**
 * The language links of a prerendered page, written into its <head> at build time
 * (hooks.server.ts), so they cost the browser no JavaScript: a canonical link (pages in a language)
 * and a `<link rel="alternate" hreflang>` per language plus `x-default`, the language-neutral
 * address. Google wants every version to list all of them, itself included, with absolute URLs
 * (https://developers.google.com/search/docs/specialty/international/localized-versions). They
 * need the site's origin (SITE_URL): without it the page has none, because relative ones are
 * invalid for search engines (Lighthouse fails its canonical and hreflang audits on them).
 */
import { languageTag, LOCALES, type Locale } from './locales';
import { splitLanguagePath, withLocale } from './paths';

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * @param pathname  the page's URL path, base included (`/base/de/results/`)
 * @param base  BASE_PATH
 * @param site  SITE_URL ('' when not set: no links)
 */
export function languageLinks(pathname: string, base: string, site: string): string {
	if (!site) return '';
	const { locale, path } = splitLanguagePath(pathname, base);
	const href = (target: string) => `${site}${base}${target}`;
	const version = (code: Locale) => href(withLocale(path, code));
	return [
		...(locale ? [`<link rel="canonical" href="${attribute(version(locale))}">`] : []),
		...LOCALES.map(
			(code) =>
				`<link rel="alternate" hreflang="${languageTag(code)}" href="${attribute(version(code))}">`
		),
		`<link rel="alternate" hreflang="x-default" href="${attribute(href(path))}">`
	].join('');
}
