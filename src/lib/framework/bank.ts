import type { FrameworkSource } from './types';

/**
 * The Commons Check question bank: eight principles, 4–6 questions each. Only structure lives
 * here (ids, weights, owners); all text is in the locale message files.
 *
 * Question ids are stored with answers and carried in share links: once published, an id never
 * changes and is never reused for a different practice. Bump FRAMEWORK_VERSION whenever a question
 * is added, removed, reworded or re-weighted, freeze the previous bank (bank-1.0.0.ts) and add its
 * id map to migrations.ts.
 *
 * Each question's next steps (effort and sources per level) are in next-steps.ts; what it relates
 * to in other frameworks, and the glossary terms its text uses, in relations.ts: pages which only
 * need this structure (every page loads it) do not load them.
 */
export const FRAMEWORK_VERSION = '1.1.0';

export const bank: FrameworkSource = {
	version: FRAMEWORK_VERSION,
	principles: [
		{
			id: 'commons',
			questions: [
				{ id: 'commons.leadership-ownership', weight: 3, owner: 'executive' },
				{ id: 'commons.dependency-inventory', weight: 3, owner: 'cto' },
				{ id: 'commons.reliance-map', weight: 2, owner: 'ospo' },
				{ id: 'commons.oss-policy', weight: 2, owner: 'legal' },
				{ id: 'commons.literacy', weight: 1, owner: 'ospo' }
			]
		},
		{
			id: 'communities',
			questions: [
				{ id: 'communities.concentration-risk', weight: 3, owner: 'ciso' },
				{ id: 'communities.ecosystem-norms', weight: 2, owner: 'engineering' },
				{ id: 'communities.tailored-engagement', weight: 3, owner: 'ospo' },
				{ id: 'communities.supply-channels', weight: 1, owner: 'engineering' }
			]
		},
		{
			id: 'partners',
			questions: [
				{ id: 'partners.relationship-model', weight: 3, owner: 'procurement' },
				{ id: 'partners.engagement-conduct', weight: 2, owner: 'engineering' },
				{ id: 'partners.upstream-first', weight: 3, owner: 'cto' },
				{ id: 'partners.vulnerability-reporting', weight: 3, owner: 'ciso' },
				{ id: 'partners.disclosure-policy', weight: 2, owner: 'ciso' },
				{ id: 'partners.pay-without-contract', weight: 2, owner: 'procurement' }
			]
		},
		{
			id: 'bedrock',
			questions: [
				{ id: 'bedrock.risk-prioritization', weight: 3, owner: 'ciso' },
				{ id: 'bedrock.health-monitoring', weight: 2, owner: 'engineering' },
				{ id: 'bedrock.targeted-support', weight: 3, owner: 'cto' },
				{ id: 'bedrock.long-tail', weight: 2, owner: 'ospo' },
				{ id: 'bedrock.continuity-plans', weight: 2, owner: 'cto' },
				{ id: 'bedrock.security-review', weight: 2, owner: 'ciso' }
			]
		},
		{
			id: 'never-free',
			questions: [
				{ id: 'never-free.recurring-budget', weight: 3, owner: 'finance' },
				{ id: 'never-free.contribute-before-replace', weight: 2, owner: 'executive' },
				{ id: 'never-free.paid-upstream-time', weight: 3, owner: 'engineering' },
				{ id: 'never-free.contribution-reporting', weight: 1, owner: 'ospo' }
			]
		},
		{
			id: 'due-diligence',
			questions: [
				{ id: 'due-diligence.cra-scope', weight: 2, owner: 'legal' },
				{ id: 'due-diligence.intake-criteria', weight: 3, owner: 'ciso' },
				{ id: 'due-diligence.lifetime-fit', weight: 2, owner: 'cto' },
				{ id: 'due-diligence.evidence-record', weight: 2, owner: 'ciso' },
				{ id: 'due-diligence.incident-readiness', weight: 3, owner: 'ciso' },
				{ id: 'due-diligence.acting-on-findings', weight: 3, owner: 'ciso' }
			]
		},
		{
			id: 'maintainers-live',
			questions: [
				{ id: 'maintainers-live.respectful-requests', weight: 3, owner: 'engineering' },
				{ id: 'maintainers-live.paid-maintainer-time', weight: 2, owner: 'cto' },
				{ id: 'maintainers-live.predictable-funding', weight: 2, owner: 'finance' },
				{ id: 'maintainers-live.burnout-succession', weight: 2, owner: 'ospo' },
				{ id: 'maintainers-live.compliance-burden', weight: 3, owner: 'legal' },
				{ id: 'maintainers-live.recognition', weight: 1, owner: 'ospo' }
			]
		},
		{
			id: 'boring-work',
			questions: [
				{ id: 'boring-work.neglected-chores', weight: 2, owner: 'ospo' },
				{ id: 'boring-work.upstream-chores', weight: 3, owner: 'engineering' },
				{ id: 'boring-work.ecosystem-plumbing', weight: 2, owner: 'cto' },
				{ id: 'boring-work.commissioned-maintenance', weight: 2, owner: 'finance' },
				{ id: 'boring-work.follow-through', weight: 3, owner: 'engineering' }
			]
		}
	]
};
