/**
 * The framework versions a share link can refer to. A link stores one byte, the index of its
 * entry in `LINK_FRAMEWORKS`, and then one answer per question in that entry's `questionIds`
 * order, then one target per principle in that entry's `principleIds` order. The lists are
 * written out here as literals on purpose: they are a frozen copy of the question bank as it was
 * published, so editing `bank.ts` can never change how an existing link decodes.
 *
 * APPEND-ONLY. Never edit, reorder or remove an entry, and never change a list inside one: links
 * already sent in chats, mails and slides would silently decode to different answers. When the
 * bank changes (a question added, removed, reordered or re-weighted, see FRAMEWORK_VERSION in
 * `$lib/framework/bank.ts`), append a new entry with the new version and its full question list.
 * A unit test (codec.spec.ts) fails while the last entry differs from the current bank.
 *
 * At most 256 entries fit in the byte; that is decades of framework releases.
 */
import type { PrincipleId } from '$lib/framework/types';

export interface LinkFramework {
	/** The framework version, as in `FRAMEWORK_VERSION` and `Assessment.frameworkVersion`. */
	readonly version: string;
	/** Every question of that version, in the order the link packs their answers. */
	readonly questionIds: readonly string[];
	/** The principles, in the order the link packs their targets. */
	readonly principleIds: readonly PrincipleId[];
}

function entry(version: string, principleIds: PrincipleId[], questionIds: string[]): LinkFramework {
	return Object.freeze({
		version,
		principleIds: Object.freeze(principleIds),
		questionIds: Object.freeze(questionIds)
	});
}

export const LINK_FRAMEWORKS: readonly LinkFramework[] = Object.freeze([
	// 0: the first published bank, eight principles of five questions each.
	entry(
		'1.0.0',
		[
			'commons',
			'communities',
			'partners',
			'bedrock',
			'never-free',
			'due-diligence',
			'maintainers-live',
			'boring-work'
		],
		[
			'commons.leadership-ownership',
			'commons.dependency-inventory',
			'commons.reliance-map',
			'commons.oss-policy',
			'commons.literacy',
			'communities.project-segments',
			'communities.concentration-risk',
			'communities.ecosystem-norms',
			'communities.tailored-engagement',
			'communities.supply-channels',
			'partners.relationship-model',
			'partners.engagement-conduct',
			'partners.upstream-first',
			'partners.vulnerability-reporting',
			'partners.pay-without-contract',
			'bedrock.risk-prioritization',
			'bedrock.health-monitoring',
			'bedrock.targeted-support',
			'bedrock.long-tail',
			'bedrock.continuity-plans',
			'never-free.recurring-budget',
			'never-free.contribute-before-replace',
			'never-free.paid-upstream-time',
			'never-free.funding-channels',
			'never-free.contribution-reporting',
			'due-diligence.intake-criteria',
			'due-diligence.lifetime-fit',
			'due-diligence.reassessment',
			'due-diligence.incident-readiness',
			'due-diligence.acting-on-findings',
			'maintainers-live.respectful-requests',
			'maintainers-live.paid-maintainer-time',
			'maintainers-live.predictable-funding',
			'maintainers-live.burnout-succession',
			'maintainers-live.compliance-burden',
			'boring-work.neglected-chores',
			'boring-work.upstream-chores',
			'boring-work.ecosystem-plumbing',
			'boring-work.commissioned-maintenance',
			'boring-work.follow-through'
		]
	),
	// 1: bank 1.1.0: facts corrected, five practices added, three merged (42 questions).
	entry(
		'1.1.0',
		[
			'commons',
			'communities',
			'partners',
			'bedrock',
			'never-free',
			'due-diligence',
			'maintainers-live',
			'boring-work'
		],
		[
			'commons.leadership-ownership',
			'commons.dependency-inventory',
			'commons.reliance-map',
			'commons.oss-policy',
			'commons.literacy',
			'communities.concentration-risk',
			'communities.ecosystem-norms',
			'communities.tailored-engagement',
			'communities.supply-channels',
			'partners.relationship-model',
			'partners.engagement-conduct',
			'partners.upstream-first',
			'partners.vulnerability-reporting',
			'partners.disclosure-policy',
			'partners.pay-without-contract',
			'bedrock.risk-prioritization',
			'bedrock.health-monitoring',
			'bedrock.targeted-support',
			'bedrock.long-tail',
			'bedrock.continuity-plans',
			'bedrock.security-review',
			'never-free.recurring-budget',
			'never-free.contribute-before-replace',
			'never-free.paid-upstream-time',
			'never-free.contribution-reporting',
			'due-diligence.cra-scope',
			'due-diligence.intake-criteria',
			'due-diligence.lifetime-fit',
			'due-diligence.evidence-record',
			'due-diligence.incident-readiness',
			'due-diligence.acting-on-findings',
			'maintainers-live.respectful-requests',
			'maintainers-live.paid-maintainer-time',
			'maintainers-live.predictable-funding',
			'maintainers-live.burnout-succession',
			'maintainers-live.compliance-burden',
			'maintainers-live.recognition',
			'boring-work.neglected-chores',
			'boring-work.upstream-chores',
			'boring-work.ecosystem-plumbing',
			'boring-work.commissioned-maintenance',
			'boring-work.follow-through'
		]
	)
]);

/** The registry index (the byte in a link) of a framework version, or -1 when links cannot refer to it. */
export function linkFrameworkIndex(version: string): number {
	return LINK_FRAMEWORKS.findIndex((framework) => framework.version === version);
}
