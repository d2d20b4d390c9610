/**
 * The inline script of the language-neutral pages (`/`, `/results/`, `/r/#…`): it sends the reader
 * to the same page in their saved language, else their browser's, keeping query and fragment.
 *
 * It runs first in <head>, right after the CSP meta tag and before any stylesheet, so the neutral
 * page is never painted when JavaScript runs: it hides the document and replaces the address
 * (no history entry). The CSP allows exactly this script by its hash, on these pages only
 * (hooks.server.ts). Without JavaScript the page shows a link per language.
 *
 * The script is built from the source of `redirectToLanguage` and `pickLocale`, which therefore use
 * only their arguments and the browser's globals.
 */
import { createHash } from 'node:crypto';
import { STORAGE_KEY } from '$lib/storage/envelope';
import { DEFAULT_LOCALE, LOCALES, pickLocale } from './locales';

/** What the script needs from the page's window; the tests pass a fake. */
export interface RedirectWindow {
	localStorage: Pick<Storage, 'getItem'>;
	navigator: { languages?: readonly string[]; language?: string };
	location: Pick<Location, 'pathname' | 'search' | 'hash' | 'replace'>;
	document: { documentElement: { hidden: boolean } };
}

export function redirectToLanguage(
	win: RedirectWindow,
	base: string,
	locales: readonly string[],
	fallback: string,
	storageKey: string,
	pick: (preferred: readonly string[], locales: readonly string[], fallback: string) => string
): void {
	let saved: unknown;
	try {
		// The settings of the stored envelope (storage/envelope.ts); any version has them there.
		saved = JSON.parse(win.localStorage.getItem(storageKey) ?? 'null')?.settings?.locale;
	} catch {
		// Storage disabled or unreadable: the browser's languages decide.
	}
	const browserLanguages = win.navigator.languages?.length
		? win.navigator.languages
		: [win.navigator.language ?? ''];
	const target =
		typeof saved === 'string' && locales.includes(saved)
			? saved
			: pick(browserLanguages, locales, fallback);
	const { pathname, search, hash } = win.location;
	win.document.documentElement.hidden = true;
	win.location.replace(`${base}/${target}${pathname.slice(base.length)}${search}${hash}`);
}

/** The script's text for a build under `base` (it must not contain `</script>`). */
export function redirectScript(base: string): string {
	const args = [
		JSON.stringify(base),
		JSON.stringify(LOCALES),
		JSON.stringify(DEFAULT_LOCALE),
		JSON.stringify(STORAGE_KEY),
		pickLocale.toString()
	];
	const script = `(${redirectToLanguage.toString()})(window,${args.join(',')})`;
	if (/<\/script/i.test(script)) throw new Error('the redirect script cannot be inlined');
	return script;
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/**
 * A prerendered neutral page with the redirect script: inserted right after the CSP meta tag (the
 * policy then covers it, and no stylesheet delays it), and allowed by its hash in that page's
 * `script-src` only. The build's header policies (deploy/headers.js) are read from these tags.
 */
export function withRedirectScript(html: string, base: string): string {
	const script = redirectScript(base);
	const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
	const meta = CSP_META.exec(html);
	if (!meta || !/(^|;\s*)script-src\s/.test(meta[1]!)) {
		throw new Error('a neutral page has no CSP meta tag with script-src to allow its script');
	}
	const policy = meta[1]!.replace(/((?:^|;\s*)script-src\s[^;]*)/, `$1 ${hash}`);
	const tag = `<meta http-equiv="content-security-policy" content="${policy}">`;
	return html.replace(meta[0], `${tag}<script>${script}</script>`);
}
