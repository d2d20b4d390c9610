/**
 * The printed report: which plan items it prints and how their sources are numbered.
 *
 * The report is one document, printed from the results and from the plan: a summary page (the
 * scores, the chart, the plan at a glance with its first steps), then the plan as a dense table,
 * then the numbered list of the sources' full addresses. In the table each source is its title,
 * its host and its number in that list, so a long address is printed once, at the end.
 *
 * What the table holds is the user's choice (PrintOptions): the whole plan, the open items (not
 * done), the first N open items, or nothing (the summary page alone). Items taken out of the plan
 * are never printed. Pure: no DOM, no Svelte.
 */
import { parseIsoDate, type PlanReference, type PlanRow } from '$lib/export/plan';

export const PRINT_SCOPES = ['all', 'open', 'top', 'summary'] as const;
export type PrintScope = (typeof PRINT_SCOPES)[number];

export interface PrintOptions {
	scope: PrintScope;
	/** How many open items 'top' prints. */
	top: number;
	/** Add the appendix "SBOM evidence" (only offered when SBOM summaries are stored). */
	sbom?: boolean;
}

export const TOP_LIMITS = { min: 1, max: 50 } as const;
export const DEFAULT_PRINT_OPTIONS: PrintOptions = { scope: 'all', top: 10 };
/** Open items listed as first steps on the summary page. */
export const FIRST_STEPS = 5;

export interface ReportSource extends PlanReference {
	/** 1-based number in the list at the end of the report, in order of first use. */
	number: number;
	/** The address's host without "www.", e.g. "eur-lex.europa.eu". */
	host: string;
}

export interface ReportItem {
	row: PlanRow;
	sources: ReportSource[];
}

export interface Report {
	/** The items the table prints, in priority order (empty for the summary alone). */
	items: ReportItem[];
	/** Every source of the printed items, numbered. */
	sources: ReportSource[];
	/** The first open items, for the summary page. */
	firstSteps: PlanRow[];
	/** Items in the plan (not taken out). */
	included: number;
	/** Of those, the ones not done. */
	open: number;
}

/** A whole number of items within TOP_LIMITS; anything else (NaN, 0, 1e9) is brought inside. */
export function clampTop(value: number): number {
	if (!Number.isFinite(value)) return DEFAULT_PRINT_OPTIONS.top;
	return Math.min(TOP_LIMITS.max, Math.max(TOP_LIMITS.min, Math.round(value)));
}

export function hostOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return '';
	}
}

const isOpen = (row: PlanRow) => row.included && row.status !== 'done';

/** The rows the table prints for these options, in the order given (priority order). */
export function selectRows(rows: readonly PlanRow[], options: PrintOptions): PlanRow[] {
	switch (options.scope) {
		case 'all':
			return rows.filter((row) => row.included);
		case 'open':
			return rows.filter(isOpen);
		case 'top':
			return rows.filter(isOpen).slice(0, clampTop(options.top));
		case 'summary':
			return [];
	}
}

export function buildReport(rows: readonly PlanRow[], options: PrintOptions): Report {
	const numbers = new Map<string, ReportSource>();
	const items = selectRows(rows, options).map((row) => ({
		row,
		sources: row.references.map((reference) => {
			let source = numbers.get(reference.url);
			if (!source) {
				source = { ...reference, number: numbers.size + 1, host: hostOf(reference.url) };
				numbers.set(reference.url, source);
			}
			return source;
		})
	}));
	const open = rows.filter(isOpen);
	return {
		items,
		sources: [...numbers.values()],
		firstSteps: open.slice(0, FIRST_STEPS),
		included: rows.filter((row) => row.included).length,
		open: open.length
	};
}

/**
 * A due date for a narrow column: the month abbreviated, so the date breaks between words
 * ("Jan 15, 2027", "15. Jan. 2027") and never inside a number; '' when it is not a date.
 */
export function formatDue(value: string, locale: string): string {
	const date = parseIsoDate(value);
	if (!date) return '';
	return new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'short',
		year: 'numeric'
	}).format(date);
}
