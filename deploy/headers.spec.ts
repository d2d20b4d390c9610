import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	headerPolicy,
	headersFile,
	IMMUTABLE_CACHE,
	metaPolicy,
	nginxCspMap,
	REVALIDATE_CACHE,
	SECURITY_HEADERS,
	sitePolicies,
	withoutPageHashes,
	writeHostFiles
} from './headers.js';

const policy = (scriptHash: string, styleHash = '') =>
	`default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-${scriptHash}'; style-src 'self' 'unsafe-hashes' 'sha256-STYLE='${styleHash ? ` 'sha256-${styleHash}'` : ''}; base-uri 'self'`;
const page = (csp: string | null) =>
	`<!doctype html><html><head><meta charset="utf-8" />${
		csp === null ? '' : `<meta http-equiv="content-security-policy" content="${csp}">`
	}<script>start()</script></head><body></body></html>`;

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'headers-spec-'));
	dirs.push(dir);
	for (const [file, html] of Object.entries(pages)) {
		mkdirSync(join(dir, file, '..'), { recursive: true });
		writeFileSync(join(dir, file), html);
	}
	writeFileSync(join(dir, 'app.js'), 'not a page');
	return dir;
}

describe('page policies', () => {
	it('reads the policy of the CSP meta tag, whatever the attribute order and quoting', () => {
		expect(metaPolicy(page(policy('A=')))).toBe(policy('A='));
		expect(
			metaPolicy(`<meta content='script-src &#39;self&#39;' http-equiv=Content-Security-Policy>`)
		).toBe("script-src 'self'");
		expect(metaPolicy(page(null))).toBeNull();
		expect(metaPolicy('<meta name="referrer" content="no-referrer">')).toBeNull();
	});

	it('adds what only a header can carry', () => {
		expect(headerPolicy("default-src 'self';")).toBe("default-src 'self'; frame-ancestors 'none'");
	});

	it('drops the inline-script hashes, and the style hashes not kept, for responses that are not pages', () => {
		const expected =
			"default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self' 'unsafe-hashes' 'sha256-STYLE='; base-uri 'self'";
		expect(withoutPageHashes(policy('A='))).toBe(expected);
		expect(withoutPageHashes(policy('A=', 'SHEET='), new Set(["'sha256-STYLE='"]))).toBe(expected);
	});

	it('maps each page to the path nginx sees and the addresses visitors use', () => {
		const dir = site({
			'index.html': page(policy('HOME=')),
			'results/index.html': page(policy('RESULTS=')),
			'200.html': page(policy('SHELL='))
		});
		const { pages, other } = sitePolicies(dir);
		expect(pages).toEqual([
			{
				file: '200.html',
				path: '/200.html',
				urls: ['/200.html'],
				policy: headerPolicy(policy('SHELL='))
			},
			{
				file: 'index.html',
				path: '/index.html',
				urls: ['/', '/index.html'],
				policy: headerPolicy(policy('HOME='))
			},
			{
				file: 'results/index.html',
				path: '/results/index.html',
				urls: ['/results/', '/results/index.html'],
				policy: headerPolicy(policy('RESULTS='))
			}
		]);
		expect(other).toBe(headerPolicy(withoutPageHashes(policy('HOME='))));
		expect(sitePolicies(dir, '/base').pages[2]!.urls).toEqual([
			'/base/results/',
			'/base/results/index.html'
		]);
	});

	it('keeps each page its own inline stylesheet; other responses only the style hashes all pages share', () => {
		const dir = site({
			'index.html': page(policy('HOME=', 'HOME-SHEET=')),
			'results/index.html': page(policy('RESULTS=', 'RESULTS-SHEET='))
		});
		const { pages, other } = sitePolicies(dir);
		expect(pages.map((p) => p.policy)).toEqual([
			headerPolicy(policy('HOME=', 'HOME-SHEET=')),
			headerPolicy(policy('RESULTS=', 'RESULTS-SHEET='))
		]);
		expect(other).toBe(headerPolicy(withoutPageHashes(policy('HOME='))));
	});

	it('refuses a page without a policy, and pages that differ in more than inline hashes', () => {
		expect(() => sitePolicies(site({ 'index.html': page(null) }))).toThrow(/index.html has no/);
		const differing = site({
			'index.html': page(policy('A=')),
			'about/index.html': page(`${policy('B=')}; img-src *`)
		});
		expect(() => sitePolicies(differing)).toThrow(/differ in more than their inline hashes/);
	});
});

