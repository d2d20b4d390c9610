/**
 * The action plan as a CSV for Jira's CSV importer (Jira Cloud: "Import data from a CSV file",
 * support.atlassian.com/jira-cloud-administration/docs/import-data-from-a-csv-file/, and the
 * bulk "Create issues using the CSV importer"). The header names are Jira's field names, in
 * English whatever the app's language, so the importer matches every column to its field:
 *
 *   Summary, Description, Labels, Labels, Labels, Due Date, Assignee, Priority
 *
 * - Labels: one column per label, all named "Labels", which is how the importer takes several
 *   values for one field. These labels have no spaces, which Jira labels cannot hold.
 * - Due Date: ISO `yyyy-MM-dd`; set the importer's "Date format" to `yyyy-MM-dd`.
 * - Assignee: the owner as typed. Jira matches users by email address; other text is mapped to
 *   a user (or left unassigned) in the importer's value-mapping step.
 * - Priority: Jira's default priority names, from the plan's priority (weight × gap).
 *
 * Only items that are in the plan and not done become issues. The file is written by csv.ts
 * (BOM, CRLF, RFC 4180 quoting, spreadsheet formulas neutralized), like the plan's own CSV.
 *
 * The description is plain text that reads the same whether Jira renders it as wiki markup or
 * not: catalogue text has no markup characters (a test checks every locale), and text users
 * typed has the characters that start wiki effects escaped.
 */
import { csvDocument } from './csv';
import type { PlanRow, Translate } from './plan';
import { levelName, principleName } from './plan-labels';
import { issueLabels, type IssueContext } from './tracker';

export const JIRA_HEADER = [
	'Summary',
	'Description',
	'Labels',
	'Labels',
	'Labels',
	'Due Date',
	'Assignee',
	'Priority'
] as const;

/** Present on every imported issue, so a team can find them all. */
export const JIRA_APP_LABEL = 'commons-check';

/** Jira's summary field holds at most 255 characters. */
const MAX_SUMMARY = 255;

/**
 * Jira's default priorities from weight × gap (1–12): a gap of 3 or more on an essential
 * practice is Highest; one level on a useful practice is Lowest.
 */
export function jiraPriority(priority: number): 'Highest' | 'High' | 'Medium' | 'Low' | 'Lowest' {
	if (priority >= 9) return 'Highest';
	if (priority >= 6) return 'High';
	if (priority >= 3) return 'Medium';
	if (priority >= 2) return 'Low';
	return 'Lowest';
}

/**
 * User text for a Jira description line: one line, and the characters that start wiki markup
 * effects, links, macros or tables escaped (a hyphen only where it could start strikethrough).
 */
export function escapeJira(text: string): string {
	return text
		.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
		.replace(/[\\*_+^~?{}[\]|!#]/g, '\\$&')
		.replace(/(^|\s)-/g, '$1\\-');
}

function description(row: PlanRow, context: IssueContext, t: Translate): string {
	const owner = row.owner
		? t('export.markdown.owner_with_role', {
				values: { owner: escapeJira(row.owner), role: row.ownerRoleName }
			})
		: row.ownerRoleName;
	const name = context.name.trim() ? escapeJira(context.name.trim()) : t('export.untitled');
	const lines = [
		`${t('tracker.body.question')} ${row.questionText}`,
		`${t('tracker.body.levels')} ${levelName(row, t, 'current')} → ${levelName(row, t, 'target')}`,
		`${t('tracker.body.step')} ${row.step}`,
		`${t('tracker.body.principle')} ${principleName(row, t)}`,
		`${t('tracker.body.effort')} ${row.effortName}`,
		`${t('tracker.body.owner')} ${owner}`
	];
	if (row.references.length) {
		lines.push(
			t('tracker.body.sources'),
			...row.references.flatMap((reference) => [`- ${reference.title}`, `  ${reference.url}`])
		);
	}
	lines.push('', t('tracker.body.footer', { values: { name, version: context.frameworkVersion } }));
	if (context.resultLink) lines.push(t('tracker.body.result_link'), context.resultLink);
	return lines.join('\n');
}

function summary(row: PlanRow): string {
	const points = Array.from(row.questionText.replace(/\s+/g, ' ').trim());
	return points.length > MAX_SUMMARY
		? points.slice(0, MAX_SUMMARY - 1).join('') + '…'
		: points.join('');
}

/** The rows Jira gets: in the plan and not done yet, in priority order. */
export function jiraRows(plan: readonly PlanRow[]): PlanRow[] {
	return plan.filter((row) => row.included && row.status !== 'done');
}

export function planToJiraCsv(
	plan: readonly PlanRow[],
	context: IssueContext,
	t: Translate
): string {
	const records = jiraRows(plan).map((row) => {
		const [principleLabel, effortLabel] = issueLabels(row);
		return [
			summary(row),
			description(row, context, t),
			JIRA_APP_LABEL,
			principleLabel ?? '',
			effortLabel ?? '',
			row.due,
			row.owner,
			jiraPriority(row.priority)
		];
	});
	return csvDocument([[...JIRA_HEADER], ...records]);
}
