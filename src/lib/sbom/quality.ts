/**
 * SBOM quality against two guidelines, field by field:
 *
 * - NTIA, "The Minimum Elements For a Software Bill of Materials (SBOM)", U.S. Department of
 *   Commerce, 12 July 2021
 *   (https://www.ntia.gov/sites/default/files/publications/sbom_minimum_elements_report_0.pdf).
 *   Data fields: supplier name, component name, version, other unique identifiers, dependency
 *   relationship, author of SBOM data, timestamp. For dependencies, "at a minimum, all top-level
 *   dependencies must be listed", so NTIA is judged on the product's direct dependencies.
 * - BSI TR-03183-2, "Cyber Resilience Requirements for Manufacturers and Products, Part 2:
 *   Software Bill of Materials (SBOM)", version 2.1.0 of 20 August 2025
 *   (https://www.bsi.bund.de/dok/TR-03183-en).
 *   Required (§5.2.1) for the SBOM: creator with an e-mail address or URL, timestamp, SBOM-URI;
 *   (§5.2.2) for each component: creator with e-mail or URL, name, version, dependencies,
 *   distribution licences, SHA-512 hash of the deployable component, other unique identifiers
 *   (CPE, SWID or PURL). §4 asks for CycloneDX 1.6 or later, or SPDX 3.0.1 or later.
 *   Not checked here (the report says so): filename, executable/archive/structured properties,
 *   source-code and deployable-form URIs, and the split of concluded and declared licences.
 *   Licences and SHA-512 hashes are counted wherever the file gives them (component hashes or a
 *   distribution reference), which is more lenient than BSI's field mapping.
 *
 * Verdict per guideline: "meets" when every required field is there for every component and
 * every required document field is present; "fails" when a required document field is missing
 * or a required component field is there for fewer than half of the components; "gaps" otherwise.
 * docs/sbom.md explains the mapping to CycloneDX and SPDX fields.
 */
import type { Graph } from './graph';
import { fanOut } from './graph';
import type { SbomDocument } from './model';
import { parsePurl } from './purl';
import { DOCUMENT_CHECKS, QUALITY_FIELDS, type DocumentCheck, type QualityField } from './fields';
import type { QualityCounts } from './figures';

export { REQUIRED, requiredBy, type Guideline } from './fields';
// The figures' arithmetic lives in figures.ts, which the stored summaries' evidence uses alone.
export { addQuality, fixFirst, share, summarizeQuality, verdict } from './figures';
export type { QualityCounts } from './figures';

function isDateTime(value: string | undefined): boolean {
	return !!value && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}

/** Whether the format version is one BSI TR-03183-2 v2.1.0 accepts (§4). */
export function isCurrentFormat(document: Pick<SbomDocument, 'format' | 'specVersion'>): boolean {
	if (document.format === 'spdx') return false; // SPDX 2.x; BSI asks for 3.0.1 or later.
	const [major, minor] = document.specVersion.split('.').map(Number);
	return major! > 1 || (major === 1 && minor! >= 6);
}

export function countQuality(document: SbomDocument, graph: Graph): QualityCounts {
	const fields = Object.fromEntries(QUALITY_FIELDS.map((f) => [f, 0])) as Record<
		QualityField,
		number
	>;
	document.components.forEach((component, index) => {
		if (component.supplier) fields.supplier++;
		if (component.supplierContact) fields.supplierContact++;
		if (component.name.trim()) fields.name++;
		if (component.version) fields.version++;
		if ((component.purl && parsePurl(component.purl)) || component.otherId) fields.uniqueId++;
		if (document.inGraph[index]) fields.dependencies++;
		if (component.hashes.length > 0) fields.hash++;
		if (component.hashes.includes('SHA512')) fields.sha512++;
		if (component.licences.length > 0) fields.licence++;
	});
	const checks: Record<DocumentCheck, boolean> = {
		author: document.authors.length > 0,
		authorContact: document.authors.some((author) => author.contact),
		timestamp: isDateTime(document.timestamp),
		sbomUri: !!document.uri,
		formatVersion: isCurrentFormat(document),
		topLevelDependencies: document.roots.some((root) => fanOut(graph, root) > 0)
	};
	return {
		components: document.components.length,
		files: 1,
		fields,
		document: Object.fromEntries(DOCUMENT_CHECKS.map((c) => [c, checks[c] ? 1 : 0])) as Record<
			DocumentCheck,
			number
		>
	};
}
