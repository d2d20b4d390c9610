import type { ResolvedPathname } from '$app/types';

/**
 * A path from resolve() with a query string or fragment appended: resolve() takes neither, and
 * the presenter view keeps its position in the query string (?q=…).
 */
export function withSuffix(path: ResolvedPathname, suffix: string): ResolvedPathname {
	return `${path}${suffix}` as ResolvedPathname;
}
