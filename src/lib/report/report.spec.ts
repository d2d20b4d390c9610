import { describe, expect, it } from 'vitest';
import type { PlanRow } from '$lib/export/plan';
import {
	buildReport,
	clampTop,
	formatDue,
	hostOf,
	selectRows,
	FIRST_STEPS,
	type PrintOptions
} from './report';

const CRA = {
	title: 'Cyber Resilience Act',
	url: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng'
};
const SCORECARD = { title: 'OpenSSF Scorecard', url: 'https://scorecard.dev/' };
const S2C2F = { title: 'S2C2F', url: 'https://www.github.com/ossf/s2c2f' };

/** A plan row with only what the report looks at filled in meaningfully. */
function row(rank: number, changes: Partial<PlanRow> = {}): PlanRow {
	return {
		questionId: `commons.q${rank}`,
		principleId: 'commons',
		principleNumber: 1,
		principleTitle: 'The commons',
		questionText: `Question ${rank}`,
		kind: 'next-step',
		currentLevel: 1,
		currentName: 'Ad hoc',
		target: 3,
		targetName: 'Managed',
		step: `Step ${rank}`,
		effort: 'small',
		effortName: 'Small',
		ownerRole: 'engineering',
		ownerRoleName: 'Engineering',
		owner: '',
		due: '',
		dueName: '',
		status: 'todo',
		statusName: 'Not started',
		included: true,
		references: [],
		note: '',
		priority: 6,
		rank,
		...changes
	};
}

const rows = [
	row(1, { references: [CRA, SCORECARD] }),
	row(2, { status: 'done', references: [S2C2F] }),
	row(3, { included: false, references: [S2C2F] }),
	row(4, { status: 'doing', references: [SCORECARD, S2C2F] }),
	row(5),
	row(6),
	row(7),
	row(8)
];
const ranks = (options: PrintOptions) => selectRows(rows, options).map((item) => item.rank);

describe('selectRows', () => {
	it('prints the items in the plan, never those taken out', () => {
		expect(ranks({ scope: 'all', top: 10 })).toEqual([1, 2, 4, 5, 6, 7, 8]);
	});

	it('prints the open items (not done) for "open items only"', () => {
		expect(ranks({ scope: 'open', top: 10 })).toEqual([1, 4, 5, 6, 7, 8]);
	});

	it('prints the first N open items for "top N"', () => {
		expect(ranks({ scope: 'top', top: 3 })).toEqual([1, 4, 5]);
		expect(ranks({ scope: 'top', top: 0 })).toEqual([1]);
		expect(ranks({ scope: 'top', top: 500 })).toEqual([1, 4, 5, 6, 7, 8]);
	});

	it('prints no items for the summary alone', () => {
		expect(ranks({ scope: 'summary', top: 10 })).toEqual([]);
	});
});

describe('buildReport', () => {
	it('numbers the sources in order of first use, once each, with their host', () => {
		const report = buildReport(rows, { scope: 'all', top: 10 });
		expect(report.sources.map((source) => [source.number, source.host])).toEqual([
			[1, 'eur-lex.europa.eu'],
			[2, 'scorecard.dev'],
			[3, 'github.com']
		]);
		expect(report.items[0]!.sources.map((source) => source.number)).toEqual([1, 2]);
		// The same source keeps its number wherever it is cited.
		expect(report.items[2]!.sources.map((source) => source.number)).toEqual([2, 3]);
	});

	it('lists only the sources of the printed items', () => {
		const report = buildReport(rows, { scope: 'top', top: 1 });
		expect(report.sources.map((source) => source.title)).toEqual([CRA.title, SCORECARD.title]);
		expect(buildReport(rows, { scope: 'summary', top: 10 }).sources).toEqual([]);
	});

	it('counts the plan and picks the first open items for the summary page', () => {
		const report = buildReport(rows, { scope: 'summary', top: 10 });
		expect(report.included).toBe(7);
		expect(report.open).toBe(6);
		expect(report.firstSteps.map((item) => item.rank)).toEqual([1, 4, 5, 6, 7]);
		expect(report.firstSteps).toHaveLength(FIRST_STEPS);
	});

	it('prints an empty plan as an empty table', () => {
		expect(buildReport([], { scope: 'all', top: 10 })).toEqual({
			items: [],
			sources: [],
			firstSteps: [],
			included: 0,
			open: 0
		});
	});
});

describe('clampTop and hostOf', () => {
	it('keeps the number of items whole and within limits', () => {
		expect([clampTop(7.4), clampTop(-3), clampTop(99), clampTop(Number.NaN)]).toEqual([
			7, 1, 50, 10
		]);
	});

	it('names a source by its host', () => {
		expect(hostOf('https://www.bestpractices.dev/en')).toBe('bestpractices.dev');
		expect(hostOf('not a url')).toBe('');
	});
});

describe('formatDue', () => {
	it('abbreviates the month so a narrow column breaks between words', () => {
		expect(formatDue('2027-01-15', 'en')).toBe('Jan 15, 2027');
		expect(formatDue('2027-01-15', 'de')).toBe('15. Jan. 2027');
		expect(formatDue('2027-01-15', 'fr')).toBe('15 janv. 2027');
		expect(formatDue('2027-01-15', 'nb')).toBe('15. jan. 2027');
		expect(formatDue('2027-02-30', 'en')).toBe('');
	});
});
