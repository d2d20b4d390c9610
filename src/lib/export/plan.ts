/**
 * The action plan as rows of text, ready for any output (Markdown, CSV, the plan page): the
 * recommendations in priority order, joined with what the team decided about each one (owner,
 * due date, status, excluded) and with every name already translated.
 *
 * Pure: no DOM, no Svelte. The caller passes the translator, so the same code serves the browser
 * (svelte-i18n's `$_`) and the tests (a translator built from the English catalogue).
 */
import { referenceById } from '$lib/framework/references';
import {
	bandNameKey,
	effortKey,
	principleTitleKey,
	questionTextKey,
	referenceKey,
	roleKey,
	stepKey
} from '$lib/framework/keys';
import {
	EFFORTS,
	type Effort,
	type Level,
	type OwnerRole,
	type PrincipleId,
	type PrincipleSource,
	type StepLevel
} from '$lib/framework/types';
import {
	PLAN_STATUSES,
	type Assessment,
	type PlanStatus,
	type Target
} from '$lib/assessment/model';
import { assessmentResult, type AssessmentResult } from '$lib/assessment/result';

/** svelte-i18n's `$_`, reduced to what the export modules use. */
export type Translate = (
	key: string,
	options?: { values?: Record<string, string | number | Date> }
) => string;

export interface PlanReference {
	title: string;
	url: string;
}

export interface PlanRow {
	questionId: string;
	principleId: PrincipleId;
	/** 1-based position of the principle among the principles given to buildPlan. */
	principleNumber: number;
	principleTitle: string;
	questionText: string;
	kind: 'next-step' | 'find-out';
	/** The current level; 0 for "don't know". */
	currentLevel: Level;
	/** The band name of the current level, or "Don't know" for a find-out item. */
	currentName: string;
	target: Target;
	targetName: string;
	/** What to do next; for a find-out item, the find-out sentence followed by the level-0 step. */
	step: string;
	effort: Effort;
	effortName: string;
	ownerRole: OwnerRole;
	ownerRoleName: string;
	/** The person or team assigned in the plan, '' when nobody is. */
	owner: string;
	/** 'YYYY-MM-DD' or ''. */
	due: string;
	/** The due date as a long date in the locale, '' when there is none. */
	dueName: string;
	status: PlanStatus;
	statusName: string;
	/** False when the team took the item out of the plan. */
	included: boolean;
	references: PlanReference[];
	/** The answer's note, '' when there is none. */
	note: string;
	/** weight × (target − level), from recommend(). */
	priority: number;
	/** 1-based position in priority order (1 = do first), as on the results page. */
	rank: number;
}

export interface PlanSummary {
	items: number;
	included: number;
	excluded: number;
	/** Included items of small effort. */
	quickWins: number;
	/** Included items per status and per effort. */
	byStatus: Record<PlanStatus, number>;
	byEffort: Record<Effort, number>;
	/**
	 * Included items per assigned owner (a person or team the user typed), most items first. Only
	 * what the team decided: a suggested role is not an owner.
	 */
	byOwner: { owner: string; count: number }[];
	/** Included items that nobody is assigned to (they have only a suggested role). */
	unassigned: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A 'YYYY-MM-DD' string as a local calendar date. `new Date('2027-03-31')` would be UTC midnight,
 * which is 30 March in every time zone west of Greenwich.
 */
export function parseIsoDate(value: string): Date | null {
	const match = ISO_DATE.exec(value);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(year, month - 1, day);
	// Rejects dates such as 2027-02-30, which Date would roll over into March.
	if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
		return null;
	}
	return date;
}

/** A 'YYYY-MM-DD' string as a long date in the locale ('' when it is not a valid date). */
export function formatIsoDate(value: string, locale: string): string {
	const date = parseIsoDate(value);
	return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date) : '';
}

/** Only https links leave the app in an export; the catalogue promises that, this makes sure. */
function isHttps(url: string): boolean {
	try {
		return new URL(url).protocol === 'https:';
	} catch {
		return false;
	}
}

