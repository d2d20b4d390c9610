// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {} (the root layout's locale and path: read them with links.ts)
		// interface PageState {}
		// interface Platform {}
	}

	/** SITE_URL, the site's origin (deploy/site.js), or '' when the build was not given one. */
	const __SITE_URL__: string;
}

export {};
