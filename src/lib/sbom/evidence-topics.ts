/**
 * Which questions of the question bank (1.1) the stored SBOM summaries inform, and as what. A
 * module of its own without imports: every question card reads it, and the evidence code itself
 * (evidence.ts, the panel) loads only when summaries are stored.
 */
/**
 * - inventory: what the SBOMs list and how deep (commons.dependency-inventory);
 * - channels: the ecosystems and registries components come from (communities.supply-channels);
 * - concentration: the components to count maintainers for first (communities.concentration-risk);
 * - bedrock: what most of the graph rests on, and the long tail beneath (bedrock.*);
 * - diligence: whether the SBOMs are good enough to rely on (due-diligence.*).
 */
export type SbomTopic = 'inventory' | 'channels' | 'concentration' | 'bedrock' | 'diligence';

export const SBOM_TOPICS: Readonly<Record<string, SbomTopic>> = {
	'commons.dependency-inventory': 'inventory',
	'communities.supply-channels': 'channels',
	'communities.concentration-risk': 'concentration',
	'bedrock.risk-prioritization': 'bedrock',
	'bedrock.long-tail': 'bedrock',
	'due-diligence.intake-criteria': 'diligence',
	'due-diligence.evidence-record': 'diligence'
};
