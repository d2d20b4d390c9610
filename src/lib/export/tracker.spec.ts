import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { principles } from '$lib/framework';
import { buildPlan, type PlanRow } from './plan';
import { createTranslator, sampleAssessment, sampleWording } from '$lib/testing/translator';
import {
	cutToFit,
	issueUrl,
	itemIssueLink,
	itemIssueLinks,
	MAX_URL_LENGTH,
	normalizeBaseUrl,
	normalizeProject,
	planIssueLink,
	validateTracker,
	type IssueContext,
	type TrackerConfig
} from './tracker';

const t = createTranslator('en', sampleWording);
const plan = buildPlan(principles, sampleAssessment(), t, 'en');
const leadership = plan.find((row) => row.questionId === 'commons.leadership-ownership')!;
const github: TrackerConfig = {
	kind: 'github',
	baseUrl: 'https://github.com',
	project: 'octo-org/security-plan'
};
const gitlab: TrackerConfig = {
	kind: 'gitlab',
	baseUrl: 'https://git.example.org:8443/gitlab',
	project: 'security/oss/plan'
};
const context: IssueContext = {
	name: 'ACME *Ltd* <b>',
	frameworkVersion: '1.0.0',
	resultLink: 'https://commons.example.org/r/#AQEAAAAA'
};

const params = (url: string) => new URL(url).searchParams;

describe('normalizeBaseUrl', () => {
	it.each([
		['https://github.com', 'https://github.com'],
		['https://github.com/', 'https://github.com'],
		['  https://GitLab.Example.org/  ', 'https://gitlab.example.org'],
		['gitlab.example.org', 'https://gitlab.example.org'],
		['gitlab.example.org:8443/gitlab/', 'https://gitlab.example.org:8443/gitlab'],
		['https://gitlab.example.org:443/', 'https://gitlab.example.org'],
		['https://code.example.org/tools/gitlab', 'https://code.example.org/tools/gitlab'],
		['http://localhost:8080', 'http://localhost:8080'],
		['http://127.0.0.1/gitlab', 'http://127.0.0.1/gitlab'],
		['http://[::1]:3000', 'http://[::1]:3000']
	])('accepts %j as %j', (input, url) => {
		expect(normalizeBaseUrl(input)).toEqual({ ok: true, url });
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		[`https://example.org/${'a'.repeat(190)}`, 'too-long'],
		['https://', 'not-url'],
		['https://exa mple.org', 'not-url'],
		['javascript:alert(1)', 'scheme'],
		['JavaScript:alert(document.domain)//', 'scheme'],
		[' javascript:alert(1)', 'scheme'],
		['data:text/html,<script>alert(1)</script>', 'scheme'],
		['vbscript:msgbox(1)', 'scheme'],
		['file:///etc/passwd', 'scheme'],
		['ftp://gitlab.example.org', 'scheme'],
		['blob:https://github.com/uuid', 'scheme'],
		['http://gitlab.example.org', 'insecure'],
		['http://localhost.evil.example', 'insecure'],
		['https://user:secret@gitlab.example.org', 'credentials'],
		['https://glpat-token@gitlab.com', 'credentials'],
		['https://github.com?tab=issues', 'query'],
		['https://github.com/#issues', 'query'],
		['https://github.com/?', 'query'],
		['https://gitlab.example.org/a b', 'path'],
		['https://gitlab.example.org/<script>', 'path'],
		['https://gitlab.example.org/%2F', 'path']
	])('refuses %j: %s', (input, error) => {
		expect(normalizeBaseUrl(input)).toEqual({ ok: false, error });
	});

	it('refuses a script URL with line breaks or tabs slipped in', () => {
		for (const input of ['java\nscript:alert(1)', 'java\tscript:alert(1)', 'jav&#x09;ascript:x']) {
			expect(normalizeBaseUrl(input).ok).toBe(false);
		}
	});

	it('never accepts anything but http(s), whatever the input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 30 }), (scheme, rest) => {
				const result = normalizeBaseUrl(`${scheme}:${rest}`);
				if (result.ok) expect(result.url).toMatch(/^https?:\/\/[^/?#@\s]+(\/[A-Za-z0-9._~-]+)*$/);
			})
		);
	});
});

