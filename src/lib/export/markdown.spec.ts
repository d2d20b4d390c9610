import { describe, expect, it } from 'vitest';
import { newAssessment } from '$lib/assessment/model';
import { principles } from '$lib/framework';
import { escapeMarkdown, exportMeta, planToMarkdown, type MarkdownMeta } from './markdown';
import { buildPlan, type PlanRow } from './plan';
import { createTranslator, sampleAssessment, sampleWording } from '$lib/testing/translator';

const t = createTranslator('en', sampleWording);
const exportedAt = new Date(2027, 2, 12, 10, 0);

function sample(locale = 'en'): { plan: PlanRow[]; meta: MarkdownMeta } {
	const assessment = sampleAssessment();
	return {
		plan: buildPlan(principles, assessment, t, locale),
		meta: exportMeta(principles, assessment, '1.0.0', exportedAt)
	};
}

describe('planToMarkdown', () => {
	it('writes the known plan exactly', () => {
		const { plan, meta } = sample();
		expect(planToMarkdown(plan, meta, t, 'en')).toBe(
			[
				'# Action plan: ACME \\<img src=x onerror=alert\\(1\\)\\> \\[x\\]\\(javascript:alert\\(1\\)\\) \\# heading',
				'',
				'Exported March 12, 2027 · Framework version 1.0.0 · Overall score: 1.0 of 4 (Ad hoc)',
				'',
				'## 1. Most of your digital infrastructure is in the commons',
				'',
				'- [ ] **Do you know what you depend on?** — Don’t know → Managed: Find out where you stand: ask the people who would know, check the evidence and record the real answer. If nothing is in place yet, start here: List \\*all\\* direct dependencies. Priority 1 · Effort: Small · Owner: =HYPERLINK\\("https://evil\\.example","click"\\) (CTO) · Due: March 31, 2027',
				'  - Sources: [Secure Supply Chain Consumption Framework (S2C2F)](https://github.com/ossf/s2c2f/blob/main/specification/framework.md)',
				'  > Ask the platform team, they keep the "SBOMs"\\.',
				'  > Second line, with a comma\\.',
				'- [ ] **Does leadership own open source risk?** — Ad hoc → Managed: Name one executive owner. Priority 3 · Effort: Medium · Owner: Jane Doe, CISO "acting" (Executive leadership) · Due: June 30, 2027 · Status: In progress',
				'  - Sources: [Five-Stage OSPO Maturity Model (TODO Group)](https://github.com/todogroup/ospology/blob/main/ospo-model/en/five-stage-OSPO-maturity-model.md) · [Cyber Resilience Act, Regulation (EU) 2024/2847](https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng)',
				'',
				'## 3. Don’t think only of your third-party suppliers',
				'',
				'- [x] **Do you report vulnerabilities upstream?** — Defined → Leading: Write a disclosure policy. Priority 4 · Effort: Medium · Owner: \\[x\\]\\(javascript:alert\\(1\\)\\) (CISO)',
				'  - Sources: [Cyber Resilience Act, Regulation (EU) 2024/2847](https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng) · [Guide to coordinated vulnerability disclosure for finders working with open source software projects (OpenSSF)](https://github.com/ossf/oss-vulnerability-guide/blob/main/finder-guide.md)',
				'  > \\# heading',
				'  > \\<img src=x onerror=alert\\(1\\)\\>',
				'',
				'## Not in the plan',
				'',
				'- Do you follow each ecosystem’s norms? (principle 2)',
				''
			].join('\n')
		);
	});

	it('formats the date and the score for the locale', () => {
		const { plan, meta } = sample('de');
		const text = planToMarkdown(plan, { ...meta, score: 2.5, band: 2 }, t, 'de');
		expect(text).toContain(
			'Exported 12. März 2027 · Framework version 1.0.0 · Overall score: 2,5 of 4 (Defined)'
		);
		expect(text).toContain('Due: 31. März 2027');
	});

	it('labels an untitled, unscored assessment with an empty plan', () => {
		const assessment = newAssessment('1.0.0', exportedAt);
		const meta = exportMeta(principles, assessment, '1.0.0', exportedAt);
		expect(planToMarkdown(buildPlan(principles, assessment, t, 'en'), meta, t, 'en')).toBe(
			[
				'# Action plan: Untitled assessment',
				'',
				'Exported March 12, 2027 · Framework version 1.0.0 · Overall score: not assessed',
				'',
				'Nothing is in the plan yet.',
				''
			].join('\n')
		);
	});

	it('treats a name of only spaces as untitled', () => {
		const { plan, meta } = sample();
		expect(planToMarkdown(plan, { ...meta, name: '  \n ' }, t, 'en')).toMatch(
			/^# Action plan: Untitled assessment\n/
		);
	});

	it('lists every item under "Not in the plan" when all are excluded', () => {
		const assessment = sampleAssessment();
		for (const entry of Object.values(assessment.plan)) entry.excluded = true;
		const text = planToMarkdown(
			buildPlan(principles, assessment, t, 'en'),
			exportMeta(principles, assessment, '1.0.0', exportedAt),
			t,
			'en'
		);
		expect(text).toContain(
			[
				'Nothing is in the plan yet.',
				'',
				'## Not in the plan',
				'',
				'- Do you know what you depend on? (principle 1)',
				'- Do you follow each ecosystem’s norms? (principle 2)',
				'- Does leadership own open source risk? (principle 1)',
				'- Do you report vulnerabilities upstream? (principle 3)',
				''
			].join('\n')
		);
		expect(text).not.toContain('- [');
	});

	it('keeps a multi-line name or owner on its line, so it cannot start a heading or an item', () => {
		const { plan, meta } = sample();
		const first = plan[0] as PlanRow;
		const rows = [{ ...first, owner: 'Jane\n# Pwned\r\n- [x] fake\u2028item' }];
		const text = planToMarkdown(rows, { ...meta, name: 'ACME\n## Owned' }, t, 'en');
		expect(text).toContain('# Action plan: ACME \\#\\# Owned\n');
		expect(text).toContain('Owner: Jane \\# Pwned \\- \\[x\\] fake item (CTO)');
		expect(text.split('\n').filter((line) => line.startsWith('#'))).toEqual([
			'# Action plan: ACME \\#\\# Owned',
			'## 1. Most of your digital infrastructure is in the commons'
		]);
	});

	it('lists what an item relates to under it, when a lookup is given', () => {
		const { plan, meta } = sample();
		const first = plan[0] as PlanRow;
		const text = planToMarkdown([first], meta, t, 'en', () => [
			'EU Cyber Resilience Act: Art. 13(5)',
			'S2C2F: INV-1 *inventory*'
		]);
		expect(text).toContain(
			'  - Relates to: EU Cyber Resilience Act: Art. 13(5) · S2C2F: INV-1 \\*inventory\\*'
		);
	});

	it('never prints the usual role as if it were the assigned owner', () => {
		const { plan, meta } = sample();
		const first = plan[0] as PlanRow;
		const text = planToMarkdown([{ ...first, owner: '' }], meta, t, 'en');
		expect(text).toContain('Priority 1 · Effort: Small · No owner yet (usually: CTO)');
		expect(text).not.toContain('Owner:');
	});

	it('quotes every line of a multi-line note and skips an empty note', () => {
		const { plan, meta } = sample();
		const first = plan[0] as PlanRow;
		const text = planToMarkdown(
			[
				{ ...first, note: '  First\r\n\r\n    - not a list\n' },
				{ ...first, questionText: 'Second?', note: ' \n ' }
			],
			meta,
			t,
			'en'
		);
		expect(text).toContain('\n  > First\n  >\n  > \\- not a list\n- [ ] **Second?**');
	});

	it('escapes catalogue text lightly and keeps link targets intact', () => {
		const { plan, meta } = sample();
		const first = plan[0] as PlanRow;
		const row: PlanRow = {
			...first,
			questionText: 'Use `npm ls` and <b>_this_</b> [now]?',
			references: [{ title: 'A [bracketed] title', url: 'https://example.org/a_(b) c' }]
		};
		const text = planToMarkdown([row], meta, t, 'en');
		expect(text).toContain('**Use \\`npm ls\\` and \\<b\\>\\_this\\_\\</b\\> \\[now\\]?**');
		expect(text).toContain('[A \\[bracketed\\] title](https://example.org/a_%28b%29%20c)');
	});
});

describe('escapeMarkdown', () => {
	it.each([
		['[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
		['![img](https://evil.example/x.png)', '\\!\\[img\\]\\(https://evil\\.example/x\\.png\\)'],
		['# heading', '\\# heading'],
		['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
		['*bold* _em_ `code` ~~gone~~', '\\*bold\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~'],
		['a | b {c} + d - e', 'a \\| b \\{c\\} \\+ d \\- e'],
		['back\\slash', 'back\\\\slash'],
		[
			'&lt;b&gt; &amp; &#60; &#x3C; R&D & Co;',
			'\\&lt;b\\&gt; \\&amp; \\&\\#60; \\&\\#x3C; R&D & Co;'
		],
		['one\ntwo\r\nthree\rfour', 'one two three four'],
		['Jane Doe', 'Jane Doe']
	])('escapes %j', (input, expected) => {
		expect(escapeMarkdown(input)).toBe(expected);
	});
});
