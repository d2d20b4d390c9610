/**
 * SITE_URL: the site's origin (`https://check.example.org`), a build setting like BASE_PATH.
 * Search engines want absolute addresses in a sitemap and in the pages' hreflang and canonical
 * links; a static build cannot know its own origin, so it is given here. Without it the pages
 * carry no hreflang or canonical links (relative ones are invalid for search engines) and the build
 * writes no sitemap.xml (deploy/sitemap.js).
 */

/**
 * The validated origin from the environment, without a trailing slash; '' when not set.
 * @param {string | undefined} value
 * @returns {string}
 */
export function siteUrl(value = process.env.SITE_URL) {
	if (!value) return '';
	let url;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`SITE_URL must be an origin such as https://check.example.org (got "${value}")`
		);
	}
	const onlyOrigin = url.pathname === '/' && !/[?#]/.test(value);
	if (!/^https?:$/.test(url.protocol) || url.username || url.password || !onlyOrigin) {
		throw new Error(
			`SITE_URL must be only the origin, such as https://check.example.org; BASE_PATH holds the path (got "${value}")`
		);
	}
	return url.origin;
}
