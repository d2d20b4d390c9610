/**
 * The quality fields and which guideline requires which. No imports: the page imports this for
 * its tables without pulling in the parsers, zod or packageurl-js, which only the worker needs.
 * The guidelines, with versions and sources, are cited in quality.ts and docs/sbom.md.
 */

/** Component-level quality fields: the count of components that have each. */
export const QUALITY_FIELDS = [
	'supplier',
	'supplierContact',
	'name',
	'version',
	'uniqueId',
	'dependencies',
	'hash',
	'sha512',
	'licence'
] as const;
export type QualityField = (typeof QUALITY_FIELDS)[number];

/** Document-level checks: the count of files that pass each. */
export const DOCUMENT_CHECKS = [
	'author',
	'authorContact',
	'timestamp',
	'sbomUri',
	'formatVersion',
	'topLevelDependencies'
] as const;
export type DocumentCheck = (typeof DOCUMENT_CHECKS)[number];

export type QualityItem = QualityField | DocumentCheck;

export function isDocumentCheck(item: QualityItem): item is DocumentCheck {
	return (DOCUMENT_CHECKS as readonly string[]).includes(item);
}

export type Guideline = 'ntia' | 'bsi';
export const GUIDELINES: readonly Guideline[] = ['ntia', 'bsi'];

/**
 * NTIA, Minimum Elements (2021): supplier, name, version, other unique identifiers, dependency
 * relationship (at least the top level), author of SBOM data, timestamp.
 * BSI TR-03183-2 v2.1.0: §5.2.1 creator (e-mail or URL), timestamp, SBOM-URI; §5.2.2 per
 * component creator (e-mail or URL), name, version, dependencies, distribution licences, SHA-512
 * hash, other unique identifiers; §4 CycloneDX 1.6+ or SPDX 3.0.1+.
 */
export const REQUIRED: Record<Guideline, { fields: QualityField[]; document: DocumentCheck[] }> = {
	ntia: {
		fields: ['supplier', 'name', 'version', 'uniqueId'],
		document: ['author', 'timestamp', 'topLevelDependencies']
	},
	bsi: {
		fields: ['supplierContact', 'name', 'version', 'uniqueId', 'dependencies', 'sha512', 'licence'],
		document: ['authorContact', 'timestamp', 'sbomUri', 'formatVersion']
	}
};

/** The guidelines that require an item (none for the purely informative "hash"). */
export function requiredBy(item: QualityItem): Guideline[] {
	return GUIDELINES.filter((guideline) => {
		const required = REQUIRED[guideline];
		return (
			(required.fields as readonly string[]).includes(item) ||
			(required.document as readonly string[]).includes(item)
		);
	});
}