/**
 * The plan of an assessment. `result` is its scored result when the caller has it already (the
 * page does), so the plan's ranks are the ones the results page shows.
 */
export function buildPlan(
	principles: readonly PrincipleSource[],
	assessment: Assessment,
	t: Translate,
	locale: string,
	result: AssessmentResult = assessmentResult(principles, assessment.answers, assessment.targets)
): PlanRow[] {
	const numbers = new Map(principles.map((principle, index) => [principle.id, index + 1]));
	return result.recommendations.map((item): PlanRow => {
		const entry = assessment.plan[item.questionId] ?? {};
		const answer = assessment.answers[item.questionId] ?? {};
		const findOut = item.kind === 'find-out';
		// recommend() only returns items below a target of at most 4, so the level has a step.
		const level = item.level as StepLevel;
		const levelStep = t(stepKey(item.questionId, level));
		const due = entry.due && parseIsoDate(entry.due) ? entry.due : '';
		const status = entry.status ?? 'todo';
		return {
			questionId: item.questionId,
			principleId: item.principleId,
			principleNumber: numbers.get(item.principleId) ?? 0,
			principleTitle: t(principleTitleKey(item.principleId)),
			questionText: t(questionTextKey(item.questionId)),
			kind: item.kind,
			currentLevel: item.level,
			currentName: findOut ? t('plan.dont_know') : t(bandNameKey(item.level)),
			target: item.target,
			targetName: t(bandNameKey(item.target)),
			step: findOut ? t('plan.find_out', { values: { step: levelStep } }) : levelStep,
			effort: item.effort,
			effortName: t(effortKey(item.effort)),
			ownerRole: item.owner,
			ownerRoleName: t(roleKey(item.owner)),
			owner: entry.owner?.trim() ?? '',
			due,
			dueName: due ? formatIsoDate(due, locale) : '',
			status,
			statusName: t(`plan.status.${status}`),
			included: entry.excluded !== true,
			references: item.references.flatMap((id) => {
				const reference = referenceById(id);
				if (!reference || !isHttps(reference.url)) return [];
				return [{ title: t(referenceKey(id)), url: reference.url }];
			}),
			note: answer.note ?? '',
			priority: item.priority,
			rank: item.rank
		};
	});
}

export function summarize(rows: readonly PlanRow[]): PlanSummary {
	const included = rows.filter((row) => row.included);
	const owners = new Map<string, number>();
	const byStatus = Object.fromEntries(PLAN_STATUSES.map((status) => [status, 0])) as Record<
		PlanStatus,
		number
	>;
	const byEffort = Object.fromEntries(EFFORTS.map((effort) => [effort, 0])) as Record<
		Effort,
		number
	>;
	for (const row of included) {
		byStatus[row.status]++;
		byEffort[row.effort]++;
		if (row.owner) owners.set(row.owner, (owners.get(row.owner) ?? 0) + 1);
	}
	return {
		items: rows.length,
		included: included.length,
		excluded: rows.length - included.length,
		quickWins: byEffort.small,
		byStatus,
		byEffort,
		// Equal counts are ordered by name (code points, not the runtime's locale) so the list is
		// the same on every machine.
		byOwner: [...owners]
			.map(([owner, count]) => ({ owner, count }))
			.sort((a, b) => b.count - a.count || (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0)),
		unassigned: included.filter((row) => !row.owner).length
	};
}

export interface PlanGroup {
	principleId: PrincipleId;
	/** 1-based position of the principle. */
	number: number;
	title: string;
	rows: PlanRow[];
}

/** The rows grouped by principle, in framework order; principles without items are left out. */
export function groupByPrinciple(rows: readonly PlanRow[]): PlanGroup[] {
	const groups = new Map<PrincipleId, PlanGroup>();
	for (const row of rows) {
		const group = groups.get(row.principleId) ?? {
			principleId: row.principleId,
			number: row.principleNumber,
			title: row.principleTitle,
			rows: []
		};
		group.rows.push(row);
		groups.set(row.principleId, group);
	}
	return [...groups.values()].sort((a, b) => a.number - b.number);
}
