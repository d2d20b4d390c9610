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
import {
	DOCUMENT_CHECKS,
	QUALITY_FIELDS,
	REQUIRED,
	requiredBy,
	type DocumentCheck,
	type Guideline,
	type QualityField,
	type QualityItem
} from './fields';
import type { QualitySummary, Verdict } from './summary';

export { REQUIRED, requiredBy, type Guideline } from './fields';

/** The quality figures of one or more files, before the verdicts. */
export interface QualityCounts {
	/** Components counted (the product included). */
	components: number;
	files: number;
	fields: Record<QualityField, number>;
	document: Record<DocumentCheck, number>;
}

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

/** Adds up the figures of several files. */
export function addQuality(parts: readonly QualityCounts[]): QualityCounts {
	const total: QualityCounts = {
		components: 0,
		files: 0,
		fields: Object.fromEntries(QUALITY_FIELDS.map((f) => [f, 0])) as Record<QualityField, number>,
		document: Object.fromEntries(DOCUMENT_CHECKS.map((c) => [c, 0])) as Record<
			DocumentCheck,
			number
		>
	};
	for (const part of parts) {
		total.components += part.components;
		total.files += part.files;
		for (const field of QUALITY_FIELDS) total.fields[field] += part.fields[field];
		for (const check of DOCUMENT_CHECKS) total.document[check] += part.document[check];
	}
	return total;
}

/** Share of components (fields) or files (document checks) that have an item, 0–1. */
export function share(counts: QualityCounts, item: QualityItem): number {
	if ((DOCUMENT_CHECKS as readonly string[]).includes(item)) {
		return counts.files === 0 ? 0 : counts.document[item as DocumentCheck] / counts.files;
	}
	return counts.components === 0 ? 0 : counts.fields[item as QualityField] / counts.components;
}

export function verdict(counts: QualityCounts, guideline: Guideline): Verdict {
	const required = REQUIRED[guideline];
	const documentShares = required.document.map((check) => share(counts, check));
	const fieldShares = required.fields.map((field) => share(counts, field));
	if (documentShares.every((s) => s === 1) && fieldShares.every((s) => s === 1)) return 'meets';
	if (documentShares.some((s) => s < 1) || fieldShares.some((s) => s < 0.5)) return 'fails';
	return 'gaps';
}

/**
 * What to fix first: the required items that fall short, most important first. An item both
 * guidelines require comes before one only one of them requires; a document field (one setting
 * of the SBOM generator) before a component field; then the lowest share first.
 */
export function fixFirst(counts: QualityCounts, limit = 5): QualityItem[] {
	const items = [...DOCUMENT_CHECKS, ...QUALITY_FIELDS]
		.map((item, order) => ({
			item,
			order,
			guidelines: requiredBy(item).length,
			document: (DOCUMENT_CHECKS as readonly string[]).includes(item) ? 0 : 1,
			share: share(counts, item)
		}))
		.filter((entry) => entry.guidelines > 0 && entry.share < 1);
	items.sort(
		(a, b) =>
			b.guidelines - a.guidelines ||
			a.document - b.document ||
			a.share - b.share ||
			a.order - b.order
	);
	return items.slice(0, limit).map((entry) => entry.item);
}

export function summarizeQuality(counts: QualityCounts): QualitySummary {
	return {
		components: counts.components,
		files: counts.files,
		fields: { ...counts.fields },
		document: { ...counts.document },
		ntia: verdict(counts, 'ntia'),
		bsi: verdict(counts, 'bsi'),
		fixFirst: fixFirst(counts)
	};
}
