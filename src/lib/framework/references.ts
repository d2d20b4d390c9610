import type { ReferenceSource } from './types';

/**
 * Authoritative public sources cited by the next steps of the question bank. Each title is the
 * message `reference.<id>`; ids are stable once published, like question ids.
 */
export const references: ReferenceSource[] = [
	{ id: 'cra-regulation', url: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng' },
	{ id: 'orcwg-cra-hub', url: 'https://cra.orcwg.org/' },
	{
		id: 'census-ii',
		url: 'https://www.linuxfoundation.org/research/census-ii-of-free-and-open-source-software-application-libraries'
	},
	{
		id: 'value-of-oss',
		url: 'https://d3.harvard.edu/revealing-value-the-economic-power-of-open-source-software'
	},
	{ id: 'tidelift-2024', url: 'https://tidelift.com/open-source-maintainer-survey-2024' },
	{ id: 'funding-report-2024', url: 'https://opensourcefundingsurvey2024.com' },
	{ id: 'oss-one-person', url: 'https://opensourcesecurity.io/2025/08-oss-one-person/' },
	{ id: 'scorecard', url: 'https://scorecard.dev/' },
	{ id: 'deps-dev', url: 'https://deps.dev/' },
	{
		id: 'concise-guide-evaluating',
		url: 'https://best.openssf.org/Concise-Guide-for-Evaluating-Open-Source-Software'
	},
	{
		id: 'concise-guide-collaborating',
		url: 'https://github.com/ossf/wg-best-practices-os-developers/blob/main/docs/Concise-Guide-for-Collaborating-with-Open-Source-Projects.md'
	},
	{ id: 'bestpractices-badge', url: 'https://www.bestpractices.dev/' },
	{ id: 'osps-baseline', url: 'https://baseline.openssf.org/' },
	{ id: 's2c2f', url: 'https://github.com/ossf/s2c2f/blob/main/specification/framework.md' },
	{ id: 'slsa', url: 'https://slsa.dev/' },
	{
		id: 'cvd-finder-guide',
		url: 'https://github.com/ossf/oss-vulnerability-guide/blob/main/finder-guide.md'
	},
	{
		id: 'cvd-maintainer-guide',
		url: 'https://github.com/ossf/oss-vulnerability-guide/blob/main/maintainer-guide.md'
	},
	{ id: 'chaoss', url: 'https://chaoss.community/' },
	{
		id: 'chaoss-contributor-absence',
		url: 'https://github.com/chaoss/wg-risk/blob/main/focus-areas/business-risk/contributor-absence-factor.md'
	},
	{
		id: 'chaoss-elephant-factor',
		url: 'https://github.com/chaoss/wg-risk/blob/main/focus-areas/business-risk/elephant-factor.md'
	},
	{ id: 'cyclonedx', url: 'https://cyclonedx.org/' },
	{ id: 'cyclonedx-working-groups', url: 'https://cyclonedx.org/participate/working-groups/' },
	{ id: 'spdx', url: 'https://spdx.dev/' },
	{ id: 'purl-spec', url: 'https://github.com/package-url/purl-spec' },
	{ id: 'bsi-tr-03183', url: 'https://bsi.bund.de/dok/TR-03183' },
	{
		id: 'todo-ospo-maturity',
		url: 'https://github.com/todogroup/ospology/blob/main/ospo-model/en/five-stage-OSPO-maturity-model.md'
	},
	{ id: 'open-source-pledge', url: 'https://opensourcepledge.com/' },
	{ id: 'github-sponsors', url: 'https://github.com/sponsors' },
	{ id: 'open-collective', url: 'https://opencollective.com/' },
	{ id: 'open-source-collective', url: 'https://docs.oscollective.org/' },
	{ id: 'thanks-dev', url: 'https://thanks.dev/' },
	{ id: 'foss-contributor-fund', url: 'https://github.com/indeedeng/FOSS-Contributor-Fund' },
	{
		id: 'microsoft-foss-fund',
		url: 'https://opensource.microsoft.com/blog/2024/06/27/5-things-we-learned-from-sponsoring-a-sampling-of-our-open-source-dependencies/'
	},
	{ id: 'sovereign-tech-agency', url: 'https://www.sovereign.tech/' },
	{ id: 'nlnet', url: 'https://nlnet.nl/' },
	{ id: 'alpha-omega', url: 'https://alpha-omega.dev/' },
	{ id: 'cpansec', url: 'https://security.metacpan.org/' },
	{ id: 'cve-program', url: 'https://www.cve.org/' },
	{
		id: 'openssf-social-engineering-alert',
		url: 'https://openssf.org/blog/2024/04/15/open-source-security-openssf-and-openjs-foundations-issue-alert-for-social-engineering-takeovers-of-open-source-projects/'
	}
];

const index = new Map(references.map((reference) => [reference.id, reference]));

export function referenceById(id: string): ReferenceSource | undefined {
	return index.get(id);
}
