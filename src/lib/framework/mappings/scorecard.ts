import type { MappingCatalogue } from './types';

/** The checks of OpenSSF Scorecard; the check name is both id and title. */
export const scorecardCatalogue: MappingCatalogue = {
	framework: 'scorecard',
	version: 'docs/checks.md at commit 40c1e35 (2026-08-07)',
	url: 'https://github.com/ossf/scorecard/blob/main/docs/checks.md',
	readOn: '2026-12-07',
	titleLang: 'en',
	items: [
		'Binary-Artifacts',
		'Branch-Protection',
		'CI-Tests',
		'CII-Best-Practices',
		'Code-Review',
		'Contributors',
		'Dangerous-Workflow',
		'Dependency-Update-Tool',
		'Fuzzing',
		'License',
		'Maintained',
		'Packaging',
		'Pinned-Dependencies',
		'SAST',
		'SBOM',
		'Security-Policy',
		'Signed-Releases',
		'Token-Permissions',
		'Vulnerabilities',
		'Webhooks'
	].map((id) => ({ id, title: id }))
};
