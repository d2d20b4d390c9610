/**
 * The glossary: terms the question bank uses, each with a precise definition and the public sources
 * it rests on. Term and definition are the messages `glossary.<id>.term` and
 * `glossary.<id>.definition` (lazy/<locale>/glossary.json, loaded by the pages that show terms); sources are ids of the reference
 * catalogue. Each question lists the terms its text uses (`glossary` in relations.ts), so the app can
 * explain a term where it first appears on a page. Ids are stable once published.
 */
export interface GlossaryEntry {
	/** kebab-case id. */
	id: string;
	/** Ids in the reference catalogue (references.ts); at least one. */
	sources: readonly string[];
}

export const glossary: readonly GlossaryEntry[] = [
	{ id: 'cra', sources: ['cra-regulation'] },
	{ id: 'manufacturer', sources: ['cra-regulation', 'orcwg-cra-hub'] },
	{ id: 'open-source-steward', sources: ['cra-regulation', 'orcwg-steward-obligations'] },
	{ id: 'due-diligence', sources: ['cpansec', 'cra-regulation'] },
	{ id: 'due-care', sources: ['cpansec'] },
	{ id: 'support-period', sources: ['cra-regulation'] },
	{ id: 'technical-documentation', sources: ['cra-regulation'] },
	{ id: 'actively-exploited-vulnerability', sources: ['cra-regulation'] },
	{ id: 'sbom', sources: ['cra-regulation', 'bsi-tr-03183'] },
	{ id: 'cyclonedx', sources: ['cyclonedx'] },
	{ id: 'spdx', sources: ['spdx'] },
	{ id: 'purl', sources: ['purl-spec'] },
	{ id: 'sca', sources: ['s2c2f'] },
	{ id: 'vex', sources: ['osps-baseline', 'cyclonedx'] },
	{ id: 'transitive-dependency', sources: ['chaoss-libyear'] },
	{ id: 'long-tail', sources: ['oss-one-person'] },
	{ id: 'upstream', sources: ['s2c2f', 'concise-guide-collaborating'] },
	{ id: 'fork', sources: ['concise-guide-collaborating'] },
	{ id: 'ci', sources: ['osps-baseline'] },
	{ id: 'fuzzing', sources: ['oss-fuzz', 'scorecard'] },
	{ id: 'cvd', sources: ['cvd-finder-guide', 'cra-regulation'] },
	{ id: 'psirt', sources: ['first-psirt'] },
	{ id: 'cve', sources: ['cve-program'] },
	{ id: 'cna', sources: ['cve-program', 'cpansec'] },
	{ id: 'security-txt', sources: ['rfc-9116'] },
	{ id: 'dco', sources: ['dco', 'osps-baseline'] },
	{ id: 'cla', sources: ['concise-guide-collaborating'] },
	{ id: 'ospo', sources: ['todo-ospo-maturity'] },
	{ id: 'tco', sources: ['value-of-oss', 'cpansec'] },
	{ id: 'fiscal-host', sources: ['open-source-collective'] },
	{ id: 'libyear', sources: ['chaoss-libyear'] },
	{ id: 's2c2f', sources: ['s2c2f'] },
	{ id: 'osps-baseline', sources: ['osps-baseline', 'concise-guide-collaborating'] },
	{ id: 'scorecard', sources: ['scorecard', 'deps-dev'] },
	{ id: 'contributor-absence-factor', sources: ['chaoss-contributor-absence'] },
	{ id: 'elephant-factor', sources: ['chaoss-elephant-factor'] }
];

export const glossaryTermKey = (id: string) => `glossary.${id}.term`;
export const glossaryDefinitionKey = (id: string) => `glossary.${id}.definition`;

const index = new Map(glossary.map((entry) => [entry.id, entry]));

export function glossaryEntry(id: string): GlossaryEntry | undefined {
	return index.get(id);
}
