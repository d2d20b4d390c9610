/**
 * What the export buttons do: build the file and hand it to the browser as a download. The code of
 * each format loads when the user asks for it (most visits never export), so pages import only
 * this small module. The caller runs these through a LazyAction, which shows a message with a
 * retry when a format's code cannot be loaded.
 */
import type { Assessment } from '$lib/assessment/model';
import type { PrincipleSource } from '$lib/framework/types';
import type { Snapshot } from '$lib/storage/envelope';
import type { RelatedLookup } from './plan-csv';
import type { PlanRow, Translate } from './plan';
import type { WorkbookInput } from './workbook';

async function save(
	name: string,
	ext: 'md' | 'csv' | 'json',
	text: string,
	type: string,
	variant?: 'jira'
) {
	const [{ downloadText }, { exportFilename }] = await Promise.all([
		import('$lib/download'),
		import('./filename')
	]);
	downloadText(exportFilename(name, new Date(), ext, variant), text, type);
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
	const [{ exportMeta, planToMarkdown }, related] = await Promise.all([
		import('./markdown'),
		relatedLookup(t)
	]);
	const meta = exportMeta(principles, assessment, frameworkVersion);
	const text = planToMarkdown(rows, meta, t, locale, related);
	await save(assessment.name, 'md', text, 'text/markdown;charset=utf-8');
}

/** The plan as a spreadsheet (CSV, UTF-8 with BOM). */
export async function downloadCsv(
	assessment: Assessment,
	rows: readonly PlanRow[],
	t: Translate,
	locale: string
): Promise<void> {
	const [{ planToCsv }, related] = await Promise.all([import('./plan-csv'), relatedLookup(t)]);
	const csv = planToCsv(rows, t, locale, related);
	await save(assessment.name, 'csv', csv, 'text/csv;charset=utf-8');
}

/** A full backup (every assessment and snapshot), named after `name` ('all' on the home page). */
export async function downloadBackup(
	name: string,
	assessments: readonly Assessment[],
	snapshots: readonly Snapshot[]
): Promise<void> {
	const { fullBackupText } = await import('./full-backup');
	await save(name, 'json', await fullBackupText(assessments, snapshots), 'application/json');
}

/** The open plan items as a CSV for Jira's importer, with a link back to the live result. */
export async function downloadJira(
	assessment: Assessment,
	rows: readonly PlanRow[],
	frameworkVersion: string,
	resultPage: string,
	t: Translate
): Promise<void> {
	const [{ planToJiraCsv }, { resultLink }] = await Promise.all([
		import('./jira'),
		import('./result-link'),
		loadFeatureMessages(['tracker'])
	]);
	const link = resultLink(assessment, resultPage);
	const csv = planToJiraCsv(rows, { name: assessment.name, frameworkVersion, resultLink: link }, t);
	await save(assessment.name, 'csv', csv, 'text/csv;charset=utf-8', 'jira');
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook for auditors: summary, every answer, the plan. */
export async function downloadWorkbook(
	input: Omit<WorkbookInput, 'exportedAt'>,
	t: Translate
): Promise<void> {
	const [{ planToWorkbook }, { exportFilename }, { downloadBytes }, related] = await Promise.all([
		import('./workbook'),
		import('./filename'),
		import('$lib/download'),
		relatedLookup(t),
		loadFeatureMessages(['tracker'])
	]);
	const now = new Date();
	const bytes = planToWorkbook({ ...input, exportedAt: now, mappings: related }, t);
	downloadBytes(exportFilename(input.assessment.name, now, 'xlsx'), bytes, XLSX_TYPE);
}

function loadFeatureMessages(features: ['tracker']): Promise<void> {
	return import('$lib/i18n/features').then((module) => module.loadFeatureMessages(features));
}

/** What each question relates to (CRA, S2C2F, …), from the relation catalogues (loaded here). */
async function relatedLookup(t: Translate): Promise<RelatedLookup> {
	const { relatedLabels } = await import('$lib/framework/page-relations');
	return (questionId) => relatedLabels(questionId, (key) => t(key));
}
