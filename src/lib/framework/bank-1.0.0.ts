import type { FrameworkSource } from './types';

/**
 * The question bank as published in framework version 1.0.0: ids, weights, owners, efforts,
 * reference ids and order, frozen. Never edit it. Stored assessments, snapshots and share links of
 * 1.0.0 are scored against it "as they were"; migrations.ts maps its ids to later versions. The
 * text of its questions that were later removed or reworded is kept in the messages
 * `legacy.1_0_0.question.<id>.text` (lazy/<locale>/legacy.json).
 */
export const bank_1_0_0: FrameworkSource = {
	version: '1.0.0',
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
					]
				},
				{
					id: 'commons.dependency-inventory',
					weight: 3,
					owner: 'cto',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['s2c2f'] },
						{ fromLevel: 1, effort: 'medium', references: ['cyclonedx', 'spdx', 'cra-regulation'] },
						{ fromLevel: 2, effort: 'large', references: ['purl-spec', 'bsi-tr-03183'] },
						{ fromLevel: 3, effort: 'large', references: ['purl-spec', 'deps-dev'] }
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
					]
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
					]
				},
				{
					id: 'commons.literacy',
					weight: 1,
					owner: 'ospo',
					nextSteps: [
						{
							fromLevel: 0,
							effort: 'small',
							references: ['census-ii', 'concise-guide-collaborating']
						},
						{
							fromLevel: 1,
							effort: 'medium',
							references: ['concise-guide-collaborating', 'orcwg-cra-hub']
						},
						{ fromLevel: 2, effort: 'medium', references: ['todo-ospo-maturity'] },
						{ fromLevel: 3, effort: 'medium', references: ['todo-ospo-maturity'] }
					]
				}
			]
		},
		{
			id: 'communities',
			questions: [
				{
					id: 'communities.project-segments',
					weight: 2,
					owner: 'ospo',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['census-ii', 'oss-one-person'] },
						{
							fromLevel: 1,
							effort: 'medium',
							references: ['chaoss-contributor-absence', 'chaoss-elephant-factor']
						},
						{
							fromLevel: 2,
							effort: 'medium',
							references: ['chaoss-elephant-factor', 'chaoss-contributor-absence', 'chaoss']
						},
						{ fromLevel: 3, effort: 'medium', references: ['chaoss', 'census-ii'] }
					]
				},
				{
					id: 'communities.concentration-risk',
					weight: 3,
					owner: 'ciso',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['scorecard', 'oss-one-person'] },
						{
							fromLevel: 1,
							effort: 'medium',
							references: [
								'chaoss-contributor-absence',
								'chaoss-elephant-factor',
								'concise-guide-evaluating'
							]
						},
						{ fromLevel: 2, effort: 'medium', references: ['chaoss', 'scorecard'] },
						{ fromLevel: 3, effort: 'large', references: ['tidelift-2024', 'github-sponsors'] }
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
					]
				},
				{
					id: 'communities.tailored-engagement',
					weight: 3,
					owner: 'ospo',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
						{
							fromLevel: 1,
							effort: 'medium',
							references: ['concise-guide-collaborating', 'orcwg-cra-hub', 'github-sponsors']
						},
						{ fromLevel: 2, effort: 'medium', references: ['concise-guide-collaborating'] },
						{ fromLevel: 3, effort: 'medium', references: ['todo-ospo-maturity'] }
					]
				},
				{
					id: 'communities.supply-channels',
					weight: 1,
					owner: 'engineering',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['s2c2f'] },
						{ fromLevel: 1, effort: 'medium', references: ['s2c2f', 'slsa'] },
						{ fromLevel: 2, effort: 'medium', references: ['s2c2f', 'slsa'] },
						{ fromLevel: 3, effort: 'large', references: ['alpha-omega', 'sovereign-tech-agency'] }
					]
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
							references: ['concise-guide-evaluating', 'orcwg-cra-hub']
						},
						{ fromLevel: 3, effort: 'large', references: ['cra-regulation', 'orcwg-cra-hub'] }
					]
				},
				{
					id: 'partners.engagement-conduct',
					weight: 2,
					owner: 'engineering',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
						{ fromLevel: 1, effort: 'small', references: ['concise-guide-collaborating'] },
						{
							fromLevel: 2,
							effort: 'medium',
							references: ['concise-guide-collaborating', 'chaoss']
						},
						{ fromLevel: 3, effort: 'medium', references: ['concise-guide-collaborating'] }
					]
				},
				{
					id: 'partners.upstream-first',
					weight: 3,
					owner: 'cto',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-collaborating'] },
						{
							fromLevel: 1,
							effort: 'medium',
							references: ['concise-guide-collaborating', 'cra-regulation']
						},
						{ fromLevel: 2, effort: 'medium', references: ['cra-regulation', 's2c2f'] },
						{ fromLevel: 3, effort: 'large', references: ['s2c2f'] }
					]
				},
				{
					id: 'partners.vulnerability-reporting',
					weight: 3,
					owner: 'ciso',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['cvd-finder-guide', 'cra-regulation'] },
						{ fromLevel: 1, effort: 'medium', references: ['cvd-finder-guide'] },
						{ fromLevel: 2, effort: 'medium', references: ['cra-regulation', 'cvd-finder-guide'] },
						{ fromLevel: 3, effort: 'large', references: ['cvd-maintainer-guide', 'cve-program'] }
					]
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
						{ fromLevel: 3, effort: 'medium', references: ['thanks-dev', 'foss-contributor-fund'] }
					]
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
					]
				},
				{
					id: 'bedrock.health-monitoring',
					weight: 2,
					owner: 'engineering',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['scorecard', 'deps-dev'] },
						{ fromLevel: 1, effort: 'medium', references: ['scorecard', 'chaoss'] },
						{
							fromLevel: 2,
							effort: 'medium',
							references: ['chaoss', 'chaoss-contributor-absence']
						},
						{
							fromLevel: 3,
							effort: 'medium',
							references: ['osps-baseline', 'concise-guide-collaborating']
						}
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
						{ fromLevel: 3, effort: 'large', references: ['sovereign-tech-agency', 'alpha-omega'] }
					]
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
					]
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
					]
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
					]
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
						{ fromLevel: 3, effort: 'large', references: ['tidelift-2024'] }
					]
				},
				{
					id: 'never-free.funding-channels',
					weight: 2,
					owner: 'finance',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['github-sponsors', 'open-collective'] },
						{
							fromLevel: 1,
							effort: 'small',
							references: ['open-source-collective', 'open-collective']
						},
						{ fromLevel: 2, effort: 'medium', references: ['thanks-dev', 'foss-contributor-fund'] },
						{ fromLevel: 3, effort: 'large', references: ['sovereign-tech-agency', 'nlnet'] }
					]
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
					]
				}
			]
		},
		{
			id: 'due-diligence',
			questions: [
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
					]
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
							references: ['cra-regulation', 'concise-guide-evaluating']
						},
						{ fromLevel: 2, effort: 'medium', references: ['cra-regulation', 'cpansec'] },
						{ fromLevel: 3, effort: 'large', references: ['orcwg-cra-hub', 'open-source-pledge'] }
					]
				},
				{
					id: 'due-diligence.reassessment',
					weight: 2,
					owner: 'engineering',
					nextSteps: [
						{ fromLevel: 0, effort: 'small', references: ['concise-guide-evaluating'] },
						{ fromLevel: 1, effort: 'medium', references: ['concise-guide-evaluating', 's2c2f'] },
						{ fromLevel: 2, effort: 'medium', references: ['scorecard', 'slsa'] },
						{
							fromLevel: 3,
							effort: 'medium',
							references: ['concise-guide-collaborating', 'deps-dev']
						}
					]
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
						{ fromLevel: 2, effort: 'medium', references: ['cpansec', 'osps-baseline'] },
						{ fromLevel: 3, effort: 'large', references: ['alpha-omega', 'sovereign-tech-agency'] }
					]
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
						{ fromLevel: 3, effort: 'medium', references: ['concise-guide-collaborating'] }
					]
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
					]
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
					]
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
							references: ['openssf-social-engineering-alert', 'tidelift-2024']
						},
						{
							fromLevel: 3,
							effort: 'large',
							references: ['tidelift-2024', 'sovereign-tech-agency']
						}
					]
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
						{ fromLevel: 3, effort: 'large', references: ['cra-regulation', 'orcwg-cra-hub'] }
					]
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
						{ fromLevel: 2, effort: 'medium', references: ['osps-baseline', 'chaoss'] },
						{
							fromLevel: 3,
							effort: 'medium',
							references: ['concise-guide-collaborating', 'todo-ospo-maturity']
						}
					]
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
							references: ['concise-guide-collaborating', 'chaoss']
						},
						{
							fromLevel: 2,
							effort: 'medium',
							references: ['todo-ospo-maturity', 'concise-guide-collaborating']
						},
						{ fromLevel: 3, effort: 'large', references: ['todo-ospo-maturity', 'chaoss'] }
					]
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
						{ fromLevel: 2, effort: 'large', references: ['alpha-omega', 'sovereign-tech-agency'] },
						{
							fromLevel: 3,
							effort: 'large',
							references: ['sovereign-tech-agency', 'nlnet', 'alpha-omega']
						}
					]
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
					]
				}
			]
		}
	]
};
