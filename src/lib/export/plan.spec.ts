import { afterEach, describe, expect, it } from 'vitest';
import { testPrinciples } from '$lib/testing/principles';
import { newAssessment, type Assessment } from '$lib/assessment/model';
import { principles } from '$lib/framework';
import { messagesFor } from '$lib/i18n/server-messages';
import {
	buildPlan,
	formatIsoDate,
	groupByPrinciple,
	parseIsoDate,
	summarize,
	type PlanRow
} from './plan';
import { createTranslator, sampleAssessment, sampleWording } from '$lib/testing/translator';

const t = createTranslator('en', sampleWording);
const english = messagesFor('en');

describe('buildPlan', () => {
	it('lists the recommendations in priority order with every field filled in', () => {
		const plan = buildPlan(principles, sampleAssessment(), t, 'en');
		expect(plan.map((row) => [row.rank, row.questionId, row.priority])).toEqual([
			[1, 'commons.dependency-inventory', 9],
			[2, 'communities.ecosystem-norms', 6],
			[3, 'commons.leadership-ownership', 6],
			[4, 'partners.vulnerability-reporting', 6]
		]);
		expect(plan[2]).toEqual({
			questionId: 'commons.leadership-ownership',
			principleId: 'commons',
			principleNumber: 1,
			principleTitle: 'Most of your digital infrastructure is in the commons',
			questionText: 'Does leadership own open source risk?',
			kind: 'next-step',
			currentLevel: 1,
			currentName: 'Ad hoc',
			target: 3,
			targetName: 'Managed',
			step: 'Name one executive owner.',
			effort: 'medium',
			effortName: 'Medium',
			ownerRole: 'executive',
			ownerRoleName: 'Executive leadership',
			owner: 'Jane Doe, CISO "acting"',
			due: '2027-06-30',
			dueName: 'June 30, 2027',
			status: 'doing',
			statusName: 'In progress',
			included: true,
			references: [
				{
					title: 'Five-Stage OSPO Maturity Model (TODO Group)',
					url: 'https://github.com/todogroup/ospology/blob/main/ospo-model/en/five-stage-OSPO-maturity-model.md'
				},
				{
					title: 'Cyber Resilience Act, Regulation (EU) 2024/2847',
					url: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng'
				}
			],
			note: '',
			priority: 6,
			rank: 3
		} satisfies PlanRow);
	});

	it('turns "don’t know" into a small find-out item that ends with the level-0 step', () => {
		const [row] = buildPlan(principles, sampleAssessment(), t, 'en') as [PlanRow];
		expect(row).toMatchObject({
			kind: 'find-out',
			currentLevel: 0,
			currentName: 'Don’t know',
			effort: 'small',
			effortName: 'Small',
			note: 'Ask the platform team, they keep the "SBOMs".\nSecond line, with a comma.'
		});
		expect(row.step).toBe(
			'Find out where you stand: ask the people who would know, check the evidence and record the real answer. If nothing is in place yet, start here: List *all* direct dependencies.'
		);
	});

	it('reads the plan entries: done, excluded, and none at all', () => {
		const assessment = sampleAssessment();
		delete assessment.plan['commons.leadership-ownership'];
		const rows = new Map(
			buildPlan(principles, assessment, t, 'en').map((row) => [row.questionId, row])
		);
		expect(rows.get('partners.vulnerability-reporting')).toMatchObject({
			status: 'done',
			statusName: 'Done',
			included: true
		});
		expect(rows.get('communities.ecosystem-norms')).toMatchObject({
			included: false,
			owner: '<img src=x onerror=alert(1)>'
		});
		expect(rows.get('commons.leadership-ownership')).toMatchObject({
			owner: '',
			due: '',
			dueName: '',
			status: 'todo',
			statusName: 'Not started',
			included: true
		});
	});

	it('uses the real catalogue text of the framework', () => {
		const plain = createTranslator('en');
		const [row] = buildPlan(principles, sampleAssessment(), plain, 'en') as [PlanRow];
		expect(row.questionText).toBe(english['question.commons.dependency-inventory.text']);
		expect(row.step.endsWith(english['question.commons.dependency-inventory.step.0'] ?? '-')).toBe(
			true
		);
		expect(row.references[0]?.title).toBe(english['reference.s2c2f']);
	});

	it('numbers principles by their position and drops references missing from the catalogue', () => {
		const assessment: Assessment = {
			...newAssessment('test'),
			answers: { 'communities.e': { choice: 2, note: 'Our note' } },
			plan: { 'communities.e': { owner: '  Sam  ', due: '2027-02-30' } }
		};
		const messages: Record<string, string> = {
			'question.communities.e.text': 'Question E',
			'question.communities.e.step.2': 'Step E2'
		};
		const [row] = buildPlan(testPrinciples, assessment, createTranslator('en', messages), 'en');
		expect(row).toMatchObject({
			principleNumber: 2,
			principleTitle: 'There is no unified Open Source community',
			step: 'Step E2',
			references: [],
			note: 'Our note',
			owner: 'Sam',
			// 30 February is not a date: it is left out rather than rolled over into March.
			due: ''
		});
	});

	it('returns no rows when nothing is below target', () => {
		expect(buildPlan(principles, newAssessment('1.0.0'), t, 'en')).toEqual([]);
	});
});

