/**
 * A plan row's principle and levels as every export writes them. Apart from plan.ts so that the
 * CSV writer, which the SBOM export shares, does not pull in the plan builder and its catalogue.
 */
import type { PlanRow, Translate } from './plan';

/** A row's principle as "3. Title", as every export heads or labels it. */
export function principleName(row: PlanRow, t: Translate): string {
	return t('plan.principle', {
		values: { number: row.principleNumber, title: row.principleTitle }
	});
}

/** A row's current level or target as "2 – Defined"; a find-out item's current is "Don't know". */
export function levelName(row: PlanRow, t: Translate, which: 'current' | 'target'): string {
	if (which === 'target') {
		return t('plan.level', { values: { level: row.target, name: row.targetName } });
	}
	return row.kind === 'find-out'
		? row.currentName
		: t('plan.level', { values: { level: row.currentLevel, name: row.currentName } });
}

/**
 * The columns from the principle to the suggested role, which the CSV and the workbook's plan
 * sheet write alike (the sheet is the CSV's table with real dates).
 */
export function planTextCells(row: PlanRow, t: Translate): string[] {
	return [
		principleName(row, t),
		row.questionText,
		levelName(row, t, 'current'),
		levelName(row, t, 'target'),
		row.step,
		row.effortName,
		row.ownerRoleName
	];
}