describe('normalizeProject', () => {
	it.each([
		['github', 'octo-org/security-plan', 'octo-org/security-plan'],
		['github', ' /octo-org/security-plan.git/ ', 'octo-org/security-plan'],
		['github', 'https://github.com/octo-org/security-plan', 'octo-org/security-plan'],
		['github', 'https://github.com/octo-org/security-plan/issues/12', 'octo-org/security-plan'],
		['github', 'Octo_Org/.github', 'Octo_Org/.github'],
		['gitlab', 'security/plan', 'security/plan'],
		['gitlab', 'group/sub.group/plan_2', 'group/sub.group/plan_2'],
		['gitlab', 'https://gitlab.com/group/sub/plan/-/issues', 'group/sub/plan'],
		['gitlab', 'group/plan.git', 'group/plan']
	] as const)('%s: %j → %j', (kind, input, project) => {
		const base = kind === 'github' ? 'https://github.com' : 'https://gitlab.com';
		expect(normalizeProject(kind, input, base)).toEqual({ ok: true, project });
	});

	it.each([
		['github', '', 'empty'],
		['github', 'octo-org', 'format'],
		['github', 'octo-org/plan/extra', 'format'],
		['github', 'octo-org/..', 'format'],
		['github', '-octo/plan', 'format'],
		['github', 'octo org/plan', 'format'],
		['github', 'octo-org/<img src=x>', 'format'],
		['github', 'javascript:alert(1)', 'format'],
		['gitlab', 'plan', 'format'],
		['gitlab', '-group/plan', 'format'],
		['gitlab', 'group/plan.', 'format'],
		['gitlab', 'group/feed.atom', 'format'],
		['gitlab', 'group/pl an', 'format'],
		['gitlab', 'group/"quoted"', 'format'],
		['gitlab', `${'g/'.repeat(130)}p`, 'too-long']
	] as const)('%s: refuses %j (%s)', (kind, input, error) => {
		expect(normalizeProject(kind, input, 'https://gitlab.com')).toEqual({ ok: false, error });
	});
});

describe('validateTracker', () => {
	it('returns the normalized configuration', () => {
		expect(
			validateTracker({ kind: 'gitlab', baseUrl: 'gitlab.example.org/', project: '/g/p/' })
		).toEqual({
			ok: true,
			config: { kind: 'gitlab', baseUrl: 'https://gitlab.example.org', project: 'g/p' }
		});
	});

	it('reports a problem with each field', () => {
		expect(
			validateTracker({ kind: 'github', baseUrl: 'javascript:alert(1)', project: 'x' })
		).toEqual({ ok: false, baseUrl: 'scheme', project: 'format' });
		expect(validateTracker({ kind: 'github', baseUrl: 'https://github.com', project: '' })).toEqual(
			{ ok: false, project: 'empty' }
		);
	});
});

