import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import { messagesFor } from '$lib/i18n/server-messages';
import { principles } from '$lib/framework';
import { escapeJira, JIRA_HEADER, jiraPriority, jiraRows, planToJiraCsv } from './jira';
import { buildPlan, type PlanRow } from './plan';
import { createTranslator, sampleAssessment, sampleWording } from '$lib/testing/translator';

const t = createTranslator('en', sampleWording);
const plan = buildPlan(principles, sampleAssessment(), t, 'en');
const context = {
	name: 'ACME *Ltd*',
	frameworkVersion: '1.0.0',
	resultLink: 'https://commons.example.org/r/#AQEA'
};

/** An RFC 4180 reader, written here independently of csv.ts: records of fields. */
function readCsv(text: string): string[][] {
	expect(text.startsWith('\uFEFF')).toBe(true);
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 1; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			record.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			i++;
		} else field += c;
	}
	expect(field).toBe('');
	expect(record).toEqual([]);
	return records;
}

describe('planToJiraCsv', () => {
	const records = readCsv(planToJiraCsv(plan, context, t));
	const [header, ...rows] = records as [string[], ...string[][]];

	it('has the columns Jira’s importer maps by name, labels in repeated columns', () => {
		expect(header).toEqual([
			'Summary',
			'Description',
			'Labels',
			'Labels',
			'Labels',
			'Due Date',
			'Assignee',
			'Priority'
		]);
		expect(header).toEqual([...JIRA_HEADER]);
		for (const row of records) expect(row).toHaveLength(8);
	});

	it('writes the items in the plan that are not done, in priority order', () => {
		expect(rows.map((row) => row[0])).toEqual([
			'Do you know what you depend on?',
			'Does leadership own open source risk?'
		]);
		expect(jiraRows(plan).map((row) => row.questionId)).toEqual([
			'commons.dependency-inventory',
			'commons.leadership-ownership'
		]);
	});

	it('fills labels, an ISO due date, the owner and Jira’s priority names', () => {
		expect(rows[0]!.slice(2)).toEqual([
			'commons-check',
			'principle:commons',
			'effort:small',
			'2027-03-31',
			// The owner typed as a spreadsheet formula is neutralized, as in every CSV the app writes.
			'\'=HYPERLINK("https://evil.example","click")',
			'Highest'
		]);
		expect(rows[1]!.slice(2)).toEqual([
			'commons-check',
			'principle:commons',
			'effort:medium',
			'2027-06-30',
			'Jane Doe, CISO "acting"',
			'High'
		]);
	});

	it('describes the item in plain text, with the sources and the link back', () => {
		expect(rows[1]![1]).toBe(
			[
				'Question: Does leadership own open source risk?',
				'Now → target: 1 – Ad hoc → 3 – Managed',
				'Next step: Name one executive owner.',
				'Principle: 1. Most of your digital infrastructure is in the commons',
				'Effort: Medium',
				'Owner: Jane Doe, CISO "acting" (Executive leadership)',
				'Sources:',
				'- Five-Stage OSPO Maturity Model (TODO Group)',
				'  https://github.com/todogroup/ospology/blob/main/ospo-model/en/five-stage-OSPO-maturity-model.md',
				'- Cyber Resilience Act, Regulation (EU) 2024/2847',
				'  https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng',
				'',
				'From the Commons Check action plan of ACME \\*Ltd\\*, framework version 1.0.0.',
				'Open the shared result',
				'https://commons.example.org/r/#AQEA'
			].join('\n')
		);
		expect(rows[0]![1]).toContain('Owner: =HYPERLINK("https://evil.example","click") (CTO)');
	});

	it('writes only the header when nothing is left to do', () => {
		const done = plan.map((row): PlanRow => ({ ...row, status: 'done' }));
		expect(planToJiraCsv(done, context, t)).toBe(
			'\uFEFFSummary,Description,Labels,Labels,Labels,Due Date,Assignee,Priority\r\n'
		);
	});

	it('keeps the header in English in every language, so Jira still maps it', () => {
		const de = createTranslator('de', sampleWording);
		const csv = planToJiraCsv(buildPlan(principles, sampleAssessment(), de, 'de'), context, de);
		const [first, second] = readCsv(csv);
		expect(first).toEqual([...JIRA_HEADER]);
		expect(second![1]).toContain('Aufwand: Gering');
		expect(second![1]).toContain('Frage: ');
	});

	it('neutralizes a 120-character owner that is a command formula', () => {
		const owner = `=cmd|' /C calc'!A0 ${'x'.repeat(101)}`;
		expect(owner).toHaveLength(120);
		const [row] = plan as [PlanRow];
		const [, record] = readCsv(planToJiraCsv([{ ...row, owner }], context, t));
		expect(record![6]).toBe(`'${owner}`);
		// In the description it is escaped text, not a formula (the cell starts with "Question:").
		expect(record![1]!.startsWith('Question:')).toBe(true);
	});
});

describe('jiraPriority', () => {
	it.each([
		[12, 'Highest'],
		[9, 'Highest'],
		[8, 'High'],
		[6, 'High'],
		[4, 'Medium'],
		[3, 'Medium'],
		[2, 'Low'],
		[1, 'Lowest']
	])('%i → %s', (priority, name) => {
		expect(jiraPriority(priority)).toBe(name);
	});
});

describe('escapeJira', () => {
	it.each([
		['Jean-Luc Picard', 'Jean-Luc Picard'],
		['*bold* _it_ -strike- +u+', '\\*bold\\* \\_it\\_ \\-strike- \\+u\\+'],
		[
			'[link|https://x] {code} !img.png! |cell|',
			'\\[link\\|https://x\\] \\{code\\} \\!img.png\\! \\|cell\\|'
		],
		['line\nh1. heading', 'line h1. heading'],
		['??cite?? ^sup^ ~sub~', '\\?\\?cite\\?\\? \\^sup\\^ \\~sub\\~']
	])('%j → %j', (input, output) => {
		expect(escapeJira(input)).toBe(output);
	});
});

describe('catalogue text in Jira descriptions', () => {
	// The description carries framework and tracker text unescaped: it must hold nothing that Jira
	// wiki markup would turn into formatting, a link, an image, a table or a macro.
	for (const locale of LOCALES) {
		it(`${locale} has no wiki markup characters`, () => {
			const messages = messagesFor(locale);
			const offending = Object.entries(messages).filter(
				([key, text]) =>
					/^(question\.|guidance\.|principle\.|reference\.|scale\.|role\.|effort\.|tracker\.body\.|plan\.)/.test(
						key
					) &&
					// ICU placeholders and plural branches use braces; the rest must not.
					/[*_^~|[\]!\\]|(^|\s)[-+?][^\s]|\?\?/.test(
						text.replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '')
					)
			);
			expect(offending).toEqual([]);
		});
	}
});