describe('host files', () => {
	const policies = {
		pages: [
			{
				file: 'index.html',
				path: '/index.html',
				urls: ['/', '/index.html'],
				policy: "script-src 'self' 'sha256-H='; frame-ancestors 'none'"
			}
		],
		other: "script-src 'self'; frame-ancestors 'none'"
	};

	it('writes an nginx map from the path after the index lookup to the page’s policy', () => {
		expect(nginxCspMap(policies).split('\n').slice(3)).toEqual([
			'map $uri $csp {',
			`\tdefault "script-src 'self'; frame-ancestors 'none'";`,
			`\t/index.html "script-src 'self' 'sha256-H='; frame-ancestors 'none'";`,
			'}',
			''
		]);
		expect(() => nginxCspMap({ ...policies, other: 'a "quoted" policy' })).toThrow(/quote/);
	});

	it('writes _headers with the policy per page only, never on a rule that matches everything', () => {
		const text = headersFile(policies);
		const rules = text
			.split('\n')
			.filter((line) => line && !line.startsWith('#'))
			.reduce<Record<string, string[]>>((all, line) => {
				if (!line.startsWith(' ')) all[line] = [];
				else Object.values(all).at(-1)!.push(line.trim());
				return all;
			}, {});
		expect(rules['/*']).toEqual(SECURITY_HEADERS.map(([name, value]) => `${name}: ${value}`));
		expect(rules['/_app/immutable/*']).toEqual([`Cache-Control: ${IMMUTABLE_CACHE}`]);
		expect(rules['/service-worker.js']).toEqual([`Content-Security-Policy: ${policies.other}`]);
		expect(rules['/']).toEqual([`Content-Security-Policy: ${policies.pages[0]!.policy}`]);
		expect(rules['/index.html']).toEqual(rules['/']);
		expect(headersFile(policies, '/base')).toContain('\n/base/*\n');
	});

	it('writes both files into the build', () => {
		const dir = site({ 'index.html': page(policy('HOME=')) });
		expect(writeHostFiles(dir)).toBe(1);
		expect(readFileSync(join(dir, 'nginx-csp.conf'), 'utf8')).toContain('map $uri $csp {');
		expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain('/index.html\n');
	});
});

describe('deploy/nginx.conf', () => {
	const config = readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8');
	const added = [...config.matchAll(/^\s*add_header (\S+) (?:"([^"]*)"|(\$\w+)) always;/gm)].map(
		([, name, quoted, variable]) => [name, quoted ?? variable]
	);

	it('sends exactly the headers of deploy/headers.js, on every response ("always")', () => {
		expect(added).toEqual([
			['Content-Security-Policy', '$csp'],
			...SECURITY_HEADERS,
			['Cache-Control', '$cache_control']
		]);
		expect(config.match(/^\s*add_header /gm)).toHaveLength(added.length);
	});

	it('caches exactly as deploy/headers.js says', () => {
		const map = /map \$uri \$cache_control \{([^}]*)\}/.exec(config)?.[1] ?? '';
		expect(map).toContain(`~/_app/immutable/ "${IMMUTABLE_CACHE}";`);
		expect(map).toContain(`default "${REVALIDATE_CACHE}";`);
	});

	it('includes the build’s policies and listens on the one port the tests replace', () => {
		expect(config).toContain('include site/nginx-csp.conf;');
		expect(config.match(/^\s*listen 8080;$/gm)).toHaveLength(1);
	});
});
