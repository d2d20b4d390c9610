/**
 * The action plan as CSV (see csv.ts for the format): one row per recommendation, excluded ones
 * included, so a sheet can be filtered rather than having rows silently missing.
 */
import { csvDocument } from './csv';
import type { PlanRow, Translate } from './plan';
import { planTextCells } from './plan-labels';

const COLUMNS = [
	'priority',
	'principle',
	'question',
	'current',
	'target',
	'step',
	'effort',
	'role',
	'owner',
	'due',
	'status',
	'included',
	'references',
	'note',
	'relates_to'
] as const;

/** What a question relates to (the CRA, S2C2F, …), as labels; see framework/page-relations.ts. */
export type RelatedLookup = (questionId: string) => readonly string[];

/**
 * `_locale` is unused today: every text arrives translated and dates stay ISO. It is part of the
 * signature so that all exporters are called alike, and so a later column (a localized number)
 * needs no change at the call sites.
 */
export function planToCsv(
	plan: readonly PlanRow[],
	t: Translate,
	_locale: string,
	related?: RelatedLookup
): string {
	const header = COLUMNS.map((column) => t(`export.csv.${column}`));
	const rows = plan.map((row) => [
		row.rank,
		...planTextCells(row, t),
		row.owner,
		// ISO dates whatever the locale: every spreadsheet program parses them as dates.
		row.due,
		row.statusName,
		row.included ? t('export.yes') : t('export.no'),
		row.references.map((reference) => `${reference.title} <${reference.url}>`).join('; '),
		row.note,
		(related?.(row.questionId) ?? []).join('; ')
	]);
	return csvDocument([header, ...rows]);
}
