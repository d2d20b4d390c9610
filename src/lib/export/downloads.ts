/**
 * What the export buttons do: build the file and hand it to the browser as a download. The code of
 * each format loads when the user asks for it (most visits never export), so pages import only
 * this small module. The caller runs these through a LazyAction, which shows a message with a
 * retry when a format's code cannot be loaded.
 */
import type { Assessment } from '$lib/assessment/model';
import type { PrincipleSource } from '$lib/framework/types';
import type { Snapshot } from '$lib/storage/envelope';
import type { PlanRow, Translate } from './plan';

async function save(name: string, ext: 'md' | 'csv' | 'json', text: string, type: string) {
	const [{ downloadText }, { exportFilename }] = await Promise.all([
		import('$lib/download'),
		import('./filename')
	]);
	downloadText(exportFilename(name, new Date(), ext), text, type);
}

/** The plan as a Markdown checklist. */
export async function downloadMarkdown(
	principles: readonly PrincipleSource[],
	assessment: Assessment,
	rows: readonly PlanRow[],
	frameworkVersion: string,
	t: Translate,
	locale: string
): Promise<void> {
	const { exportMeta, planToMarkdown } = await import('./markdown');
	const meta = exportMeta(principles, assessment, frameworkVersion);
	const text = planToMarkdown(rows, meta, t, locale);
	await save(assessment.name, 'md', text, 'text/markdown;charset=utf-8');
}

/** The plan as a spreadsheet (CSV, UTF-8 with BOM). */
export async function downloadCsv(
	assessment: Assessment,
	rows: readonly PlanRow[],
	t: Translate,
	locale: string
): Promise<void> {
	const { planToCsv } = await import('./csv');
	await save(assessment.name, 'csv', planToCsv(rows, t, locale), 'text/csv;charset=utf-8');
}

/** A full backup (every assessment and snapshot), named after `name` ('all' on the home page). */
export async function downloadBackup(
	name: string,
	assessments: readonly Assessment[],
	snapshots: readonly Snapshot[]
): Promise<void> {
	const { createBackup, serializeBackup } = await import('./backup');
	await save(
		name,
		'json',
		serializeBackup(createBackup(assessments, snapshots)),
		'application/json'
	);
}