describe('summarize', () => {
	it('counts items, exclusions, statuses, efforts and quick wins, and groups by owner', () => {
		expect(summarize(buildPlan(principles, sampleAssessment(), t, 'en'))).toEqual({
			items: 4,
			included: 3,
			excluded: 1,
			quickWins: 1,
			byStatus: { todo: 1, doing: 1, done: 1 },
			byEffort: { small: 1, medium: 2, large: 0 },
			byOwner: [
				{ owner: '=HYPERLINK("https://evil.example","click")', count: 1 },
				{ owner: 'Jane Doe, CISO "acting"', count: 1 },
				{ owner: '[x](javascript:alert(1))', count: 1 }
			],
			unassigned: 0
		});
	});

	it('lists only assigned owners and counts the items without one apart', () => {
		const assessment = sampleAssessment();
		assessment.plan = {
			'commons.dependency-inventory': { owner: 'Ana' },
			'partners.vulnerability-reporting': { owner: 'Ana' },
			'communities.ecosystem-norms': { owner: '   ' }
		};
		assessment.answers['due-diligence.intake-criteria'] = { choice: 1 };
		assessment.answers['due-diligence.incident-readiness'] = { choice: 2 };
		const rows = buildPlan(principles, assessment, t, 'en');
		const summary = summarize(rows);
		expect(summary).toMatchObject({ items: 6, included: 6, excluded: 0, quickWins: 2 });
		// A suggested role (CISO, Engineering…) never appears as an owner.
		expect(summary.byOwner).toEqual([{ owner: 'Ana', count: 2 }]);
		expect(summary.unassigned).toBe(4);
		expect(rows.filter((row) => !row.owner).map((row) => row.ownerRoleName)).not.toContain('Ana');
	});

	it('leaves items taken out of the plan out of every count', () => {
		const assessment = sampleAssessment();
		assessment.plan = {
			'commons.dependency-inventory': { owner: 'Ana', status: 'done', excluded: true }
		};
		const summary = summarize(buildPlan(principles, assessment, t, 'en'));
		expect(summary).toMatchObject({ items: 4, included: 3, excluded: 1, unassigned: 3 });
		expect(summary.byOwner).toEqual([]);
		expect(summary.byStatus).toEqual({ todo: 3, doing: 0, done: 0 });
	});

	it('summarizes an empty plan', () => {
		expect(summarize([])).toEqual({
			items: 0,
			included: 0,
			excluded: 0,
			quickWins: 0,
			byStatus: { todo: 0, doing: 0, done: 0 },
			byEffort: { small: 0, medium: 0, large: 0 },
			byOwner: [],
			unassigned: 0
		});
	});
});

describe('dates', () => {
	const originalTz = process.env.TZ;
	afterEach(() => {
		process.env.TZ = originalTz;
	});

	it('reads YYYY-MM-DD as a local calendar date, also west of Greenwich', () => {
		process.env.TZ = 'America/Los_Angeles';
		// The trap being avoided: an ISO date alone is parsed as UTC midnight, the day before here.
		expect(new Date('2027-03-31').getDate()).toBe(30);
		const date = parseIsoDate('2027-03-31');
		expect([date?.getFullYear(), date?.getMonth(), date?.getDate()]).toEqual([2027, 2, 31]);
		expect(formatIsoDate('2027-03-31', 'en')).toBe('March 31, 2027');
		expect(formatIsoDate('2027-03-31', 'de')).toBe('31. März 2027');
	});

	it.each(['', '2027-3-31', '2027-02-30', '2027-13-01', '31.03.2027', '2027-03-31T00:00:00Z'])(
		'rejects %j',
		(value) => {
			expect(parseIsoDate(value)).toBeNull();
			expect(formatIsoDate(value, 'en')).toBe('');
		}
	);
});

describe('groupByPrinciple', () => {
	it('groups the rows in framework order, keeping their priority order inside a group', () => {
		const rows = buildPlan(principles, sampleAssessment(), t, 'en');
		const groups = groupByPrinciple(rows);
		expect(groups.map((group) => group.number)).toEqual(
			[...new Set(rows.map((row) => row.principleNumber))].sort((a, b) => a - b)
		);
		for (const group of groups) {
			expect(group.rows.every((row) => row.principleId === group.principleId)).toBe(true);
			const ranks = group.rows.map((row) => row.rank);
			expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
			expect(group.title).toBe(group.rows[0]!.principleTitle);
		}
		expect(groups.flatMap((group) => group.rows)).toHaveLength(rows.length);
	});
});
