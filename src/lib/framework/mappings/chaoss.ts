import type { MappingCatalogue } from './types';

/**
 * CHAOSS metrics, by the slug of their page in the CHAOSS knowledge base, with their names. The
 * list holds the released metrics of the Risk working group (chaoss/wg-risk at commit 20c0e0a,
 * 2025-04-10) and of the Common Metrics working group (chaoss/wg-common at commit 7db3e24), the two
 * groups whose metrics the bank uses.
 */
export const chaossCatalogue: MappingCatalogue = {
	framework: 'chaoss',
	version: 'chaoss/wg-risk @ 20c0e0a (2025-04-10); chaoss/wg-common @ 7db3e24 (release 2021-03)',
	url: 'https://chaoss.community/kb-metrics-and-metrics-models/',
	readOn: '2026-12-07',
	titleLang: 'en',
	items: [
		// Risk: business risk
		{ id: 'average-issue-resolution-time', title: 'Average Issue Resolution Time' },
		{ id: 'committers', title: 'Committers' },
		{ id: 'contributor-absence-factor', title: 'Contributor Absence Factor' },
		{ id: 'elephant-factor', title: 'Elephant Factor' },
		{ id: 'issues-open-age', title: 'Issues Open Age' },
		{ id: 'issues-volume', title: 'Issues Volume' },
		{ id: 'lines-of-code', title: 'Lines of Code' },
		// Risk: code quality
		{ id: 'code-complexity', title: 'Code Complexity' },
		{ id: 'defect-resolution-duration', title: 'Defect Resolution Duration' },
		{ id: 'pull-request-process', title: 'Pull Request Process' },
		{ id: 'test-coverage', title: 'Test Coverage' },
		// Risk: dependency risk assessment
		{ id: 'libyears', title: 'Libyears' },
		{ id: 'upstream-code-dependencies', title: 'Upstream Code Dependencies' },
		// Risk: licensing
		{ id: 'license-count', title: 'License Count' },
		{ id: 'license-coverage', title: 'License Coverage' },
		{ id: 'license-declared', title: 'License Declared' },
		{ id: 'osi-approved-licenses', title: 'OSI Approved Licenses' },
		{ id: 'spdx-document', title: 'SPDX Document' },
		// Risk: security and transparency
		{ id: 'openssf-best-practices', title: 'OpenSSF Best Practices' },
		{ id: 'software-bill-of-materials', title: 'Software Bill of Materials' },
		// Common metrics
		{ id: 'technical-fork', title: 'Technical Fork' },
		{ id: 'types-of-contributions', title: 'Types of Contributions' },
		{ id: 'activity-dates-and-times', title: 'Activity Dates and Times' },
		{ id: 'burstiness', title: 'Burstiness' },
		{
			id: 'review-cycle-duration-within-a-change-request',
			title: 'Review Cycle Duration within a Change Request'
		},
		{ id: 'time-to-close', title: 'Time to Close' },
		{ id: 'time-to-first-response', title: 'Time to First Response' },
		{ id: 'contributor-location', title: 'Contributor Location' },
		{ id: 'contributors', title: 'Contributors' },
		{ id: 'organizational-diversity', title: 'Organizational Diversity' }
	]
};
