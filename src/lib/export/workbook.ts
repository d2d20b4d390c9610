/**
 * The workbook for auditors (ISO 27001, CRA due-diligence files): three sheets in the user's
 * language, written by xlsx.ts.
 *
 * - Summary: organization, export date, framework version and overall score above a table of
 *   every principle with its score, maturity band, target and completeness.
 * - Answers: every question of the framework with the answer given (level and that level's
 *   description, or not applicable with its reason, or don't know), notes, evidence link, owner
 *   role, weight, and mappings (to CRA articles and the like) when the framework provides them:
 *   the caller passes a lookup, and until framework 1.1 the column stays empty.
 * - Action plan: the plan's rows as in the CSV export, with the due date as a real date.
 *
 * Pure: the caller passes the translator and the date, as for the other exports.
 */
import type { Assessment } from '$lib/assessment/model';
import { scoreAssessment } from '$lib/assessment/scoring';
import {
	bandNameKey,
	levelKey,
	principleTitleKey,
	questionTextKey,
	roleKey,
	type Level,
	type PrincipleSource
} from '$lib/framework';
import { localIsoDate } from './filename';
import type { PlanRow, Translate } from './plan';
import { planTextCells } from './plan-labels';
import { writeXlsx, type Cell, type CellValue, type Sheet } from './xlsx';

/** Mappings of a question (e.g. "CRA Art. 13(5)"); undefined or empty when it has none. */
export type MappingLookup = (questionId: string) => readonly string[] | undefined;

export interface WorkbookInput {
	assessment: Assessment;
	principles: readonly PrincipleSource[];
	frameworkVersion: string;
	plan: readonly PlanRow[];
	exportedAt: Date;
	mappings?: MappingLookup;
}

const PLAN_COLUMNS = [
	['priority', 9, 'number'],
	['principle', 28, 'wrap'],
	['question', 48, 'wrap'],
	['current', 16, 'wrap'],
	['target', 16, 'wrap'],
	['step', 60, 'wrap'],
	['effort', 11, 'text'],
	['role', 18, 'wrap'],
	['owner', 24, 'wrap'],
	['due', 13, 'date'],
	['status', 14, 'text'],
	['included', 11, 'text'],
	['references', 60, 'wrap'],
	['note', 48, 'wrap']
] as const;

function principleLabel(t: Translate, number: number, principle: PrincipleSource): string {
	return t('plan.principle', { values: { number, title: t(principleTitleKey(principle.id)) } });
}

function summarySheet(input: WorkbookInput, t: Translate): Sheet {
	const { assessment, principles } = input;
	const scores = scoreAssessment(principles, assessment.answers, assessment.targets);
	const band = (level: Level | null) =>
		level === null ? t('tracker.workbook.not_assessed') : t(bandNameKey(level));
	const score = (value: number | null): Cell => ({ value, style: 'decimal' });
	return {
		name: t('tracker.workbook.sheet_summary'),
		table: 'Summary',
		preamble: [
			[t('tracker.workbook.organization'), assessment.name.trim() || t('export.untitled')],
			[t('tracker.workbook.exported'), { date: localIsoDate(input.exportedAt) }],
			[t('tracker.workbook.framework_version'), input.frameworkVersion],
			[t('tracker.workbook.overall'), score(scores.overallRounded), band(scores.overallBand)],
			[]
		],
		columns: [
			{ header: t('tracker.workbook.principle'), width: 52, style: 'wrap' },
			{ header: t('tracker.workbook.score'), width: 12, style: 'decimal' },
			{ header: t('tracker.workbook.band'), width: 16 },
			{ header: t('tracker.workbook.target'), width: 14, style: 'number' },
			{ header: t('tracker.workbook.answered'), width: 14, style: 'number' },
			{ header: t('tracker.workbook.questions'), width: 12, style: 'number' }
		],
		rows: scores.principles.map((row, index) => [
			principleLabel(t, index + 1, principles[index]!),
			row.rounded,
			band(row.band),
			row.target,
			row.answered,
			row.total
		])
	};
}

function answersSheet(input: WorkbookInput, t: Translate): Sheet {
	const { assessment, principles, mappings } = input;
	const rows: CellValue[][] = [];
	principles.forEach((principle, index) => {
		for (const question of principle.questions) {
			const answer = assessment.answers[question.id];
			const choice = answer?.choice;
			const level = typeof choice === 'number' ? choice : null;
			const answerName =
				level !== null
					? t(bandNameKey(level))
					: choice === 'na'
						? t('tracker.workbook.not_applicable')
						: choice === 'unknown'
							? t('plan.dont_know')
							: t('tracker.workbook.not_answered');
			rows.push([
				principleLabel(t, index + 1, principle),
				question.id,
				t(questionTextKey(question.id)),
				level,
				answerName,
				level !== null ? t(levelKey(question.id, level)) : null,
				choice === 'na' ? (answer?.naReason ?? null) : null,
				answer?.note ?? null,
				answer?.evidence ?? null,
				t(roleKey(question.owner)),
				question.weight,
				(mappings?.(question.id) ?? []).join('; ') || null
			]);
		}
	});
	return {
		name: t('tracker.workbook.sheet_answers'),
		table: 'Answers',
		columns: [
			{ header: t('tracker.workbook.principle'), width: 28, style: 'wrap' },
			{ header: t('tracker.workbook.question_id'), width: 30 },
			{ header: t('tracker.workbook.question'), width: 52, style: 'wrap' },
			{ header: t('tracker.workbook.level'), width: 8, style: 'number' },
			{ header: t('tracker.workbook.answer'), width: 16, style: 'wrap' },
			{ header: t('tracker.workbook.level_description'), width: 52, style: 'wrap' },
			{ header: t('tracker.workbook.na_reason'), width: 32, style: 'wrap' },
			{ header: t('tracker.workbook.notes'), width: 48, style: 'wrap' },
			{ header: t('tracker.workbook.evidence'), width: 36, style: 'wrap' },
			{ header: t('tracker.workbook.owner_role'), width: 18, style: 'wrap' },
			{ header: t('tracker.workbook.weight'), width: 9, style: 'number' },
			{ header: t('tracker.workbook.mappings'), width: 30, style: 'wrap' }
		],
		rows
	};
}

function planSheet(input: WorkbookInput, t: Translate): Sheet {
	return {
		name: t('tracker.workbook.sheet_plan'),
		table: 'Plan',
		columns: PLAN_COLUMNS.map(([key, width, style]) => ({
			header: t(`export.csv.${key}`),
			width,
			style
		})),
		rows: input.plan.map((row) => [
			row.rank,
			...planTextCells(row, t),
			row.owner || null,
			row.due ? { date: row.due } : null,
			row.statusName,
			row.included ? t('export.yes') : t('export.no'),
			row.references.map((reference) => `${reference.title} <${reference.url}>`).join('\n') || null,
			row.note || null
		])
	};
}

export function workbookSheets(input: WorkbookInput, t: Translate): Sheet[] {
	return [summarySheet(input, t), answersSheet(input, t), planSheet(input, t)];
}

/** The .xlsx file's bytes. */
export function planToWorkbook(input: WorkbookInput, t: Translate): Uint8Array {
	const name = input.assessment.name.trim();
	return writeXlsx(workbookSheets(input, t), {
		title: name ? t('tracker.title_plan', { values: { name } }) : t('tracker.title_plan_untitled'),
		created: input.exportedAt
	});
}