describe('issueUrl', () => {
	const draft = {
		title: 'Fix & ship = 100% #1 +more',
		body: 'Line 1\nÜnïcödé 🎉 "quoted" ~tilde\n\n- [ ] task',
		labels: ['principle:commons', 'effort:small'],
		due: '2027-03-31'
	};

	it('builds GitHub’s new-issue link with title, body and comma-separated labels', () => {
		const url = issueUrl(github, draft);
		expect(url.startsWith('https://github.com/octo-org/security-plan/issues/new?title=')).toBe(
			true
		);
		expect(url).toContain('&labels=principle%3Acommons,effort%3Asmall');
		expect(params(url).get('title')).toBe(draft.title);
		expect(params(url).get('body')).toBe(draft.body);
		expect(params(url).get('labels')).toBe('principle:commons,effort:small');
		// Everything but the separators is percent-encoded (spaces as "+").
		expect(new URL(url).search.slice(1)).toMatch(/^[A-Za-z0-9%+*._~\-=&,!'()]*$/);
	});

	it('builds GitLab’s link under a self-hosted base with a sub-path, labels and due date as quick actions', () => {
		const url = issueUrl(gitlab, draft);
		expect(
			url.startsWith(
				'https://git.example.org:8443/gitlab/security/oss/plan/-/issues/new?issue[title]='
			)
		).toBe(true);
		expect(params(url).get('issue[title]')).toBe(draft.title);
		expect(params(url).get('issue[description]')).toBe(
			`${draft.body}\n\n/label ~"principle:commons" ~"effort:small"\n/due 2027-03-31`
		);
		expect([...params(url).keys()]).toEqual(['issue[title]', 'issue[description]']);
	});

	it('leaves out what is empty', () => {
		const url = issueUrl(github, { title: 'T', body: 'B', labels: [] });
		expect(url).toBe('https://github.com/octo-org/security-plan/issues/new?title=T&body=B');
		const lab = issueUrl(gitlab, { title: 'T', body: 'B', labels: [] });
		expect(params(lab).get('issue[description]')).toBe('B');
	});
});

describe('itemIssueLink', () => {
	it('prefills one plan item: question, levels, step, owner, due date, sources and the link back', () => {
		const link = itemIssueLink(github, leadership, context, t, 'en');
		expect(link.shortened).toBe(false);
		expect(link.title).toBe('Does leadership own open source risk?');
		expect(params(link.url).get('title')).toBe(link.title);
		expect(params(link.url).get('labels')).toBe('principle:commons,effort:medium');
		expect(params(link.url).get('body')).toBe(
			[
				'**Question:** Does leadership own open source risk?  ',
				'**Now → target:** 1 – Ad hoc → 3 – Managed  ',
				'**Next step:** Name one executive owner.  ',
				'**Principle:** 1. Most of your digital infrastructure is in the commons',
				'',
				'**Effort:** Medium · **Owner:** Jane Doe, CISO "acting" (Executive leadership) · **Due:** June 30, 2027',
				'',
				'**Sources:**',
				'- [Five-Stage OSPO Maturity Model (TODO Group)](https://github.com/todogroup/ospology/blob/main/ospo-model/en/five-stage-OSPO-maturity-model.md)',
				'- [Cyber Resilience Act, Regulation (EU) 2024/2847](https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng)',
				'',
				'---',
				'From the Commons Check action plan of ACME \\*Ltd\\* \\<b\\>, framework version 1.0.0.',
				'[Open the shared result](https://commons.example.org/r/#AQEAAAAA)'
			].join('\n')
		);
	});

	it('escapes what users typed, so it cannot add links, HTML or quick actions', () => {
		const row: PlanRow = { ...leadership, owner: '[x](javascript:alert(1))\n/close <img src=x>' };
		const body = params(itemIssueLink(gitlab, row, context, t, 'en').url).get(
			'issue[description]'
		)!;
		expect(body).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\) /close \\<img src=x\\>');
		// The only lines starting with "/" are the quick actions this app adds.
		expect(body.split('\n').filter((line) => line.startsWith('/'))).toEqual([
			'/label ~"principle:commons" ~"effort:medium"',
			'/due 2027-06-30'
		]);
	});

	it('leaves out the due date and the link back when there are none, and names an untitled plan', () => {
		const row = plan.find((r) => r.questionId === 'partners.vulnerability-reporting')!;
		const body = params(
			itemIssueLink(github, row, { name: '', frameworkVersion: '1.0.0' }, t, 'en').url
		).get('body')!;
		expect(body).not.toContain('Due:');
		expect(body).not.toContain('shared result');
		expect(body).toContain('of Untitled assessment, framework version 1.0.0.');
	});

	it('writes the text in the user’s language', () => {
		const de = createTranslator('de', sampleWording);
		const [row] = buildPlan(principles, sampleAssessment(), de, 'de') as [PlanRow];
		const body = params(itemIssueLink(github, row, context, de, 'de').url).get('body')!;
		expect(body).toContain('**Fällig am:** 31. März 2027');
		expect(body).toContain('Weiß nicht → 3 – ');
	});

	it('shortens step by step to fit, and says so: source titles, then the step, then the sources', () => {
		const full = itemIssueLink(github, leadership, context, t, 'en');
		const bodyAt = (max: number) => {
			const link = itemIssueLink(github, leadership, context, t, 'en', max);
			expect(link.url.length).toBeLessThanOrEqual(max);
			return { link, body: params(link.url).get('body')! };
		};

		const titlesGone = bodyAt(full.url.length - 1);
		expect(titlesGone.link.shortened).toBe(true);
		expect(
			titlesGone.body.startsWith('_Shortened to fit in a link: the action plan has the full text._')
		).toBe(true);
		expect(titlesGone.body).toContain('- <https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng>');
		expect(titlesGone.body).not.toContain('Cyber Resilience Act');
		expect(titlesGone.body).toContain('Name one executive owner.');

		const stepGone = bodyAt(titlesGone.link.url.length - 1);
		expect(stepGone.body).not.toContain('Name one executive owner.');
		expect(stepGone.body).toContain('- <https://eur-lex');

		const sourcesGone = bodyAt(stepGone.link.url.length - 1);
		expect(sourcesGone.body).not.toContain('eur-lex');
		expect(sourcesGone.body).toContain('**Question:** Does leadership own open source risk?');

		// Then the text itself is cut, and ends with an ellipsis.
		const cut = bodyAt(sourcesGone.link.url.length - 40);
		expect(cut.body.endsWith('…')).toBe(true);
		expect(cut.body.startsWith('_Shortened')).toBe(true);
	});

	it('never cuts inside a percent-escape or a surrogate pair, at any length', () => {
		const row: PlanRow = { ...leadership, owner: '🎉é€'.repeat(60) };
		for (const kind of [github, gitlab]) {
			const full = itemIssueLink(kind, row, context, t, 'en').url.length;
			for (let max = 200; max <= full; max += 7) {
				const { url } = itemIssueLink(kind, row, context, t, 'en', max);
				expect(url.length).toBeLessThanOrEqual(max);
				// URLSearchParams would silently turn a broken escape into U+FFFD; this throws instead.
				for (const part of new URL(url).search.slice(1).split('&')) {
					expect(() => decodeURIComponent(part.replace(/\+/g, ' '))).not.toThrow();
				}
				expect(url).not.toMatch(/%(?![0-9A-F]{2})/);
				expect(decodeURIComponent(url)).not.toMatch(/[\uD800-\uDFFF]/u);
			}
		}
	});

	it('keeps GitLab’s quick actions whole when the text is cut', () => {
		const row: PlanRow = { ...leadership, owner: 'x'.repeat(200) };
		const { url } = itemIssueLink(gitlab, row, context, t, 'en', 700);
		expect(url.length).toBeLessThanOrEqual(700);
		expect(params(url).get('issue[description]')).toMatch(
			/…\n\n\/label ~"principle:commons" ~"effort:medium"\n\/due 2027-06-30$/
		);
	});

	it('stays under 8000 characters for the longest item a user can make', () => {
		const row: PlanRow = {
			...leadership,
			owner: '漢字'.repeat(100),
			references: Array.from({ length: 12 }, (_, i) => ({
				title: 'Ü'.repeat(150),
				url: `https://example.org/${'ä'.repeat(200)}/${i}`
			}))
		};
		const link = itemIssueLink(gitlab, row, { ...context, name: '名'.repeat(200) }, t, 'en');
		expect(link.url.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
		expect(link.shortened).toBe(true);
	});

	it('gives one link per item', () => {
		const links = itemIssueLinks(github, plan, context, t, 'en');
		expect(links.map((link) => link.title)).toEqual(plan.map((row) => row.questionText));
	});
});

describe('planIssueLink', () => {
	const included = plan.filter((row) => row.included);

	it('lists the items as a task list, labelled with their principles', () => {
		const link = planIssueLink(github, included, context, t, 'en');
		expect(link).toMatchObject({
			title: 'Commons Check action plan: ACME *Ltd* <b>',
			shortened: false,
			listed: 3
		});
		expect(params(link.url).get('labels')).toBe('principle:commons,principle:partners');
		const body = params(link.url).get('body')!;
		expect(body.split('\n').filter((line) => /^- \[[ x]\] /.test(line))).toEqual([
			'- [ ] **Do you know what you depend on?** (Don’t know → 3 – Managed) Find out where you stand: ask the people who would know, check the evidence and record the real answer. If nothing is in place yet, start here: List \\*all\\* direct dependencies. · Effort: Small · Owner: =HYPERLINK\\("https://evil\\.example","click"\\) (CTO) · Due: March 31, 2027',
			'- [ ] **Does leadership own open source risk?** (1 – Ad hoc → 3 – Managed) Name one executive owner. · Effort: Medium · Owner: Jane Doe, CISO "acting" (Executive leadership) · Due: June 30, 2027',
			'- [x] **Do you report vulnerabilities upstream?** (2 – Defined → 4 – Leading) Write a disclosure policy. · Effort: Medium · Owner: \\[x\\]\\(javascript:alert\\(1\\)\\) (CISO)'
		]);
		expect(body).toContain(
			'  - [S2C2F](https://github.com/ossf/s2c2f/blob/main/specification/framework.md)'.replace(
				'S2C2F',
				'Secure Supply Chain Consumption Framework (S2C2F)'
			)
		);
		expect(body).toContain('[Open the shared result](https://commons.example.org/r/#AQEAAAAA)');
	});

	it('is titled for an untitled assessment too', () => {
		const link = planIssueLink(gitlab, included, { name: ' ', frameworkVersion: '1.0.0' }, t, 'en');
		expect(link.title).toBe('Commons Check action plan');
		expect(params(link.url).get('issue[description]')).toMatch(
			/\/label ~"principle:commons" ~"principle:partners"$/
		);
	});

	it('lists as many items as fit and says how many more the plan has', () => {
		const many = Array.from({ length: 30 }, (_, i) => ({
			...leadership,
			questionId: `commons.q${i}`,
			questionText: `Question number ${i} ${'with padding '.repeat(8)}`
		}));
		const full = planIssueLink(github, many, context, t, 'en');
		expect(full.url.length).toBeGreaterThan(3000);
		const short = planIssueLink(github, many, context, t, 'en', 3000);
		expect(short.url.length).toBeLessThanOrEqual(3000);
		expect(short.shortened).toBe(true);
		expect(short.listed).toBeGreaterThan(0);
		expect(short.listed).toBeLessThan(30);
		const body = params(short.url).get('body')!;
		expect(body.match(/^- \[ \] /gm)).toHaveLength(short.listed);
		expect(body).toContain(`- ${30 - short.listed} more items in the action plan.`);
		// The shortest form of each item: no step, no sources.
		expect(body).not.toContain('Name one executive owner.');
		expect(body).not.toContain('eur-lex');
	});
});

describe('cutToFit', () => {
	it('cuts between code points and adds an ellipsis', () => {
		expect(cutToFit('abc🎉def', (s) => s.length <= 5)).toBe('abc…');
		expect(cutToFit('ab🎉def', (s) => s.length <= 5)).toBe('ab🎉…');
		expect(cutToFit('short', () => true)).toBe('short');
		expect(cutToFit('nothing fits', () => false)).toBe('');
	});
});
