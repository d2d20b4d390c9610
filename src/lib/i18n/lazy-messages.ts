/**
 * Message files that only one page needs: they are not fetched at start with the others but when
 * that page opens (`loadRouteMessages` in index.ts, called by the root layout's load). The size
 * budget for messages counts the files every page loads, so these are left out of it
 * (scripts/bench/build-output.ts reads this list). Adding one here means adding it to the two
 * glob patterns in index.ts and route-messages.ts as well; lazy-messages.spec.ts checks that.
 */
export const LAZY_MESSAGE_FILES = ['sbom.json'] as const;
export type LazyMessageFile = (typeof LAZY_MESSAGE_FILES)[number];

/** Which page (by SvelteKit route id) needs which of them. */
export const ROUTE_MESSAGE_FILES: Record<string, readonly LazyMessageFile[]> = {
	'/sbom': ['sbom.json']
};

/** Whether a path (`./messages/en/sbom.json`, `src/lib/i18n/messages/de/sbom.json`) is one of them. */
export function isLazyMessageFile(path: string): boolean {
	const name = path.slice(path.lastIndexOf('/') + 1);
	return (LAZY_MESSAGE_FILES as readonly string[]).includes(name);
}
