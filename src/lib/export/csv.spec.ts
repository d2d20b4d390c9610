import { describe, expect, it } from 'vitest';
import { newAssessment } from '$lib/assessment/model';
import { principles } from '$lib/framework';
import { csvField, neutralizeFormula } from './csv';
import { planToCsv } from './plan-csv';
import { buildPlan, type PlanRow } from './plan';
import { createTranslator, sampleAssessment, sampleWording } from '$lib/testing/translator';

const t = createTranslator('en', sampleWording);
const HEADER =
	'Priority,Principle,Question,Current level,Target level,Next step,Effort,Owner role,Owner,Due date,Status,Included,References,Note,Relates to';

describe('planToCsv', () => {
	it('writes the known plan exactly: BOM, CRLF, quoting and neutralized formulas', () => {
		const plan = buildPlan(principles, sampleAssessment(), t, 'en');
		expect(planToCsv(plan, t, 'en')).toBe(
			'\uFEFF' +
				HEADER +
				'\r\n' +
				'1,1. Most of your digital infrastructure is in the commons,Do you know what you depend on?,Don’t know,3 – Managed,' +
				'"Find out where you stand: ask the people who would know, check the evidence and record the real answer. If nothing is in place yet, start here: List *all* direct dependencies.",' +
				'Small,CTO,"\'=HYPERLINK(""https://evil.example"",""click"")",2027-03-31,Not started,Yes,' +
				'Secure Supply Chain Consumption Framework (S2C2F) <https://github.com/ossf/s2c2f/blob/main/specification/framework.md>,' +
				'"Ask the platform team, they keep the ""SBOMs"".\nSecond line, with a comma.",\r\n' +
				'2,2. There is no unified Open Source community,Do you follow each ecosystem’s norms?,0 – Unaware,3 – Managed,' +
				'Read the contribution guides.,Small,Engineering,<img src=x onerror=alert(1)>,,Not started,No,' +
				'"Concise Guide for Collaborating with Open Source Projects (OpenSSF, work in progress) <https://github.com/ossf/wg-best-practices-os-developers/blob/main/docs/Concise-Guide-for-Collaborating-with-Open-Source-Projects.md>",' +
				',\r\n' +
				'3,1. Most of your digital infrastructure is in the commons,Does leadership own open source risk?,1 – Ad hoc,3 – Managed,' +
				'Name one executive owner.,Medium,Executive leadership,"Jane Doe, CISO ""acting""",2027-06-30,In progress,Yes,' +
				'"Five-Stage OSPO Maturity Model (TODO Group) <https://github.com/todogroup/ospology/blob/main/ospo-model/en/five-stage-OSPO-maturity-model.md>; Cyber Resilience Act, Regulation (EU) 2024/2847 <https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng>",' +
				',\r\n' +
				'4,3. Don’t think only of your third-party suppliers,Do you report vulnerabilities upstream?,2 – Defined,4 – Leading,' +
				'Write a disclosure policy.,Medium,CISO,[x](javascript:alert(1)),,Done,Yes,' +
				'"Cyber Resilience Act, Regulation (EU) 2024/2847 <https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng>; Guide to coordinated vulnerability disclosure for finders working with open source software projects (OpenSSF) <https://github.com/ossf/oss-vulnerability-guide/blob/main/finder-guide.md>",' +
				'"# heading\n<img src=x onerror=alert(1)>",\r\n'
		);
	});

	it('starts with a BOM and ends every record with CRLF', () => {
		const csv = planToCsv(buildPlan(principles, sampleAssessment(), t, 'en'), t, 'en');
		expect(csv.startsWith('\uFEFFPriority,')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		// Outside quoted fields, every line break is CRLF (the notes' own LF stay inside quotes).
		const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
		expect(outside.match(/\r\n/g)).toHaveLength(5);
		expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('writes only the header for an empty plan', () => {
		const plan = buildPlan(principles, newAssessment('1.0.0'), t, 'en');
		expect(planToCsv(plan, t, 'en')).toBe(`\uFEFF${HEADER}\r\n`);
	});

	it('neutralizes formulas in notes and quotes what needs it', () => {
		const [first] = buildPlan(principles, sampleAssessment(), t, 'en') as [PlanRow];
		const csv = planToCsv([{ ...first, owner: '@SUM(A1)', note: '-2+3' }], t, 'en');
		expect(csv.split('\r\n')[1]).toMatch(/,'@SUM\(A1\),2027-03-31,.*,'-2\+3,$/);
	});

	it('lists what each item relates to in its last column, when a lookup is given', () => {
		const [first] = buildPlan(principles, sampleAssessment(), t, 'en') as [PlanRow];
		const csv = planToCsv([first], t, 'en', (id) => [`CRA for ${id}`, 'S2C2F: INV-1']);
		expect(csv.split('\r\n')[1]).toMatch(
			new RegExp(`,CRA for ${first.questionId.replace('.', '\\.')}; S2C2F: INV-1$`)
		);
	});
});

describe('neutralizeFormula', () => {
	it.each([
		['=1+1', "'=1+1"],
		['+1', "'+1"],
		['-1', "'-1"],
		['@cmd', "'@cmd"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		['=HYPERLINK("https://evil.example","click")', '\'=HYPERLINK("https://evil.example","click")'],
		['Jane', 'Jane'],
		['a=b', 'a=b'],
		['', '']
	])('%j → %j', (input, expected) => {
		expect(neutralizeFormula(input)).toBe(expected);
	});
});

describe('csvField', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['line\nbreak', '"line\nbreak"'],
		['carriage\rreturn', '"carriage\rreturn"'],
		['', '']
	])('%j → %j', (input, expected) => {
		expect(csvField(input)).toBe(expected);
	});
});
