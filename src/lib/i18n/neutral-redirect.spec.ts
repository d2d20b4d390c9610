import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { redirectScript, withRedirectScript } from './neutral-redirect';

interface Visit {
	path: string;
	search?: string;
	hash?: string;
	stored?: string | null | Error;
	languages?: string[];
	language?: string;
	base?: string;
}

/** Runs the inlined script, as the neutral page does, against a fake window. */
function visit({
	path,
	search = '',
	hash = '',
	stored = null,
	languages,
	language,
	base = ''
}: Visit) {
	const replaced: string[] = [];
	const root = { hidden: false };
	const window = {
		localStorage: {
			getItem(key: string) {
				if (stored instanceof Error) throw stored;
				return key === 'commons-check' ? stored : null;
			}
		},
		navigator: { languages, language },
		location: { pathname: path, search, hash, replace: (url: string) => replaced.push(url) },
		document: { documentElement: root }
	};
	runInNewContext(redirectScript(base), { window });
	return { replaced, hidden: root.hidden };
}

const saved = (locale: unknown) => JSON.stringify({ version: 2, settings: { locale } });

describe('the redirect script of the language-neutral pages', () => {
	it('follows the browser’s languages, like pickLocale', () => {
		expect(visit({ path: '/results/', languages: ['de-DE', 'en'] }).replaced).toEqual([
			'/de/results/'
		]);
		expect(visit({ path: '/', languages: ['nn-NO'] }).replaced).toEqual(['/nb/']);
		expect(visit({ path: '/', languages: ['ja', 'fr-CA'] }).replaced).toEqual(['/fr/']);
		expect(visit({ path: '/', languages: ['ja'] }).replaced).toEqual(['/en/']);
		// Older browsers: navigator.language only.
		expect(visit({ path: '/plan/', language: 'fr-FR' }).replaced).toEqual(['/fr/plan/']);
		expect(visit({ path: '/plan/', languages: [] }).replaced).toEqual(['/en/plan/']);
	});

	it('prefers the saved choice to the browser’s languages', () => {
		expect(
			visit({ path: '/assess/commons/', languages: ['de-DE'], stored: saved('nb') }).replaced
		).toEqual(['/nb/assess/commons/']);
	});

	it('ignores a saved value that is no locale, unreadable data and blocked storage', () => {
		const languages = ['fr'];
		expect(visit({ path: '/', languages, stored: saved('xx') }).replaced).toEqual(['/fr/']);
		expect(visit({ path: '/', languages, stored: saved(42) }).replaced).toEqual(['/fr/']);
		expect(visit({ path: '/', languages, stored: '{not json' }).replaced).toEqual(['/fr/']);
		expect(visit({ path: '/', languages, stored: '[]' }).replaced).toEqual(['/fr/']);
		expect(visit({ path: '/', languages, stored: new Error('SecurityError') }).replaced).toEqual([
			'/fr/'
		]);
	});

	it('keeps query and fragment (a share link), stays under the base and hides the page', () => {
		const shared = visit({
			path: '/commons-check/r/',
			hash: '#AQEBAgME_x-y',
			languages: ['de'],
			base: '/commons-check'
		});
		expect(shared).toEqual({ replaced: ['/commons-check/de/r/#AQEBAgME_x-y'], hidden: true });
		expect(
			visit({ path: '/compare/', search: '?a=snapshot:1&b=current', languages: ['en'] }).replaced
		).toEqual(['/en/compare/?a=snapshot:1&b=current']);
	});

	it('is small', () => {
		expect(redirectScript('').length).toBeLessThan(1500);
	});
});

describe('withRedirectScript', () => {
	const html = (policy: string) =>
		`<!doctype html><html lang="en"><head><meta charset="utf-8" /><meta http-equiv="content-security-policy" content="${policy}"><link href="./app.css" rel="stylesheet"></head><body></body></html>`;

	it('puts the script right after the policy, which allows exactly it by its hash', () => {
		const page = withRedirectScript(
			html("default-src 'self'; script-src 'self'; style-src 'self'"),
			''
		);
		const script = redirectScript('');
		const hash = createHash('sha256').update(script).digest('base64');
		expect(page).toContain(
			`content="default-src 'self'; script-src 'self' 'sha256-${hash}'; style-src 'self'"><script>${script}</script><link href="./app.css"`
		);
	});

	it('refuses a page whose policy it cannot extend', () => {
		expect(() => withRedirectScript(html("default-src 'self'"), '')).toThrow(/script-src/);
		expect(() => withRedirectScript('<html><head></head></html>', '')).toThrow(/CSP/);
	});
});
