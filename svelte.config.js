import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { writeHostFiles } from './deploy/headers.js';
import { siteUrl } from './deploy/site.js';
import { writeSitemap } from './deploy/sitemap.js';

// BASE_PATH lets hosts that serve the site under a sub-path (e.g. GitHub Pages project sites)
// build with `BASE_PATH=/commons-check npm run build`. It must start with a slash and have none
// at the end; an empty value means the domain root.
const base = process.env.BASE_PATH ?? '';
if (base && !/^\/[\w.~-]+(\/[\w.~-]+)*$/.test(base)) {
	throw new Error(`BASE_PATH must look like "/some/path" (got "${base}")`);
}

// SITE_URL (optional): the site's origin, for absolute hreflang links and sitemap.xml (deploy/site.js).
const origin = siteUrl();

// SvelteKit's route announcer (for screen readers) is the only element with an inline style.
// CSP allows exactly that style attribute by its hash ('unsafe-hashes' applies hashes to style
// attributes) instead of allowing inline styles in general. The e2e suite fails on any CSP
// violation, so a SvelteKit update that changes this style is noticed at once.
const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcerHash = `sha256-${createHash('sha256').update(ANNOUNCER_STYLE).digest('base64')}`;

// BUILD_DIR lets the tests build a second copy (under a base path) next to build/.
const pages = process.env.BUILD_DIR ?? 'build';
const staticAdapter = adapter({
	pages,
	assets: pages,
	// An SPA shell for unknown paths on hosts that can serve it.
	fallback: '200.html',
	// .gz and .br beside every text file, for hosts that serve them (deploy/nginx.conf).
	precompress: true,
	strict: true
});

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code.
		runes: true
	},
	kit: {
		adapter: {
			...staticAdapter,
			// Then the per-page security headers for nginx, Netlify and Cloudflare (deploy/headers.js).
			// And sitemap.xml with robots.txt's Sitemap line, when the build knows its origin.
			async adapt(builder) {
				await staticAdapter.adapt(builder);
				const count = writeHostFiles(pages, base);
				builder.log.minor(`Wrote the security headers of ${count} pages for nginx and _headers`);
				const addresses = writeSitemap(pages, origin, base);
				if (addresses === null) {
					builder.log.warn('SITE_URL is not set: no sitemap.xml, canonical or hreflang links');
				} else builder.log.minor(`Wrote sitemap.xml with ${addresses} addresses`);
			}
		},
		// A strict Content Security Policy, emitted as a <meta> tag in every prerendered page with
		// the hashes of SvelteKit's own inline scripts: nothing but this app's files may run or load.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-hashes', announcerHash],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Registered by UpdateNotice.svelte, which waits for the user before switching versions.
		serviceWorker: { register: false },
		// Every stylesheet a page needs at first is written into its HTML (the largest, the global
		// sheet, is 12 KB): no render-blocking request before the first paint. Kit adds each inline
		// sheet's hash to the policy's style-src.
		inlineStyleThreshold: 16_384,
		paths: {
			base,
			// Relative asset paths keep one build working from any directory.
			relative: true
		}
	}
};

export default config;
