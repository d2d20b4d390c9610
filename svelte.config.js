import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH lets hosts that serve the site under a sub-path (e.g. GitHub Pages project sites)
// build with `BASE_PATH=/commons-check npm run build`. It must start with a slash and have none
// at the end; an empty value means the domain root.
const base = process.env.BASE_PATH ?? '';
if (base && !/^\/[\w.~-]+(\/[\w.~-]+)*$/.test(base)) {
	throw new Error(`BASE_PATH must look like "/some/path" (got "${base}")`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code.
		runes: true
	},
	kit: {
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			// An SPA shell for unknown paths on hosts that can serve it.
			fallback: '200.html',
			precompress: false,
			strict: true
		}),
		paths: {
			base,
			// Relative asset paths keep one build working from any directory.
			relative: true
		}
	}
};

export default config;
