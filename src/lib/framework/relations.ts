import type { FrameworkSource, QuestionMappings } from './types';

/**
 * What each question of the current bank relates to, kept apart from bank.ts so that pages which
 * only need the bank's structure do not load it (as with the reference catalogue).
 *
 * `mappings` say what a practice helps with in other frameworks, only where the link is real; the
 * valid ids are in ./mappings/ (a unit test checks every id). `glossary` lists the glossary terms
 * the question's English text uses, in order of first use (a unit test keeps it in step with the
 * text), so the app can explain a term where it first appears on a page.
 *
 * Banks before 1.1.0 have no relations.
 */
export interface QuestionRelations {
	readonly mappings: QuestionMappings;
	readonly glossary: readonly string[];
}

/** The bank version these relations describe (a unit test checks it is the current bank). */
export const RELATIONS_VERSION = '1.1.0';

export const questionRelations: Readonly<Record<string, QuestionRelations>> = {
	'commons.leadership-ownership': {
		mappings: { iso5230: ['3.2.2'], iso18974: ['4.2.2'] },
		glossary: ['sbom', 'sca', 'cra', 'due-diligence', 'ospo']
	},
	'commons.dependency-inventory': {
		mappings: {
			cra: ['annex-i-ii-1'],
			s2c2f: ['INV-1', 'SCA-1'],
			chaoss: ['upstream-code-dependencies'],
			iso5230: ['3.3.1'],
			iso18974: ['4.3.1']
		},
		glossary: [
			'sbom',
			'cra',
			'manufacturer',
			'sca',
			'cyclonedx',
			'spdx',
			'transitive-dependency',
			'purl',
			's2c2f'
		]
	},
	'commons.reliance-map': {
		mappings: { osps: ['OSPS-GV-01', 'OSPS-VM-02'] },
		glossary: ['long-tail', 'scorecard', 'open-source-steward', 'upstream']
	},
	'commons.oss-policy': {
		mappings: { cra: ['art-13-5', 'art-13-6'], iso5230: ['3.1.1', '3.5.1'], iso18974: ['4.1.1'] },
		glossary: ['upstream', 'cra', 'manufacturer', 'due-diligence', 'ospo', 'dco', 'cla']
	},
	'commons.literacy': {
		mappings: { iso5230: ['3.1.2', '3.1.3'], iso18974: ['4.1.2', '4.1.3'] },
		glossary: ['cra', 'ospo']
	},
	'communities.concentration-risk': {
		mappings: {
			scorecard: ['Contributors'],
			chaoss: ['contributor-absence-factor', 'elephant-factor']
		},
		glossary: [
			'cve',
			'contributor-absence-factor',
			'open-source-steward',
			'scorecard',
			'elephant-factor'
		]
	},
	'communities.ecosystem-norms': {
		mappings: { osps: ['OSPS-GV-01', 'OSPS-GV-03', 'OSPS-VM-01'] },
		glossary: []
	},
	'communities.tailored-engagement': {
		mappings: {
			cra: ['art-3-14', 'recital-19'],
			chaoss: ['elephant-factor', 'organizational-diversity']
		},
		glossary: ['long-tail', 'open-source-steward', 'cra', 'elephant-factor', 'ospo']
	},
	'communities.supply-channels': {
		mappings: { s2c2f: ['ING-1', 'ING-2', 'ENF-1', 'ENF-2', 'AUD-1', 'AUD-3'] },
		glossary: ['s2c2f']
	},
	'partners.relationship-model': {
		mappings: { cra: ['art-13-5', 'art-24', 'art-25'] },
		glossary: ['due-diligence', 'cra', 'open-source-steward']
	},
	'partners.engagement-conduct': {
		mappings: { osps: ['OSPS-GV-03'], iso5230: ['3.5.1'] },
		glossary: ['cra', 'upstream', 'fork']
	},
	'partners.upstream-first': {
		mappings: { cra: ['art-13-6'], osps: ['OSPS-LE-01'], iso5230: ['3.5.1'] },
		glossary: ['upstream', 'dco', 'cla', 'fork', 'cra', 'manufacturer']
	},
	'partners.vulnerability-reporting': {
		mappings: {
			cra: ['art-13-6', 'annex-i-ii-6'],
			osps: ['OSPS-VM-01', 'OSPS-VM-02', 'OSPS-VM-03']
		},
		glossary: ['cvd', 'cra', 'manufacturer', 'psirt', 'cve', 'cna']
	},
	'partners.disclosure-policy': {
		mappings: { cra: ['annex-i-ii-4', 'annex-i-ii-5', 'annex-i-ii-6'], iso18974: ['4.2.1'] },
		glossary: ['cvd', 'cra', 'security-txt', 'psirt', 'cve', 'cna']
	},
	'partners.pay-without-contract': {
		mappings: { cra: ['art-3-13', 'recital-18'] },
		glossary: ['fiscal-host', 'manufacturer', 'cra', 'ospo']
	},
	'bedrock.risk-prioritization': {
		mappings: { cra: ['recital-34'] },
		glossary: ['open-source-steward', 'scorecard']
	},
	'bedrock.health-monitoring': {
		mappings: {
			cra: ['recital-34'],
			s2c2f: ['SCA-3'],
			scorecard: ['Maintained', 'Contributors', 'Security-Policy'],
			chaoss: ['contributor-absence-factor', 'time-to-first-response']
		},
		glossary: ['due-diligence', 'scorecard', 'contributor-absence-factor', 'open-source-steward']
	},
	'bedrock.targeted-support': {
		mappings: { cra: ['art-13-8'] },
		glossary: ['ci', 'cra', 'manufacturer', 'support-period']
	},
	'bedrock.long-tail': {
		mappings: {},
		glossary: ['long-tail', 'transitive-dependency', 'open-source-steward', 'sbom', 'fiscal-host']
	},
	'bedrock.continuity-plans': {
		mappings: { cra: ['art-13-8'] },
		glossary: ['fork', 'upstream', 'support-period', 'cra']
	},
	'bedrock.security-review': {
		mappings: {
			cra: ['art-13-6', 'annex-i-ii-3', 'recital-34'],
			s2c2f: ['SCA-5'],
			scorecard: ['Fuzzing', 'SAST'],
			osps: ['OSPS-SA-03'],
			iso18974: ['4.1.5']
		},
		glossary: ['fuzzing', 'cra', 'due-diligence', 'upstream', 'ci']
	},
	'never-free.recurring-budget': {
		mappings: {},
		glossary: []
	},
	'never-free.contribute-before-replace': {
		mappings: {},
		glossary: ['fork', 'upstream', 'tco']
	},
	'never-free.paid-upstream-time': {
		mappings: {},
		glossary: ['upstream']
	},
	'never-free.contribution-reporting': {
		mappings: {},
		glossary: ['upstream']
	},
	'due-diligence.cra-scope': {
		mappings: { cra: ['art-2-1', 'art-3-13', 'art-3-14', 'art-13-8'] },
		glossary: [
			'cra',
			'manufacturer',
			'due-diligence',
			'open-source-steward',
			'support-period',
			'technical-documentation'
		]
	},
	'due-diligence.intake-criteria': {
		mappings: {
			cra: ['art-13-5', 'recital-34'],
			s2c2f: ['SCA-1', 'SCA-2', 'SCA-3'],
			scorecard: ['Maintained', 'Security-Policy', 'Vulnerabilities', 'CII-Best-Practices'],
			iso18974: ['4.3.2']
		},
		glossary: ['cra', 'manufacturer', 'due-diligence', 'osps-baseline', 'scorecard']
	},
	'due-diligence.lifetime-fit': {
		mappings: {
			cra: ['art-13-8', 'art-24'],
			s2c2f: ['SCA-3', 'UPD-2'],
			osps: ['OSPS-DO-04', 'OSPS-DO-05'],
			chaoss: ['libyears']
		},
		glossary: [
			'open-source-steward',
			'cra',
			'manufacturer',
			'support-period',
			'libyear',
			'due-diligence'
		]
	},
	'due-diligence.evidence-record': {
		mappings: { cra: ['art-13-4', 'art-13-7', 'annex-vii'], iso18974: ['4.3.2'] },
		glossary: ['technical-documentation', 'due-diligence', 'cra', 'vex', 'cyclonedx']
	},
	'due-diligence.incident-readiness': {
		mappings: {
			cra: ['art-14-1', 'art-14-2', 'art-14-3', 'art-14-4', 'art-14-8', 'annex-i-ii-2'],
			s2c2f: ['INV-2', 'ING-3', 'UPD-2', 'FIX-1'],
			iso18974: ['4.1.5']
		},
		glossary: [
			'sbom',
			'upstream',
			'cra',
			'due-care',
			'due-diligence',
			'manufacturer',
			'actively-exploited-vulnerability',
			's2c2f'
		]
	},
	'due-diligence.acting-on-findings': {
		mappings: { cra: ['art-13-5'], iso18974: ['4.3.2'] },
		glossary: ['due-diligence']
	},
	'maintainers-live.respectful-requests': {
		mappings: {},
		glossary: ['fork', 'upstream']
	},
	'maintainers-live.paid-maintainer-time': {
		mappings: {},
		glossary: []
	},
	'maintainers-live.predictable-funding': {
		mappings: { cra: ['recital-18'] },
		glossary: ['cra', 'manufacturer', 'fiscal-host', 'open-source-steward']
	},
	'maintainers-live.burnout-succession': {
		mappings: { osps: ['OSPS-GV-04'] },
		glossary: ['open-source-steward']
	},
	'maintainers-live.compliance-burden': {
		mappings: {
			cra: ['art-3-13', 'art-25', 'recital-18'],
			osps: ['OSPS-VM-01', 'OSPS-VM-02', 'OSPS-QA-02']
		},
		glossary: ['cra', 'manufacturer', 'upstream', 'sbom', 'open-source-steward']
	},
	'maintainers-live.recognition': {
		mappings: { chaoss: ['types-of-contributions'] },
		glossary: []
	},
	'boring-work.neglected-chores': {
		mappings: {
			scorecard: ['CI-Tests', 'Security-Policy'],
			osps: ['OSPS-QA-06', 'OSPS-VM-01', 'OSPS-VM-02'],
			chaoss: ['issues-open-age', 'time-to-first-response']
		},
		glossary: ['ci', 'scorecard']
	},
	'boring-work.upstream-chores': {
		mappings: { chaoss: ['types-of-contributions'] },
		glossary: ['upstream', 'ci']
	},
	'boring-work.ecosystem-plumbing': {
		mappings: { cra: ['annex-i-ii-1'], osps: ['OSPS-QA-02'] },
		glossary: [
			'sbom',
			'purl',
			'cna',
			'manufacturer',
			'open-source-steward',
			'cyclonedx',
			'spdx',
			'upstream'
		]
	},
	'boring-work.commissioned-maintenance': {
		mappings: {},
		glossary: ['ci']
	},
	'boring-work.follow-through': {
		mappings: {},
		glossary: ['upstream']
	}
};

const NONE: QuestionRelations = Object.freeze({ mappings: {}, glossary: [] });

/** The relations of a question in the given bank; empty for banks that have none (1.0.0). */
export function relationsOf(
	source: Pick<FrameworkSource, 'version'>,
	questionId: string
): QuestionRelations {
	if (source.version !== RELATIONS_VERSION) return NONE;
	return questionRelations[questionId] ?? NONE;
}
