// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		interface PageData {
			/** The page's language, from its path (root layout). */
			locale: import('$lib/i18n').Locale;
			/** The page's path without base and language: `/results/`. */
			path: string;
		}
		// interface PageState {}
		// interface Platform {}
	}

	/** SITE_URL, the site's origin (deploy/site.js), or '' when the build was not given one. */
	const __SITE_URL__: string;
}

export {};
