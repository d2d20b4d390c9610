import type { FrameworkSource } from './types';

/**
 * The Commons Check question bank: eight principles, 4–6 questions each. Only structure lives
 * here (ids, weights, owners, efforts, references, mappings, glossary terms); all text is in the
 * locale message files.
 *
 * Question ids are stored with answers and carried in share links: once published, an id never
 * changes and is never reused for a different practice. Bump FRAMEWORK_VERSION whenever a question
 * is added, removed, reworded or re-weighted, freeze the previous bank (bank-1.0.0.ts) and add its
 * id map to migrations.ts.
 *
 * `mappings` say what a practice helps with in other frameworks, only where the link is real; the
 * valid ids are in ./mappings/. `glossary` lists the glossary terms the question's English text
 * uses, in order of first use (a unit test keeps it in step with the text).
 */
export const FRAMEWORK_VERSION = '1.1.0';

export const bank: FrameworkSource = {
	version: FRAMEWORK_VERSION,
	principles: [
		{
			id: 'commons',
			questions: [
				{
					id: 'commons.leadership-ownership',
					weight: 3,
					owner: 'executive',
					nextSteps: [
						{
							fromLevel: 0,
							effort: 'small',
							references: ['census-ii', 'value-of-oss', 'cra-regulation']
						},
						{
							fromLevel: 1,
							effort: 'medium',
							references: ['todo-ospo-maturity', 'cra-regulation']
						},
						{ fromLevel: 2, effort: 'medium', references: ['todo-ospo-maturity', 'census-ii'] },
						{ fromLevel: 3, effort: 'large', references: ['open-source-pledge', 'orcwg-cra-hub'] }
					],
					mappings: { iso5230: ['3.2.2'], iso18974: ['4.2.2'] },
					glossary: ['sbom', 'sca', 'cra', 'due-diligence', 'ospo']
				},
				{
					id: 'commons.dependency-inventory',
					weight: 3,
					owner: 'cto',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['s2c2f'] },
						{ fromLevel: 1, effort: 'medium', references: ['cyclonedx', 'spdx', 'cra-regulation'] },
						{ fromLevel: 2, effort: 'large', references: ['purl-spec', 'bsi-tr-03183'] },
						{ fromLevel: 3, effort: 'large', references: ['s2c2f', 'deps-dev'] }
					],
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
				{
					id: 'commons.reliance-map',
					weight: 2,
					owner: 'ospo',
					nextSteps: [
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
						{
							fromLevel: 3,
							effort: 'medium',
							references: ['osps-baseline', 'concise-guide-collaborating']
						}
					],
					mappings: { osps: ['OSPS-GV-01', 'OSPS-VM-02'] },
					glossary: ['long-tail', 'scorecard', 'open-source-steward', 'upstream']
				},
				{
					id: 'commons.oss-policy',
					weight: 2,
					owner: 'legal',
					nextSteps: [
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
					mappings: {
						cra: ['art-13-5', 'art-13-6'],
						iso5230: ['3.1.1', '3.5.1'],
						iso18974: ['4.1.1']
					},
					glossary: ['upstream', 'cra', 'manufacturer', 'due-diligence', 'ospo', 'dco', 'cla']
				},
				{
					id: 'commons.literacy',
					weight: 1,
					owner: 'ospo',
					nextSteps: [
						{
							fromLevel: 0,
							effort: 'small',
							references: ['concise-guide-collaborating', 'census-ii']
						},
						{
							fromLevel: 1,
							effort: 'medium',
							references: ['concise-guide-collaborating', 'orcwg-cra-hub']
						},
						{ fromLevel: 2, effort: 'medium', references: ['openchain-5230', 'openchain-18974'] },
						{ fromLevel: 3, effort: 'medium', references: ['todo-ospo-maturity'] }
					],
					mappings: { iso5230: ['3.1.2', '3.1.3'], iso18974: ['4.1.2', '4.1.3'] },
					glossary: ['cra', 'ospo']
				}
			]
		},
		{
			id: 'communities',
			questions: [
				{
					id: 'communities.concentration-risk',
					weight: 3,
					owner: 'ciso',
					nextSteps: [
						{
							fromLevel: 0,
							effort: 'small',
							references: ['chaoss-contributor-absence', 'scorecard']
						},
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
				{
					id: 'communities.ecosystem-norms',
					weight: 2,
					owner: 'engineering',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
						{
							fromLevel: 1,
							effort: 'small',
							references: ['concise-guide-collaborating', 'cpansec']
						},
						{ fromLevel: 2, effort: 'medium', references: ['concise-guide-collaborating'] },
						{ fromLevel: 3, effort: 'large', references: ['todo-ospo-maturity'] }
					],
					mappings: { osps: ['OSPS-GV-01', 'OSPS-GV-03', 'OSPS-VM-01'] },
					glossary: []
				},
				{
					id: 'communities.tailored-engagement',
					weight: 3,
					owner: 'ospo',
					nextSteps: [
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
					mappings: {
						cra: ['art-3-14', 'recital-19'],
						chaoss: ['elephant-factor', 'organizational-diversity']
					},
					glossary: ['long-tail', 'open-source-steward', 'cra', 'elephant-factor', 'ospo']
				},
				{
					id: 'communities.supply-channels',
					weight: 1,
					owner: 'engineering',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['s2c2f'] },
						{ fromLevel: 1, effort: 'medium', references: ['s2c2f', 'slsa'] },
						{ fromLevel: 2, effort: 'medium', references: ['s2c2f', 'slsa'] },
						{ fromLevel: 3, effort: 'large', references: ['s2c2f', 'slsa'] }
					],
					mappings: { s2c2f: ['ING-1', 'ING-2', 'ENF-1', 'ENF-2', 'AUD-1', 'AUD-3'] },
					glossary: ['s2c2f']
				}
			]
		},
		{
			id: 'partners',
			questions: [
				{
					id: 'partners.relationship-model',
					weight: 3,
					owner: 'procurement',
					nextSteps: [
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
						{
							fromLevel: 3,
							effort: 'large',
							references: ['orcwg-cra-attestations', 'cra-regulation']
						}
					],
					mappings: { cra: ['art-13-5', 'art-24', 'art-25'] },
					glossary: ['due-diligence', 'cra', 'open-source-steward']
				},
				{
					id: 'partners.engagement-conduct',
					weight: 2,
					owner: 'engineering',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
						{ fromLevel: 1, effort: 'small', references: ['concise-guide-collaborating'] },
						{ fromLevel: 2, effort: 'medium', references: ['concise-guide-collaborating'] },
						{
							fromLevel: 3,
							effort: 'medium',
							references: ['concise-guide-collaborating', 'todo-ospo-maturity']
						}
					],
					mappings: { osps: ['OSPS-GV-03'], iso5230: ['3.5.1'] },
					glossary: ['cra', 'upstream', 'fork']
				},
				{
					id: 'partners.upstream-first',
					weight: 3,
					owner: 'cto',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
						{ fromLevel: 1, effort: 'medium', references: ['concise-guide-collaborating', 'dco'] },
						{ fromLevel: 2, effort: 'medium', references: ['cra-regulation', 's2c2f'] },
						{ fromLevel: 3, effort: 'large', references: ['concise-guide-collaborating'] }
					],
					mappings: { cra: ['art-13-6'], osps: ['OSPS-LE-01'], iso5230: ['3.5.1'] },
					glossary: ['upstream', 'dco', 'cla', 'fork', 'cra', 'manufacturer']
				},
				{
					id: 'partners.vulnerability-reporting',
					weight: 3,
					owner: 'ciso',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['cvd-finder-guide', 'cra-regulation'] },
						{ fromLevel: 1, effort: 'medium', references: ['cvd-finder-guide', 'first-psirt'] },
						{ fromLevel: 2, effort: 'medium', references: ['cra-regulation', 'cvd-finder-guide'] },
						{ fromLevel: 3, effort: 'large', references: ['cvd-maintainer-guide', 'cve-program'] }
					],
					mappings: {
						cra: ['art-13-6', 'annex-i-ii-6'],
						osps: ['OSPS-VM-01', 'OSPS-VM-02', 'OSPS-VM-03']
					},
					glossary: ['cvd', 'cra', 'manufacturer', 'psirt', 'cve', 'cna']
				},
				{
					id: 'partners.disclosure-policy',
					weight: 2,
					owner: 'ciso',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['rfc-9116', 'cra-regulation'] },
						{ fromLevel: 1, effort: 'medium', references: ['cvd-maintainer-guide', 'rfc-9116'] },
						{
							fromLevel: 2,
							effort: 'medium',
							references: ['cra-regulation', 'first-psirt', 'openchain-18974']
						},
						{ fromLevel: 3, effort: 'large', references: ['cve-program', 'cra-regulation'] }
					],
					mappings: { cra: ['annex-i-ii-4', 'annex-i-ii-5', 'annex-i-ii-6'], iso18974: ['4.2.1'] },
					glossary: ['cvd', 'cra', 'security-txt', 'psirt', 'cve', 'cna']
				},
				{
					id: 'partners.pay-without-contract',
					weight: 2,
					owner: 'procurement',
					nextSteps: [
						{
							fromLevel: 0,
							effort: 'small',
							references: ['github-sponsors', 'open-source-collective']
						},
						{
							fromLevel: 1,
							effort: 'medium',
							references: ['open-source-collective', 'github-sponsors', 'open-collective']
						},
						{ fromLevel: 2, effort: 'medium', references: ['orcwg-cra-hub', 'cra-regulation'] },
						{
							fromLevel: 3,
							effort: 'medium',
							references: ['open-source-collective', 'todo-ospo-maturity']
						}
					],
					mappings: { cra: ['art-3-13', 'recital-18'] },
					glossary: ['fiscal-host', 'manufacturer', 'cra', 'ospo']
				}
			]
		},
		{
			id: 'bedrock',
			questions: [
				{
					id: 'bedrock.risk-prioritization',
					weight: 3,
					owner: 'ciso',
					nextSteps: [
						{
							fromLevel: 0,
							effort: 'small',
							references: ['scorecard', 'concise-guide-evaluating']
						},
						{ fromLevel: 1, effort: 'medium', references: ['concise-guide-evaluating', 'chaoss'] },
						{ fromLevel: 2, effort: 'medium', references: ['chaoss', 'scorecard'] },
						{ fromLevel: 3, effort: 'large', references: ['alpha-omega', 'census-ii'] }
					],
					mappings: { cra: ['recital-34'] },
					glossary: ['open-source-steward', 'scorecard']
				},
				{
					id: 'bedrock.health-monitoring',
					weight: 2,
					owner: 'engineering',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['scorecard', 'deps-dev'] },
						{
							fromLevel: 1,
							effort: 'medium',
							references: ['concise-guide-collaborating', 'chaoss']
						},
						{
							fromLevel: 2,
							effort: 'medium',
							references: ['scorecard', 'chaoss-contributor-absence']
						},
						{ fromLevel: 3, effort: 'medium', references: ['orcwg-cra-hub', 'cpansec'] }
					],
					mappings: {
						cra: ['recital-34'],
						s2c2f: ['SCA-3'],
						scorecard: ['Maintained', 'Contributors', 'Security-Policy'],
						chaoss: ['contributor-absence-factor', 'time-to-first-response']
					},
					glossary: [
						'due-diligence',
						'scorecard',
						'contributor-absence-factor',
						'open-source-steward'
					]
				},
				{
					id: 'bedrock.targeted-support',
					weight: 3,
					owner: 'cto',
					nextSteps: [
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
						{
							fromLevel: 3,
							effort: 'large',
							references: ['alpha-omega', 'sovereign-tech-agency', 'nlnet']
						}
					],
					mappings: { cra: ['art-13-8'] },
					glossary: ['ci', 'cra', 'manufacturer', 'support-period']
				},
				{
					id: 'bedrock.long-tail',
					weight: 2,
					owner: 'ospo',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['oss-one-person', 'github-sponsors'] },
						{ fromLevel: 1, effort: 'small', references: ['microsoft-foss-fund', 'thanks-dev'] },
						{ fromLevel: 2, effort: 'medium', references: ['thanks-dev'] },
						{ fromLevel: 3, effort: 'large', references: ['cpansec', 'open-source-collective'] }
					],
					mappings: {},
					glossary: [
						'long-tail',
						'transitive-dependency',
						'open-source-steward',
						'sbom',
						'fiscal-host'
					]
				},
				{
					id: 'bedrock.continuity-plans',
					weight: 2,
					owner: 'cto',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-evaluating'] },
						{ fromLevel: 1, effort: 'medium', references: ['concise-guide-collaborating'] },
						{ fromLevel: 2, effort: 'medium', references: ['cpansec', 'cra-regulation'] },
						{
							fromLevel: 3,
							effort: 'large',
							references: ['cpansec', 'concise-guide-collaborating']
						}
					],
					mappings: { cra: ['art-13-8'] },
					glossary: ['fork', 'upstream', 'support-period', 'cra']
				},
				{
					id: 'bedrock.security-review',
					weight: 2,
					owner: 'ciso',
					nextSteps: [
						{
							fromLevel: 0,
							effort: 'small',
							references: ['concise-guide-evaluating', 'ossf-security-reviews']
						},
						{ fromLevel: 1, effort: 'medium', references: ['s2c2f', 'cvd-finder-guide'] },
						{ fromLevel: 2, effort: 'medium', references: ['oss-fuzz', 'scorecard'] },
						{ fromLevel: 3, effort: 'large', references: ['ossf-security-reviews', 'alpha-omega'] }
					],
					mappings: {
						cra: ['art-13-6', 'annex-i-ii-3', 'recital-34'],
						s2c2f: ['SCA-5'],
						scorecard: ['Fuzzing', 'SAST'],
						osps: ['OSPS-SA-03'],
						iso18974: ['4.1.5']
					},
					glossary: ['fuzzing', 'cra', 'due-diligence', 'upstream', 'ci']
				}
			]
		},
		{
			id: 'never-free',
			questions: [
				{
					id: 'never-free.recurring-budget',
					weight: 3,
					owner: 'finance',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['value-of-oss', 'census-ii'] },
						{ fromLevel: 1, effort: 'small', references: ['open-source-pledge'] },
						{ fromLevel: 2, effort: 'medium', references: ['open-source-pledge'] },
						{ fromLevel: 3, effort: 'medium', references: ['open-source-pledge'] }
					],
					mappings: {},
					glossary: []
				},
				{
					id: 'never-free.contribute-before-replace',
					weight: 2,
					owner: 'executive',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['value-of-oss'] },
						{
							fromLevel: 1,
							effort: 'medium',
							references: ['value-of-oss', 'concise-guide-evaluating']
						},
						{
							fromLevel: 2,
							effort: 'medium',
							references: ['todo-ospo-maturity', 'concise-guide-collaborating']
						},
						{
							fromLevel: 3,
							effort: 'medium',
							references: ['open-source-pledge', 'funding-report-2024']
						}
					],
					mappings: {},
					glossary: ['fork', 'upstream', 'tco']
				},
				{
					id: 'never-free.paid-upstream-time',
					weight: 3,
					owner: 'engineering',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
						{ fromLevel: 1, effort: 'medium', references: ['funding-report-2024'] },
						{
							fromLevel: 2,
							effort: 'medium',
							references: ['funding-report-2024', 'todo-ospo-maturity']
						},
						{
							fromLevel: 3,
							effort: 'large',
							references: ['todo-ospo-maturity', 'concise-guide-evaluating']
						}
					],
					mappings: {},
					glossary: ['upstream']
				},
				{
					id: 'never-free.contribution-reporting',
					weight: 1,
					owner: 'ospo',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['funding-report-2024'] },
						{ fromLevel: 1, effort: 'small', references: ['funding-report-2024'] },
						{
							fromLevel: 2,
							effort: 'medium',
							references: ['funding-report-2024', 'open-source-pledge']
						},
						{ fromLevel: 3, effort: 'medium', references: ['open-source-pledge'] }
					],
					mappings: {},
					glossary: ['upstream']
				}
			]
		},
		{
			id: 'due-diligence',
			questions: [
				{
					id: 'due-diligence.cra-scope',
					weight: 2,
					owner: 'legal',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['cra-regulation', 'orcwg-cra-hub'] },
						{ fromLevel: 1, effort: 'medium', references: ['cra-regulation', 'orcwg-cra-hub'] },
						{ fromLevel: 2, effort: 'medium', references: ['cra-regulation', 'bsi-tr-03183'] },
						{
							fromLevel: 3,
							effort: 'medium',
							references: ['orcwg-steward-obligations', 'cra-regulation']
						}
					],
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
				{
					id: 'due-diligence.intake-criteria',
					weight: 3,
					owner: 'ciso',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-evaluating'] },
						{
							fromLevel: 1,
							effort: 'medium',
							references: ['concise-guide-evaluating', 'scorecard', 'cra-regulation']
						},
						{ fromLevel: 2, effort: 'medium', references: ['osps-baseline', 's2c2f'] },
						{ fromLevel: 3, effort: 'large', references: ['osps-baseline', 'bestpractices-badge'] }
					],
					mappings: {
						cra: ['art-13-5', 'recital-34'],
						s2c2f: ['SCA-1', 'SCA-2', 'SCA-3'],
						scorecard: ['Maintained', 'Security-Policy', 'Vulnerabilities', 'CII-Best-Practices'],
						iso18974: ['4.3.2']
					},
					glossary: ['cra', 'manufacturer', 'due-diligence', 'osps-baseline', 'scorecard']
				},
				{
					id: 'due-diligence.lifetime-fit',
					weight: 2,
					owner: 'cto',
					nextSteps: [
						{
							fromLevel: 0,
							effort: 'small',
							references: ['cra-regulation', 'concise-guide-evaluating']
						},
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
				{
					id: 'due-diligence.evidence-record',
					weight: 2,
					owner: 'ciso',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['orcwg-cra-hub', 'openchain-18974'] },
						{ fromLevel: 1, effort: 'medium', references: ['openchain-18974', 'cra-regulation'] },
						{ fromLevel: 2, effort: 'medium', references: ['cra-regulation', 'bsi-tr-03183'] },
						{ fromLevel: 3, effort: 'large', references: ['cyclonedx', 'osps-baseline'] }
					],
					mappings: { cra: ['art-13-4', 'art-13-7', 'annex-vii'], iso18974: ['4.3.2'] },
					glossary: ['technical-documentation', 'due-diligence', 'cra', 'vex', 'cyclonedx']
				},
				{
					id: 'due-diligence.incident-readiness',
					weight: 3,
					owner: 'ciso',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['cvd-finder-guide', 's2c2f'] },
						{ fromLevel: 1, effort: 'medium', references: ['cra-regulation', 'cvd-finder-guide'] },
						{ fromLevel: 2, effort: 'medium', references: ['s2c2f'] },
						{ fromLevel: 3, effort: 'large', references: ['s2c2f', 'cvd-maintainer-guide'] }
					],
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
				{
					id: 'due-diligence.acting-on-findings',
					weight: 3,
					owner: 'ciso',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
						{
							fromLevel: 1,
							effort: 'medium',
							references: ['concise-guide-collaborating', 'github-sponsors']
						},
						{ fromLevel: 2, effort: 'medium', references: ['cpansec', 'openchain-18974'] },
						{
							fromLevel: 3,
							effort: 'large',
							references: ['concise-guide-collaborating', 'cpansec']
						}
					],
					mappings: { cra: ['art-13-5'], iso18974: ['4.3.2'] },
					glossary: ['due-diligence']
				}
			]
		},
		{
			id: 'maintainers-live',
			questions: [
				{
					id: 'maintainers-live.respectful-requests',
					weight: 3,
					owner: 'engineering',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
						{ fromLevel: 1, effort: 'small', references: ['concise-guide-collaborating'] },
						{ fromLevel: 2, effort: 'medium', references: ['concise-guide-collaborating'] },
						{
							fromLevel: 3,
							effort: 'medium',
							references: ['concise-guide-collaborating', 'tidelift-2024']
						}
					],
					mappings: {},
					glossary: ['fork', 'upstream']
				},
				{
					id: 'maintainers-live.paid-maintainer-time',
					weight: 2,
					owner: 'cto',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['tidelift-2024'] },
						{ fromLevel: 1, effort: 'small', references: ['tidelift-2024', 'funding-report-2024'] },
						{
							fromLevel: 2,
							effort: 'large',
							references: ['sovereign-tech-agency', 'tidelift-2024']
						},
						{ fromLevel: 3, effort: 'large', references: ['sovereign-tech-agency'] }
					],
					mappings: {},
					glossary: []
				},
				{
					id: 'maintainers-live.predictable-funding',
					weight: 2,
					owner: 'finance',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['github-sponsors', 'open-collective'] },
						{ fromLevel: 1, effort: 'small', references: ['tidelift-2024', 'github-sponsors'] },
						{ fromLevel: 2, effort: 'medium', references: ['tidelift-2024', 'cra-regulation'] },
						{ fromLevel: 3, effort: 'medium', references: ['open-source-collective'] }
					],
					mappings: { cra: ['recital-18'] },
					glossary: ['cra', 'manufacturer', 'fiscal-host', 'open-source-steward']
				},
				{
					id: 'maintainers-live.burnout-succession',
					weight: 2,
					owner: 'ospo',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['cpansec', 'tidelift-2024'] },
						{ fromLevel: 1, effort: 'medium', references: ['concise-guide-collaborating'] },
						{
							fromLevel: 2,
							effort: 'medium',
							references: ['openssf-social-engineering-alert', 'xz-backdoor']
						},
						{ fromLevel: 3, effort: 'large', references: ['sovereign-tech-agency', 'cpansec'] }
					],
					mappings: { osps: ['OSPS-GV-04'] },
					glossary: ['open-source-steward']
				},
				{
					id: 'maintainers-live.compliance-burden',
					weight: 3,
					owner: 'legal',
					nextSteps: [
						{
							fromLevel: 0,
							effort: 'small',
							references: ['orcwg-cra-hub', 'concise-guide-collaborating']
						},
						{ fromLevel: 1, effort: 'small', references: ['cra-regulation', 'orcwg-cra-hub'] },
						{
							fromLevel: 2,
							effort: 'medium',
							references: ['osps-baseline', 'concise-guide-collaborating']
						},
						{
							fromLevel: 3,
							effort: 'large',
							references: ['orcwg-cra-attestations', 'cra-regulation']
						}
					],
					mappings: {
						cra: ['art-3-13', 'art-25', 'recital-18'],
						osps: ['OSPS-VM-01', 'OSPS-VM-02', 'OSPS-QA-02']
					},
					glossary: ['cra', 'manufacturer', 'upstream', 'sbom', 'open-source-steward']
				},
				{
					id: 'maintainers-live.recognition',
					weight: 1,
					owner: 'ospo',
					nextSteps: [
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
					mappings: { chaoss: ['types-of-contributions'] },
					glossary: []
				}
			]
		},
		{
			id: 'boring-work',
			questions: [
				{
					id: 'boring-work.neglected-chores',
					weight: 2,
					owner: 'ospo',
					nextSteps: [
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
					mappings: {
						scorecard: ['CI-Tests', 'Security-Policy'],
						osps: ['OSPS-QA-06', 'OSPS-VM-01', 'OSPS-VM-02'],
						chaoss: ['issues-open-age', 'time-to-first-response']
					},
					glossary: ['ci', 'scorecard']
				},
				{
					id: 'boring-work.upstream-chores',
					weight: 3,
					owner: 'engineering',
					nextSteps: [
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
					mappings: { chaoss: ['types-of-contributions'] },
					glossary: ['upstream', 'ci']
				},
				{
					id: 'boring-work.ecosystem-plumbing',
					weight: 2,
					owner: 'cto',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['purl-spec', 'census-ii'] },
						{ fromLevel: 1, effort: 'medium', references: ['purl-spec', 'cyclonedx', 'spdx'] },
						{
							fromLevel: 2,
							effort: 'large',
							references: ['cve-program', 'cpansec', 'alpha-omega']
						},
						{
							fromLevel: 3,
							effort: 'large',
							references: ['cyclonedx-working-groups', 'spdx', 'purl-spec']
						}
					],
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
				{
					id: 'boring-work.commissioned-maintenance',
					weight: 2,
					owner: 'finance',
					nextSteps: [
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
					mappings: {},
					glossary: ['ci']
				},
				{
					id: 'boring-work.follow-through',
					weight: 3,
					owner: 'engineering',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
						{ fromLevel: 1, effort: 'small', references: ['concise-guide-collaborating'] },
						{ fromLevel: 2, effort: 'medium', references: ['concise-guide-collaborating'] },
						{
							fromLevel: 3,
							effort: 'large',
							references: ['todo-ospo-maturity', 'concise-guide-collaborating']
						}
					],
					mappings: {},
					glossary: ['upstream']
				}
			]
		}
	]
};
