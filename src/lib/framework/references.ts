import type { ReferenceSource } from './types';

/**
 * Authoritative public sources cited by the next steps of the question bank and by the glossary.
 * Each title is the message `reference.<id>`; ids are stable once published, like question ids.
 * The catalogue also keeps every source the frozen 1.0.0 bank cites (bank-1.0.0.ts).
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
	{
		id: 'bsi-tr-03183',
		url: 'https://www.bsi.bund.de/dok/TR-03183-en',
		urls: { de: 'https://www.bsi.bund.de/dok/TR-03183' }
	},
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
	{ id: 'xz-backdoor', url: 'https://tukaani.org/xz-backdoor/' },
	{
		id: 'orcwg-steward-obligations',
		url: 'https://cra.orcwg.org/faq/stewards/obligations'
	},
	{ id: 'orcwg-cra-attestations', url: 'https://github.com/orcwg/cra-attestations' },
	{
		id: 'chaoss-libyear',
		url: 'https://github.com/chaoss/wg-risk/blob/main/focus-areas/dependency-risk-assessment/libyear.md'
	},
	{
		id: 'chaoss-types-of-contributions',
		url: 'https://chaoss.community/kb/metric-types-of-contributions/'
	},
	{
		id: 'openchain-5230',
		url: 'https://github.com/OpenChain-Project/License-Compliance-Specification'
	},
	{
		id: 'openchain-18974',
		url: 'https://github.com/OpenChain-Project/Security-Assurance-Specification'
	},
	{ id: 'rfc-9116', url: 'https://www.rfc-editor.org/rfc/rfc9116' },
	{
		id: 'first-psirt',
		url: 'https://www.first.org/standards/frameworks/psirts/psirt_services_framework_v1-1'
	},
	{ id: 'dco', url: 'https://developercertificate.org/' },
	{ id: 'oss-fuzz', url: 'https://github.com/google/oss-fuzz' },
	{ id: 'ossf-security-reviews', url: 'https://github.com/ossf/security-reviews' },
	{
		id: 'openssf-social-engineering-alert',
		url: 'https://openssf.org/blog/2024/04/15/open-source-security-openssf-and-openjs-foundations-issue-alert-for-social-engineering-takeovers-of-open-source-projects/'
	}
];

const index = new Map(references.map((reference) => [reference.id, reference]));

export function referenceById(id: string): ReferenceSource | undefined {
	return index.get(id);
}

/** The URL of a source for a reader of `locale`: its version in that language when there is one. */
export function referenceUrl(reference: ReferenceSource, locale: string): string {
	return reference.urls?.[locale] ?? reference.url;
}
