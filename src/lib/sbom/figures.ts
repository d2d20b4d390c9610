/**
 * The quality figures' arithmetic: adding files up, shares, the verdict per guideline and what to
 * fix first (the rules and sources are in quality.ts and docs/sbom.md). No imports beyond the
 * field lists, so the stored summaries' evidence (evidence.ts) uses it without the parsers.
 */
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

/** The quality figures of one or more files, before the verdicts. */
export interface QualityCounts {
	/** Components counted (the product included). */
	components: number;
	files: number;
	fields: Record<QualityField, number>;
	document: Record<DocumentCheck, number>;
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
