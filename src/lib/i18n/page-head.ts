/**
 * The language links of a prerendered page, written into its <head> at build time
 * (hooks.server.ts), so they cost the browser no JavaScript: a canonical link (pages in a language)
 * and a `<link rel="alternate" hreflang>` per language plus `x-default`, the language-neutral
 * address. Google wants every version to list all of them, itself included, with absolute URLs
 * (https://developers.google.com/search/docs/specialty/international/localized-versions): with
 * SITE_URL they are absolute, without it relative to the page, like the app's other links.
 */
import { LOCALES, type Locale } from './locales';
import { splitLanguagePath, withLocale } from './paths';

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * @param pathname  the page's URL path, base included (`/base/de/results/`)
 * @param base  BASE_PATH
 * @param site  SITE_URL ('' when not set)
 */
export function languageLinks(pathname: string, base: string, site: string): string {
	const { locale, path } = splitLanguagePath(pathname, base);
	const depth = (locale ? withLocale(path, locale) : path).split('/').filter(Boolean).length;
	const href = (target: string) =>
		site ? `${site}${base}${target}` : `${'../'.repeat(depth) || './'}${target.slice(1)}`;
	const version = (code: Locale) => href(withLocale(path, code));
	return [
		...(locale ? [`<link rel="canonical" href="${attribute(version(locale))}">`] : []),
		...LOCALES.map(
			(code) => `<link rel="alternate" hreflang="${code}" href="${attribute(version(code))}">`
		),
		`<link rel="alternate" hreflang="x-default" href="${attribute(href(path))}">`
	].join('');
}
