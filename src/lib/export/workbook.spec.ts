// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { principles } from '$lib/framework';
import { buildPlan } from './plan';
import { createTranslator, sampleAssessment, sampleWording } from '$lib/testing/translator';
import { planToWorkbook, type WorkbookInput } from './workbook';
import { columnValues, readXlsx, serialToIso, type ReadSheet } from '$lib/testing/xlsx-reader';

const t = createTranslator('en', sampleWording);
const exportedAt = new Date(2027, 2, 12, 9, 30);

function input(overrides: Partial<WorkbookInput> = {}): WorkbookInput {
	const assessment = overrides.assessment ?? sampleAssessment();
	return {
		assessment,
		principles,
		frameworkVersion: '1.0.0',
		plan: buildPlan(principles, assessment, t, 'en'),
		exportedAt,
		...overrides
	};
}

const cell = (sheet: ReadSheet, ref: string) => sheet.cells.get(ref)?.value;

describe('planToWorkbook', () => {
	const { sheets } = readXlsx(planToWorkbook(input(), t));
	const [summary, answers, plan] = sheets as [ReadSheet, ReadSheet, ReadSheet];

	it('has the three sheets, each a styled table under a frozen header', () => {
		expect(sheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Answers', 'Action plan']);
		expect(sheets.map((sheet) => sheet.table?.name)).toEqual(['Summary', 'Answers', 'Plan']);
		expect(sheets.map((sheet) => sheet.table?.style)).toEqual([
			'TableStyleMedium2',
			'TableStyleMedium2',
			'TableStyleMedium2'
		]);
		expect(sheets.map((sheet) => sheet.frozenRows)).toEqual([6, 1, 1]);
		for (const sheet of sheets) {
			expect(sheet.widths.every((width) => width >= 8)).toBe(true);
			expect(sheet.hasFormula).toBe(false);
		}
	});

	it('summarizes: organization, export date, framework version, overall score and each principle', () => {
		expect(cell(summary, 'A1')).toBe('Organization');
		expect(cell(summary, 'B1')).toBe(
			'ACME <img src=x onerror=alert(1)> [x](javascript:alert(1))\n# heading'
		);
		expect(summary.cells.get('B2')).toMatchObject({ type: 'n', numFmtId: 14 });
		expect(serialToIso(Number(cell(summary, 'B2')))).toBe('2027-03-12');
		expect(cell(summary, 'B3')).toBe('1.0.0');
		expect([cell(summary, 'A4'), cell(summary, 'B4'), cell(summary, 'C4')]).toEqual([
			'Overall score',
			'1',
			'Ad hoc'
		]);
		expect(summary.table!.columns).toEqual([
			'Principle',
			'Score',
			'Maturity',
			'Target level',
			'Answered',
			'Questions'
		]);
		expect(summary.table!.ref).toBe('A6:F14');
		// Commons: 1.125 shown as 1.1 (with one decimal by its format), Ad hoc, target 3, 4 of 5.
		expect(['A7', 'B7', 'C7', 'D7', 'E7', 'F7'].map((ref) => cell(summary, ref))).toEqual([
			'1. Most of your digital infrastructure is in the commons',
			'1.1',
			'Ad hoc',
			'3',
			'3',
			'5'
		]);
		expect(summary.cells.get('B7')!.numFmtId).toBe(164);
		// Bedrock has only a "not applicable" answer: not assessed, no score.
		expect(summary.cells.has('B10')).toBe(false);
		expect(cell(summary, 'C10')).toBe('Not assessed');
		expect(cell(summary, 'D9')).toBe('4');
	});

	it('lists every question with its answer, level description, reason, notes, evidence, role and weight', () => {
		expect(answers.table!.columns).toEqual([
			'Principle',
			'Question ID',
			'Question',
			'Level',
			'Answer',
			'Level description',
			'Reason not applicable',
			'Notes',
			'Evidence link',
			'Owner role',
			'Weight',
			'Mappings'
		]);
		expect(columnValues(answers, 'B', 2)).toHaveLength(
			principles.reduce((sum, principle) => sum + principle.questions.length, 0)
		);
		const row = (id: string) => {
			const index = columnValues(answers, 'B', 2).indexOf(id) + 2;
			return 'ABCDEFGHIJKL'.split('').map((column) => cell(answers, `${column}${index}`));
		};
		expect(row('commons.oss-policy')).toEqual([
			'1. Most of your digital infrastructure is in the commons',
			'commons.oss-policy',
			expect.any(String),
			'3',
			'Managed',
			expect.stringMatching(/\S/),
			undefined,
			undefined,
			'https://intranet.example.com/policies/open-source?v=2',
			expect.any(String),
			expect.stringMatching(/^[123]$/),
			undefined
		]);
		expect(row('bedrock.long-tail').slice(3, 8)).toEqual([
			undefined,
			'Not applicable',
			undefined,
			'We ship no software, only services.',
			undefined
		]);
		expect(row('commons.dependency-inventory').slice(3, 8)).toEqual([
			undefined,
			'Don’t know',
			undefined,
			undefined,
			'Ask the platform team, they keep the "SBOMs".\nSecond line, with a comma.'
		]);
		expect(row('boring-work.follow-through')[4]).toBe('Not answered');
	});

	it('fills the mappings column from the lookup when the framework has mappings', () => {
		const mapped = readXlsx(
			planToWorkbook(
				input({
					mappings: (id) =>
						id === 'commons.oss-policy' ? ['CRA Art. 13(5)', 'ISO/IEC 27001 A.5.19'] : undefined
				}),
				t
			)
		).sheets[1]!;
		const index = columnValues(mapped, 'B', 2).indexOf('commons.oss-policy') + 2;
		expect(cell(mapped, `L${index}`)).toBe('CRA Art. 13(5); ISO/IEC 27001 A.5.19');
		expect(cell(mapped, 'L2')).toBeUndefined();
	});

	it('holds the plan: owners, due dates as dates, status, effort and references', () => {
		expect(plan.table!.columns).toEqual([
			'Priority',
			'Principle',
			'Question',
			'Current level',
			'Target level',
			'Next step',
			'Effort',
			'Owner role',
			'Owner',
			'Due date',
			'Status',
			'Included',
			'References',
			'Note'
		]);
		expect(columnValues(plan, 'A', 2)).toEqual(['1', '2', '3', '4']);
		expect(columnValues(plan, 'I', 2)).toEqual([
			'\'=HYPERLINK("https://evil.example","click")',
			'<img src=x onerror=alert(1)>',
			'Jane Doe, CISO "acting"',
			'[x](javascript:alert(1))'
		]);
		expect(plan.cells.get('J2')).toMatchObject({ type: 'n', numFmtId: 14 });
		expect(serialToIso(Number(cell(plan, 'J2')))).toBe('2027-03-31');
		expect(serialToIso(Number(cell(plan, 'J4')))).toBe('2027-06-30');
		expect(plan.cells.has('J3')).toBe(false);
		expect(columnValues(plan, 'K', 2)).toEqual([
			'Not started',
			'Not started',
			'In progress',
			'Done'
		]);
		expect(columnValues(plan, 'G', 2)).toEqual(['Small', 'Small', 'Medium', 'Medium']);
		expect(columnValues(plan, 'L', 2)).toEqual(['Yes', 'No', 'Yes', 'Yes']);
		expect(cell(plan, 'M4')).toBe(
			'Five-Stage OSPO Maturity Model (TODO Group) <https://github.com/todogroup/ospology/blob/main/ospo-model/en/five-stage-OSPO-maturity-model.md>\nCyber Resilience Act, Regulation (EU) 2024/2847 <https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng>'
		);
		expect(plan.cells.get('M4')!.wrap).toBe(true);
	});

	it('neutralizes a 120-character owner that is a command formula', () => {
		const owner = `=cmd|' /C calc'!A0 ${'x'.repeat(101)}`;
		expect(owner).toHaveLength(120);
		const assessment = sampleAssessment();
		assessment.plan['commons.leadership-ownership'] = { owner, due: '2027-06-30' };
		const sheet = readXlsx(planToWorkbook(input({ assessment }), t)).sheets[2]!;
		expect(sheet.cells.get('I4')).toMatchObject({ type: 's', value: `'${owner}` });
		expect(sheet.hasFormula).toBe(false);
	});

	it('is written in the user’s language', () => {
		const de = createTranslator('de', sampleWording);
		const assessment = sampleAssessment();
		const book = planToWorkbook(
			{ ...input(), plan: buildPlan(principles, assessment, de, 'de') },
			de
		);
		const { sheets: german } = readXlsx(book);
		expect(german.map((sheet) => sheet.name)).toEqual(['Übersicht', 'Antworten', 'Maßnahmenplan']);
		expect(german[2]!.table!.columns).toContain('Fällig am');
		expect(cell(german[0]!, 'A4')).toBe('Gesamtwert');
	});

	it('writes an empty plan as a header with a filter', () => {
		const empty = { ...sampleAssessment(), answers: {}, plan: {}, name: '' };
		const { sheets: read } = readXlsx(planToWorkbook(input({ assessment: empty }), t));
		expect(cell(read[0]!, 'B1')).toBe('Untitled assessment');
		expect(read[0]!.cells.has('B4')).toBe(false);
		expect(cell(read[0]!, 'C4')).toBe('Not assessed');
		expect(read[2]!.table).toBeNull();
		expect(read[2]!.autoFilter).toBe('A1:N1');
	});
});
