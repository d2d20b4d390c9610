/**
 * Finds internal links that bypass `localized()`/`neutral()` (links.ts) in a source file: a
 * `resolve` imported from `$app/paths`, an internal address written as a string in an `href` or
 * `action`, and `goto()` with a string. Such a link would lose the page's language. ESLint reports
 * the same (eslint.config.js); this check runs with the unit tests and shows it can fail.
 */
export interface LinkBypass {
	line: number;
	text: string;
}

const PATTERNS: RegExp[] = [
	// import { resolve } / { resolve as r } / * as paths from '$app/paths'
	/import\s*\{[^}]*\bresolve\b[^}]*\}\s*from\s*['"]\$app\/paths['"]/g,
	/import\s*\*\s*as\s+\w+\s+from\s*['"]\$app\/paths['"]/g,
	// href="/results/", href='../plan/', href="./", action="/x"
	/\b(?:href|action)\s*=\s*["'](?:\/(?!\/)|\.\.?\/)[^"']*["']/g,
	// href={'/results/'}, href={`/assess/${id}/`}
	/\b(?:href|action)\s*=\s*\{\s*[`'"](?:\/(?!\/)|\.\.?\/)/g,
	// goto('/results/'), goto(`/assess/${id}/`)
	/\bgoto\(\s*[`'"]/g
];

export function findLinkBypasses(source: string): LinkBypass[] {
	const found: LinkBypass[] = [];
	for (const pattern of PATTERNS) {
		for (const match of source.matchAll(pattern)) {
			const line = source.slice(0, match.index).split('\n').length;
			found.push({ line, text: match[0] });
		}
	}
	return found.sort((a, b) => a.line - b.line);
}
