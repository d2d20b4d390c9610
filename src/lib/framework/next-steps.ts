import type { NextStepSource, QuestionSource } from './types';

/**
 * The next steps of the current bank's questions (bank.ts): for each level 0–3 what to do next, its
 * effort and its sources. Only recommendations (and the published framework) need them, so they
 * are kept out of bank.ts and of the pages that never recommend (home, the questionnaire…).
 */
export const NEXT_STEPS: Readonly<Record<string, readonly NextStepSource[]>> = {
	'commons.leadership-ownership': [
		{ fromLevel: 0, effort: 'small', references: ['census-ii', 'value-of-oss', 'cra-regulation'] },
		{ fromLevel: 1, effort: 'medium', references: ['todo-ospo-maturity', 'cra-regulation'] },
		{ fromLevel: 2, effort: 'medium', references: ['todo-ospo-maturity', 'census-ii'] },
		{ fromLevel: 3, effort: 'large', references: ['open-source-pledge', 'orcwg-cra-hub'] }
	],
	'commons.dependency-inventory': [
		{ fromLevel: 0, effort: 'small', references: ['s2c2f'] },
		{ fromLevel: 1, effort: 'medium', references: ['cyclonedx', 'spdx', 'cra-regulation'] },
		{ fromLevel: 2, effort: 'large', references: ['purl-spec', 'bsi-tr-03183'] },
		{ fromLevel: 3, effort: 'large', references: ['s2c2f', 'deps-dev'] }
	],
	'commons.reliance-map': [
		{ fromLevel: 0, effort: 'small', references: ['census-ii', 'cvd-finder-guide'] },
		{
			fromLevel: 1,
			effort: 'medium',
			references: ['concise-guide-evaluating', 'cvd-finder-guide']
		},
		{
			fromLevel: 2,
			effort: 'medium',
			references: ['deps-dev', 'scorecard', 'microsoft-foss-fund']
		},
		{ fromLevel: 3, effort: 'medium', references: ['osps-baseline', 'concise-guide-collaborating'] }
	],
	'commons.oss-policy': [
		{ fromLevel: 0, effort: 'small', references: ['todo-ospo-maturity'] },
		{
			fromLevel: 1,
			effort: 'small',
			references: ['todo-ospo-maturity', 'concise-guide-collaborating']
		},
		{
			fromLevel: 2,
			effort: 'medium',
			references: ['cra-regulation', 'concise-guide-collaborating']
		},
		{ fromLevel: 3, effort: 'medium', references: ['todo-ospo-maturity'] }
	],
	'commons.literacy': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating', 'census-ii'] },
		{
			fromLevel: 1,
			effort: 'medium',
			references: ['concise-guide-collaborating', 'orcwg-cra-hub']
		},
		{ fromLevel: 2, effort: 'medium', references: ['openchain-5230', 'openchain-18974'] },
		{ fromLevel: 3, effort: 'medium', references: ['todo-ospo-maturity'] }
	],
	'communities.concentration-risk': [
		{ fromLevel: 0, effort: 'small', references: ['chaoss-contributor-absence', 'scorecard'] },
		{
			fromLevel: 1,
			effort: 'medium',
			references: [
				'chaoss-contributor-absence',
				'chaoss-elephant-factor',
				'concise-guide-evaluating'
			]
		},
		{ fromLevel: 2, effort: 'medium', references: ['chaoss', 'oss-one-person'] },
		{ fromLevel: 3, effort: 'large', references: ['orcwg-cra-hub', 'cpansec'] }
	],
	'communities.ecosystem-norms': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
		{ fromLevel: 1, effort: 'small', references: ['concise-guide-collaborating', 'cpansec'] },
		{ fromLevel: 2, effort: 'medium', references: ['concise-guide-collaborating'] },
		{ fromLevel: 3, effort: 'large', references: ['todo-ospo-maturity'] }
	],
	'communities.tailored-engagement': [
		{
			fromLevel: 0,
			effort: 'small',
			references: ['oss-one-person', 'concise-guide-collaborating']
		},
		{
			fromLevel: 1,
			effort: 'medium',
			references: ['chaoss-elephant-factor', 'concise-guide-collaborating', 'orcwg-cra-hub']
		},
		{ fromLevel: 2, effort: 'medium', references: ['concise-guide-collaborating'] },
		{ fromLevel: 3, effort: 'medium', references: ['todo-ospo-maturity'] }
	],
	'communities.supply-channels': [
		{ fromLevel: 0, effort: 'small', references: ['s2c2f'] },
		{ fromLevel: 1, effort: 'medium', references: ['s2c2f', 'slsa'] },
		{ fromLevel: 2, effort: 'medium', references: ['s2c2f', 'slsa'] },
		{ fromLevel: 3, effort: 'large', references: ['s2c2f', 'slsa'] }
	],
	'partners.relationship-model': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
		{
			fromLevel: 1,
			effort: 'medium',
			references: ['concise-guide-collaborating', 'orcwg-cra-hub']
		},
		{
			fromLevel: 2,
			effort: 'medium',
			references: ['concise-guide-evaluating', 'orcwg-steward-obligations']
		},
		{ fromLevel: 3, effort: 'large', references: ['orcwg-cra-attestations', 'cra-regulation'] }
	],
	'partners.engagement-conduct': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
		{ fromLevel: 1, effort: 'small', references: ['concise-guide-collaborating'] },
		{ fromLevel: 2, effort: 'medium', references: ['concise-guide-collaborating'] },
		{
			fromLevel: 3,
			effort: 'medium',
			references: ['concise-guide-collaborating', 'todo-ospo-maturity']
		}
	],
	'partners.upstream-first': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
		{ fromLevel: 1, effort: 'medium', references: ['concise-guide-collaborating', 'dco'] },
		{ fromLevel: 2, effort: 'medium', references: ['cra-regulation', 's2c2f'] },
		{ fromLevel: 3, effort: 'large', references: ['concise-guide-collaborating'] }
	],
	'partners.vulnerability-reporting': [
		{ fromLevel: 0, effort: 'small', references: ['cvd-finder-guide', 'cra-regulation'] },
		{ fromLevel: 1, effort: 'medium', references: ['cvd-finder-guide', 'first-psirt'] },
		{ fromLevel: 2, effort: 'medium', references: ['cra-regulation', 'cvd-finder-guide'] },
		{ fromLevel: 3, effort: 'large', references: ['cvd-maintainer-guide', 'cve-program'] }
	],
	'partners.disclosure-policy': [
		{ fromLevel: 0, effort: 'small', references: ['rfc-9116', 'cra-regulation'] },
		{ fromLevel: 1, effort: 'medium', references: ['cvd-maintainer-guide', 'rfc-9116'] },
		{
			fromLevel: 2,
			effort: 'medium',
			references: ['cra-regulation', 'first-psirt', 'openchain-18974']
		},
		{ fromLevel: 3, effort: 'large', references: ['cve-program', 'cra-regulation'] }
	],
	'partners.pay-without-contract': [
		{ fromLevel: 0, effort: 'small', references: ['github-sponsors', 'open-source-collective'] },
		{
			fromLevel: 1,
			effort: 'medium',
			references: ['open-source-collective', 'github-sponsors', 'open-collective']
		},
		{ fromLevel: 2, effort: 'medium', references: ['orcwg-cra-hub', 'cra-regulation'] },
		{ fromLevel: 3, effort: 'medium', references: ['open-source-collective', 'todo-ospo-maturity'] }
	],
	'bedrock.risk-prioritization': [
		{ fromLevel: 0, effort: 'small', references: ['scorecard', 'concise-guide-evaluating'] },
		{ fromLevel: 1, effort: 'medium', references: ['concise-guide-evaluating', 'chaoss'] },
		{ fromLevel: 2, effort: 'medium', references: ['chaoss', 'scorecard'] },
		{ fromLevel: 3, effort: 'large', references: ['alpha-omega', 'census-ii'] }
	],
	'bedrock.health-monitoring': [
		{ fromLevel: 0, effort: 'small', references: ['scorecard', 'deps-dev'] },
		{ fromLevel: 1, effort: 'medium', references: ['concise-guide-collaborating', 'chaoss'] },
		{ fromLevel: 2, effort: 'medium', references: ['scorecard', 'chaoss-contributor-absence'] },
		{ fromLevel: 3, effort: 'medium', references: ['orcwg-cra-hub', 'cpansec'] }
	],
	'bedrock.targeted-support': [
		{
			fromLevel: 0,
			effort: 'small',
			references: ['concise-guide-collaborating', 'github-sponsors']
		},
		{
			fromLevel: 1,
			effort: 'medium',
			references: ['microsoft-foss-fund', 'concise-guide-collaborating']
		},
		{ fromLevel: 2, effort: 'large', references: ['cra-regulation', 'open-source-pledge'] },
		{ fromLevel: 3, effort: 'large', references: ['alpha-omega', 'sovereign-tech-agency', 'nlnet'] }
	],
	'bedrock.long-tail': [
		{ fromLevel: 0, effort: 'small', references: ['oss-one-person', 'github-sponsors'] },
		{ fromLevel: 1, effort: 'small', references: ['microsoft-foss-fund', 'thanks-dev'] },
		{ fromLevel: 2, effort: 'medium', references: ['thanks-dev'] },
		{ fromLevel: 3, effort: 'large', references: ['cpansec', 'open-source-collective'] }
	],
	'bedrock.continuity-plans': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-evaluating'] },
		{ fromLevel: 1, effort: 'medium', references: ['concise-guide-collaborating'] },
		{ fromLevel: 2, effort: 'medium', references: ['cpansec', 'cra-regulation'] },
		{ fromLevel: 3, effort: 'large', references: ['cpansec', 'concise-guide-collaborating'] }
	],
	'bedrock.security-review': [
		{
			fromLevel: 0,
			effort: 'small',
			references: ['concise-guide-evaluating', 'ossf-security-reviews']
		},
		{ fromLevel: 1, effort: 'medium', references: ['s2c2f', 'cvd-finder-guide'] },
		{ fromLevel: 2, effort: 'medium', references: ['oss-fuzz', 'scorecard'] },
		{ fromLevel: 3, effort: 'large', references: ['ossf-security-reviews', 'alpha-omega'] }
	],
	'never-free.recurring-budget': [
		{ fromLevel: 0, effort: 'small', references: ['value-of-oss', 'census-ii'] },
		{ fromLevel: 1, effort: 'small', references: ['open-source-pledge'] },
		{ fromLevel: 2, effort: 'medium', references: ['open-source-pledge'] },
		{ fromLevel: 3, effort: 'medium', references: ['open-source-pledge'] }
	],
	'never-free.contribute-before-replace': [
		{ fromLevel: 0, effort: 'small', references: ['value-of-oss'] },
		{ fromLevel: 1, effort: 'medium', references: ['value-of-oss', 'concise-guide-evaluating'] },
		{
			fromLevel: 2,
			effort: 'medium',
			references: ['todo-ospo-maturity', 'concise-guide-collaborating']
		},
		{ fromLevel: 3, effort: 'medium', references: ['open-source-pledge', 'funding-report-2024'] }
	],
	'never-free.paid-upstream-time': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
		{ fromLevel: 1, effort: 'medium', references: ['funding-report-2024'] },
		{ fromLevel: 2, effort: 'medium', references: ['funding-report-2024', 'todo-ospo-maturity'] },
		{
			fromLevel: 3,
			effort: 'large',
			references: ['todo-ospo-maturity', 'concise-guide-evaluating']
		}
	],
	'never-free.contribution-reporting': [
		{ fromLevel: 0, effort: 'small', references: ['funding-report-2024'] },
		{ fromLevel: 1, effort: 'small', references: ['funding-report-2024'] },
		{ fromLevel: 2, effort: 'medium', references: ['funding-report-2024', 'open-source-pledge'] },
		{ fromLevel: 3, effort: 'medium', references: ['open-source-pledge'] }
	],
	'due-diligence.cra-scope': [
		{ fromLevel: 0, effort: 'small', references: ['cra-regulation', 'orcwg-cra-hub'] },
		{ fromLevel: 1, effort: 'medium', references: ['cra-regulation', 'orcwg-cra-hub'] },
		{ fromLevel: 2, effort: 'medium', references: ['cra-regulation', 'bsi-tr-03183'] },
		{ fromLevel: 3, effort: 'medium', references: ['orcwg-steward-obligations', 'cra-regulation'] }
	],
	'due-diligence.intake-criteria': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-evaluating'] },
		{
			fromLevel: 1,
			effort: 'medium',
			references: ['concise-guide-evaluating', 'scorecard', 'cra-regulation']
		},
		{ fromLevel: 2, effort: 'medium', references: ['osps-baseline', 's2c2f'] },
		{ fromLevel: 3, effort: 'large', references: ['osps-baseline', 'bestpractices-badge'] }
	],
	'due-diligence.lifetime-fit': [
		{ fromLevel: 0, effort: 'small', references: ['cra-regulation', 'concise-guide-evaluating'] },
		{
			fromLevel: 1,
			effort: 'medium',
			references: ['cra-regulation', 'orcwg-steward-obligations', 'osps-baseline']
		},
		{
			fromLevel: 2,
			effort: 'medium',
			references: ['chaoss-libyear', 'concise-guide-collaborating']
		},
		{ fromLevel: 3, effort: 'large', references: ['orcwg-cra-hub', 'open-source-pledge'] }
	],
	'due-diligence.evidence-record': [
		{ fromLevel: 0, effort: 'small', references: ['orcwg-cra-hub', 'openchain-18974'] },
		{ fromLevel: 1, effort: 'medium', references: ['openchain-18974', 'cra-regulation'] },
		{ fromLevel: 2, effort: 'medium', references: ['cra-regulation', 'bsi-tr-03183'] },
		{ fromLevel: 3, effort: 'large', references: ['cyclonedx', 'osps-baseline'] }
	],
	'due-diligence.incident-readiness': [
		{ fromLevel: 0, effort: 'small', references: ['cvd-finder-guide', 's2c2f'] },
		{ fromLevel: 1, effort: 'medium', references: ['cra-regulation', 'cvd-finder-guide'] },
		{ fromLevel: 2, effort: 'medium', references: ['s2c2f'] },
		{ fromLevel: 3, effort: 'large', references: ['s2c2f', 'cvd-maintainer-guide'] }
	],
	'due-diligence.acting-on-findings': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
		{
			fromLevel: 1,
			effort: 'medium',
			references: ['concise-guide-collaborating', 'github-sponsors']
		},
		{ fromLevel: 2, effort: 'medium', references: ['cpansec', 'openchain-18974'] },
		{ fromLevel: 3, effort: 'large', references: ['concise-guide-collaborating', 'cpansec'] }
	],
	'maintainers-live.respectful-requests': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
		{ fromLevel: 1, effort: 'small', references: ['concise-guide-collaborating'] },
		{ fromLevel: 2, effort: 'medium', references: ['concise-guide-collaborating'] },
		{ fromLevel: 3, effort: 'medium', references: ['concise-guide-collaborating', 'tidelift-2024'] }
	],
	'maintainers-live.paid-maintainer-time': [
		{ fromLevel: 0, effort: 'small', references: ['tidelift-2024'] },
		{ fromLevel: 1, effort: 'small', references: ['tidelift-2024', 'funding-report-2024'] },
		{ fromLevel: 2, effort: 'large', references: ['sovereign-tech-agency', 'tidelift-2024'] },
		{ fromLevel: 3, effort: 'large', references: ['sovereign-tech-agency'] }
	],
	'maintainers-live.predictable-funding': [
		{ fromLevel: 0, effort: 'small', references: ['github-sponsors', 'open-collective'] },
		{ fromLevel: 1, effort: 'small', references: ['tidelift-2024', 'github-sponsors'] },
		{ fromLevel: 2, effort: 'medium', references: ['tidelift-2024', 'cra-regulation'] },
		{ fromLevel: 3, effort: 'medium', references: ['open-source-collective'] }
	],
	'maintainers-live.burnout-succession': [
		{ fromLevel: 0, effort: 'small', references: ['cpansec', 'tidelift-2024'] },
		{ fromLevel: 1, effort: 'medium', references: ['concise-guide-collaborating'] },
		{
			fromLevel: 2,
			effort: 'medium',
			references: ['openssf-social-engineering-alert', 'xz-backdoor']
		},
		{ fromLevel: 3, effort: 'large', references: ['sovereign-tech-agency', 'cpansec'] }
	],
	'maintainers-live.compliance-burden': [
		{ fromLevel: 0, effort: 'small', references: ['orcwg-cra-hub', 'concise-guide-collaborating'] },
		{ fromLevel: 1, effort: 'small', references: ['cra-regulation', 'orcwg-cra-hub'] },
		{
			fromLevel: 2,
			effort: 'medium',
			references: ['osps-baseline', 'concise-guide-collaborating']
		},
		{ fromLevel: 3, effort: 'large', references: ['orcwg-cra-attestations', 'cra-regulation'] }
	],
	'maintainers-live.recognition': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
		{
			fromLevel: 1,
			effort: 'small',
			references: ['concise-guide-collaborating', 'chaoss-types-of-contributions']
		},
		{
			fromLevel: 2,
			effort: 'medium',
			references: ['concise-guide-collaborating', 'github-sponsors']
		},
		{ fromLevel: 3, effort: 'medium', references: ['chaoss-types-of-contributions'] }
	],
	'boring-work.neglected-chores': [
		{ fromLevel: 0, effort: 'small', references: ['scorecard', 'chaoss'] },
		{ fromLevel: 1, effort: 'medium', references: ['scorecard', 'osps-baseline'] },
		{
			fromLevel: 2,
			effort: 'medium',
			references: ['osps-baseline', 'concise-guide-collaborating']
		},
		{
			fromLevel: 3,
			effort: 'medium',
			references: ['concise-guide-collaborating', 'todo-ospo-maturity']
		}
	],
	'boring-work.upstream-chores': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
		{
			fromLevel: 1,
			effort: 'medium',
			references: ['concise-guide-collaborating', 'chaoss-types-of-contributions']
		},
		{
			fromLevel: 2,
			effort: 'medium',
			references: ['todo-ospo-maturity', 'concise-guide-collaborating']
		},
		{ fromLevel: 3, effort: 'large', references: ['todo-ospo-maturity', 'chaoss'] }
	],
	'boring-work.ecosystem-plumbing': [
		{ fromLevel: 0, effort: 'small', references: ['purl-spec', 'census-ii'] },
		{ fromLevel: 1, effort: 'medium', references: ['purl-spec', 'cyclonedx', 'spdx'] },
		{ fromLevel: 2, effort: 'large', references: ['cve-program', 'cpansec', 'alpha-omega'] },
		{ fromLevel: 3, effort: 'large', references: ['cyclonedx-working-groups', 'spdx', 'purl-spec'] }
	],
	'boring-work.commissioned-maintenance': [
		{
			fromLevel: 0,
			effort: 'small',
			references: ['sovereign-tech-agency', 'concise-guide-collaborating']
		},
		{ fromLevel: 1, effort: 'medium', references: ['nlnet', 'sovereign-tech-agency'] },
		{
			fromLevel: 2,
			effort: 'large',
			references: ['sovereign-tech-agency', 'open-source-collective']
		},
		{ fromLevel: 3, effort: 'large', references: ['alpha-omega', 'todo-ospo-maturity'] }
	],
	'boring-work.follow-through': [
		{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
		{ fromLevel: 1, effort: 'small', references: ['concise-guide-collaborating'] },
		{ fromLevel: 2, effort: 'medium', references: ['concise-guide-collaborating'] },
		{
			fromLevel: 3,
			effort: 'large',
			references: ['todo-ospo-maturity', 'concise-guide-collaborating']
		}
	]
};

/** A question's next steps: a frozen bank's own (bank-1.0.0.ts), else the current bank's. */
export function nextStepsOf(question: QuestionSource): readonly NextStepSource[] {
	return question.nextSteps ?? NEXT_STEPS[question.id] ?? [];
}
