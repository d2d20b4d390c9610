/**
 * Hostile text in every free-text field: it must stay text wherever it goes. Each field gets a
 * large slice of the corpus in tests/xss-payloads.ts (all 102 payloads are used across this
 * file), typed the way a user types it, and then carried through every place that shows or writes
 * it: the questionnaire after a reload, the results and plan pages, the Markdown and CSV exports,
 * the printed plan, a share link with notes opened in another browser, a JSON backup restored in
 * another browser, the combine and compare pages.
 *
 * A payload that runs calls `window.__xss(id)` or `alert(id)`. Before any page loads, a trap
 * records every call of `window.__xss` (in the page and through a binding into the test) and every
 * dialog; the test fails on either. On each page the DOM is also searched for anything a payload
 * would have created had it been parsed as markup (event-handler attributes, frames, javascript:
 * links, the payloads' own tags). The fixture adds its own checks: no CSP violation (the strict
 * CSP would block an injected inline handler and report it), no request to another origin (an
 * injected <img src="https://evil.example/…"> would make one) and no console error.
 *
 * Payloads are batched (different payloads in different questions, plan items and names) so each
 * page is loaded once or twice, not once per payload.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { LIMITS } from '../src/lib/assessment/model';
import { PARTICIPANT_MAX } from '../src/lib/share/codec';
import { SNAPSHOT_LABEL_MAX, type Envelope } from '../src/lib/storage/envelope';
import { expect, test as base } from './fixtures';
import { answerWithKeys, compact, flushWrites, pdfText, shareLink } from './helpers';
import {
	ACCEPTED_EVIDENCE,
	payload,
	PAYLOAD_KINDS,
	payloadRange,
	PAYLOADS,
	REFUSED_EVIDENCE,
	type Payload
} from './xss-payloads';

// ---------------------------------------------------------------------------------------------
// The trap

type TrapWindow = Window & {
	__xss: (id: unknown) => void;
	__xssCalls: string[];
	__xssReport?: (id: string) => Promise<void>;
};

/** Records every sign that a payload ran: a call of `window.__xss`, or any JavaScript dialog. */
class XssTrap {
	readonly hits: string[] = [];
	readonly #contexts = new WeakSet<BrowserContext>();

	/** Installs the trap in the page's context (before its next document loads) and on the page. */
	async arm(page: Page): Promise<Page> {
		const context = page.context();
		if (!this.#contexts.has(context)) {
			this.#contexts.add(context);
			// A binding reports into the test at once, even if the page navigates away right after.
			await context.exposeBinding('__xssReport', ({ page: source }, id: string) => {
				this.hits.push(`window.__xss(${id}) ran on ${source.url()}`);
			});
			await context.addInitScript(() => {
				const w = window as unknown as TrapWindow;
				w.__xssCalls = [];
				w.__xss = (id) => {
					w.__xssCalls.push(String(id));
					void w.__xssReport?.(String(id));
				};
			});
		}
		page.on('dialog', (dialog) => {
			this.hits.push(`${dialog.type()} dialog "${dialog.message()}" on ${page.url()}`);
			void dialog.dismiss().catch(() => undefined);
		});
		return page;
	}

	/** Fails when any payload has run so far: in the test's record or in the page's own. */
	async expectNothingRan(page: Page): Promise<void> {
		const calls = await page.evaluate(() => (window as unknown as TrapWindow).__xssCalls ?? []);
		expect(
			[...this.hits, ...calls.map((id) => `window.__xss(${id}) ran on ${page.url()}`)],
			'payloads that ran'
		).toEqual([]);
	}
}

const test = base.extend<{ xss: XssTrap }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright needs the object pattern.
	xss: async ({}, use) => {
		const trap = new XssTrap();
		await use(trap);
		expect(trap.hits, 'payloads that ran').toEqual([]);
	},
	page: async ({ page, xss }, use) => {
		await use(await xss.arm(page));
	},
	openPage: async ({ openPage, xss }, use) => {
		await use(async () => xss.arm(await openPage()));
	}
});

/**
 * Searches the page for anything a payload would have created if it had been parsed as markup:
 * event-handler attributes (the app sets none: Svelte attaches listeners in script), frames and
 * plugins, document-level elements, script-bearing URLs, the payloads' own tags and text.
 */
async function expectOnlyText(page: Page, xss: XssTrap): Promise<void> {
	const found = await page.evaluate(() => {
		const problems: string[] = [];
		const forbiddenTags = new Set([
			'iframe',
			'frame',
			'frameset',
			'object',
			'embed',
			'applet',
			'base',
			'marquee',
			'plaintext',
			'math',
			'mglyph',
			'video',
			'audio',
			'source',
			'xss-probe'
		]);
		const urlAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data']);
		for (const element of document.querySelectorAll('*')) {
			const tag = element.localName;
			if (forbiddenTags.has(tag)) problems.push(`<${tag}> element`);
			if (tag === 'img' && element.getAttribute('src') === 'x') problems.push('img[src=x]');
			if (tag === 'svg' && element.closest('[class]') === null) problems.push('stray <svg>');
			if (tag === 'style' && element.closest('body')) problems.push('<style> in the body');
			if (tag === 'link' && element.closest('body')) problems.push('<link> in the body');
			if (tag === 'meta' && element.hasAttribute('http-equiv')) {
				const kind = element.getAttribute('http-equiv')!.toLowerCase();
				if (kind !== 'content-security-policy') problems.push(`meta[http-equiv=${kind}]`);
			}
			if (tag === 'script' && /__xss|alert\(/.test(element.textContent ?? ''))
				problems.push('<script> with a payload');
			if (tag === 'h1' && element.textContent === 'Injected heading')
				problems.push('injected <h1>');
			for (const attribute of element.attributes) {
				const name = attribute.name.toLowerCase();
				if (name.startsWith('on')) problems.push(`${tag}[${name}]`);
				if (name.includes('xss') || name === 'srcdoc' || name === 'autofocus')
					problems.push(`${tag}[${name}]`);
				// Browsers ignore control characters and whitespace in a scheme.
				const value = attribute.value.replace(/[\p{Cc}\s]/gu, '').toLowerCase();
				if (
					urlAttributes.has(name) &&
					(/^(javascript|vbscript):/.test(value) ||
						/^data:text\/(html|javascript)/.test(value) ||
						(name !== 'src' && value.startsWith('data:')))
				) {
					problems.push(`${tag}[${name}=${attribute.value.slice(0, 40)}]`);
				}
			}
		}
		return problems;
	});
	expect(found, `markup from a payload on ${page.url()}`).toEqual([]);
	await xss.expectNothingRan(page);
}

// ---------------------------------------------------------------------------------------------
// How text arrives in a field, and other helpers

/**
 * What a one-line field holds after a text is typed into it: Chromium turns each line break
 * (CR LF, CR or LF) into one space, and `maxlength` cuts the rest.
 */
function inLine(text: string, max: number): string {
	return text.replace(/\r\n|\r|\n/g, ' ').slice(0, max);
}

/** What a text area holds: its value has LF line breaks only (HTML), `maxlength` cuts the rest. */
function inBox(text: string, max: number): string {
	return text.replace(/\r\n?/g, '\n').slice(0, max);
}

interface Bank {
	principles: { id: string; questions: { id: string; text: string }[] }[];
}

async function readBank(page: Page): Promise<Bank> {
	return (await (await page.request.get('/framework.json')).json()) as Bank;
}

/** What the app has stored, typed text it still holds back included. */
async function readStored(page: Page): Promise<Envelope> {
	await flushWrites(page);
	return JSON.parse(
		(await page.evaluate(() => localStorage.getItem('commons-check'))) ?? 'null'
	) as Envelope;
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** The app-relative part of a link (the server may run on any port). */
const path = (link: string) => link.replace(/^https?:\/\/[^/]+/, '');

/** CommonMark backslash escapes undone: "\\" before ASCII punctuation stands for that character. */
function unescapeMarkdown(text: string): string {
	return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * The characters of Markdown text that are NOT neutralized by a backslash and could start a link,
 * an image, raw HTML or an autolink, emphasis, code, a table cell, a heading or a list item.
 */
function activeMarkdown(text: string): string[] {
	const active: string[] = [];
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\') {
			i++; // The escaped character is literal.
			continue;
		}
		if ('[]()!<>`*_~|#'.includes(text[i]!)) active.push(text[i]!);
		// An "&" is active only where it starts an entity reference ("&lt;" would render as "<").
		else if (text[i] === '&' && /^&#?\w+;/.test(text.slice(i))) active.push('&');
	}
	return active;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}

/** A spreadsheet reads a cell starting with one of these as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

// ---------------------------------------------------------------------------------------------
// 1. The questionnaire, the organization name and the plan

interface Planned {
	id: string;
	principle: string;
	question: string;
	/** The radio value: a level, 'na' or 'unknown'. */
	choice: string;
	note: Payload;
	reason?: Payload;
	evidence?: string;
	owner?: Payload;
	/** Typed in the presenter view instead of the questionnaire. */
	presenter?: boolean;
}

test('hostile text in the questionnaire, the name and the plan stays text on screen, in exports, on paper, in a shared link and in a restored backup', async ({
	page,
	openPage,
	xss
}) => {
	test.setTimeout(300_000);
	const bank = await readBank(page);
	const questions = bank.principles.flatMap((principle) =>
		principle.questions.map((question, index) => ({
			...question,
			principle: principle.id,
			index
		}))
	);
	expect(questions).toHaveLength(42);

	// Who gets which payload. Notes: 1–38, 77–78, the 10 000-character text and the note one over
	// its limit. Reasons: 39–45 and the reason one over its limit. Owners: 46–76, 79–80 and the
	// owner one over its limit. Evidence: http(s) addresses full of markup, and one over the limit.
	const notes = [...payloadRange(1, 38), payload(77), payload(78), payload(86), payload(88)];
	const reasons = [...payloadRange(39, 45), payload(89)];
	const owners = [...payloadRange(46, 76), payload(79), payload(80), payload(90)];
	const evidence = [...ACCEPTED_EVIDENCE, payload(93).text];
	const name = payload(48);
	expect([notes.length, reasons.length, owners.length, evidence.length]).toEqual([42, 8, 34, 8]);

	// The last question of each principle is not applicable (with a reason), the third "don't
	// know", the others level 1: below the default target 3, so each of those 34 is a plan item
	// that shows its note and takes an owner. The second question of each gets an evidence link.
	const principleIndex = new Map(bank.principles.map((principle, i) => [principle.id, i]));
	const lastIndex = new Map(bank.principles.map((p) => [p.id, p.questions.length - 1]));
	let owned = 0;
	const planned: Planned[] = questions.map((question, n) => {
		const p = principleIndex.get(question.principle)!;
		const choice =
			question.index === lastIndex.get(question.principle)
				? 'na'
				: question.index === 2
					? 'unknown'
					: '1';
		return {
			id: question.id,
			principle: question.principle,
			question: question.text,
			choice,
			note: notes[n]!,
			...(choice === 'na' ? { reason: reasons[p]! } : {}),
			...(question.index === 1 ? { evidence: evidence[p]! } : {}),
			...(choice !== 'na' ? { owner: owners[owned++]! } : {}),
			presenter: n === questions.length - 1
		};
	});
	const expectedName = inLine(name.text, LIMITS.name);
	const expectedNote = (q: Planned) => inBox(q.note.text, LIMITS.note);
	const expectedReason = (q: Planned) => inLine(q.reason!.text, LIMITS.naReason);
	// Evidence links are stored trimmed.
	const expectedEvidence = (q: Planned) => inLine(q.evidence!, LIMITS.evidence).trim();
	const expectedOwner = (q: Planned) => inLine(q.owner!.text, LIMITS.owner);
	// The plan shows (and exports) owners trimmed.
	const shownOwner = (q: Planned) => expectedOwner(q).trim();

	// The organization name on the home page.
	await page.goto('/');
	await page.getByLabel('Organization, team or product').fill(name.text);
	await expect(page.getByLabel('Organization, team or product')).toHaveValue(expectedName);

	// Every question of every principle: an answer, a note, a reason or an evidence link. From
	// one principle to the next with the page's own link, as a user goes.
	await page.goto('/assess/commons/');
	for (const [index, principle] of bank.principles.entries()) {
		if (index > 0) {
			await page.locator('[data-next-step]').click();
			await expect(page).toHaveURL(new RegExp(`/assess/${principle.id}/$`));
		}
		for (const q of planned.filter((p) => p.principle === principle.id && !p.presenter)) {
			const card = page.locator(`[id="question-${q.id}"]`);
			await card.locator(`input[type="radio"][value="${q.choice}"]`).check();
			if (q.reason) {
				await card.getByLabel('Why does this not apply to your organization?').fill(q.reason.text);
			}
			await card.locator('details.notes > summary').click();
			await card.getByLabel('Notes', { exact: true }).fill(q.note.text);
			if (q.evidence) {
				await card.getByLabel('Evidence link (optional)').fill(q.evidence);
				await expect(card.getByText('Only web addresses')).toHaveCount(0);
			}
		}
		await expectOnlyText(page, xss);
	}

	// The last question through the presenter view, which has its own reason and notes fields.
	const last = planned[planned.length - 1]!;
	await page.goto(`/present/?q=${last.id}`);
	await page.getByRole('radio', { name: 'Not applicable' }).check();
	await page.getByLabel('Why does this not apply to your organization?').fill(last.reason!.text);
	await page.getByText('Notes', { exact: true }).click();
	await page.getByLabel('Notes on question 8.5').fill(last.note.text);
	await expectOnlyText(page, xss);

	// Stored exactly as typed, within the limits: nothing escaped, nothing lost, nothing more.
	const stored = (await readStored(page)).assessments[0]!;
	expect(stored.name).toBe(expectedName);
	for (const q of planned) {
		expect(stored.answers[q.id], q.id).toEqual({
			choice: q.choice === '1' ? 1 : q.choice,
			note: expectedNote(q),
			...(q.reason ? { naReason: expectedReason(q) } : {}),
			...(q.evidence ? { evidence: expectedEvidence(q) } : {})
		});
	}
	// The long ones were cut at their limits.
	// The 10 000-character note (40), the reason and the evidence link of the last principle.
	expect(stored.answers[planned[40]!.id]!.note).toHaveLength(LIMITS.note);
	expect(stored.answers[planned[41]!.id]!.naReason).toHaveLength(LIMITS.naReason);
	expect(stored.answers[planned[38]!.id]!.evidence).toHaveLength(LIMITS.evidence);

	// After a reload the questionnaire shows every field exactly as stored.
	for (const principle of ['commons', 'boring-work']) {
		await page.goto(`/assess/${principle}/`);
		for (const q of planned.filter((p) => p.principle === principle)) {
			const card = page.locator(`[id="question-${q.id}"]`);
			await expect(card.getByLabel('Notes', { exact: true })).toHaveValue(expectedNote(q));
			if (q.reason) {
				await expect(card.getByLabel('Why does this not apply to your organization?')).toHaveValue(
					expectedReason(q)
				);
			}
			if (q.evidence) {
				await expect(card.getByLabel('Evidence link (optional)')).toHaveValue(expectedEvidence(q));
			}
		}
		await expectOnlyText(page, xss);
	}

	// The plan: an owner for every item.
	await page.goto('/plan/');
	const items = page.locator('section.items article.plan-item');
	await expect(items).toHaveCount(34);
	const itemIds = await items.evaluateAll((articles) =>
		articles.map((article) =>
			article
				.getAttribute('aria-labelledby')!
				.replace(/^plan-/, '')
				.replace(/-title$/, '')
		)
	);
	const byId = new Map(planned.map((q) => [q.id, q]));
	for (const [index, id] of itemIds.entries()) {
		await items.nth(index).getByLabel('Owner').fill(byId.get(id)!.owner!.text);
	}
	const storedPlan = (await readStored(page)).assessments[0]!.plan;
	for (const id of itemIds) {
		expect(storedPlan[id], id).toEqual({ owner: expectedOwner(byId.get(id)!) });
	}
	expect(storedPlan[planned[40]!.id]?.owner).toHaveLength(LIMITS.owner);

	/** Checks every plan item of a page: owner field, note, printed owner, and the name. */
	async function expectPlanShowsText(target: Page) {
		await expect(target.locator('section.items article.plan-item')).toHaveCount(34);
		expect(await target.locator('p.organization').textContent()).toBe(expectedName);
		const shown = await target.locator('section.items article.plan-item').evaluateAll((articles) =>
			articles.map((article) => {
				const note = article.querySelector('p.note');
				return {
					id: article
						.getAttribute('aria-labelledby')!
						.replace(/^plan-/, '')
						.replace(/-title$/, ''),
					owner: article.querySelector<HTMLInputElement>('.fields input[type="text"]')?.value,
					// The note after its "Note:" label and the one space the template puts after it.
					note: note
						? [...note.childNodes]
								.slice(1)
								.map((node) => node.textContent)
								.join('')
								.replace(/^ /, '')
						: null,
					printedOwner: article.querySelector('.printed-fields span')?.textContent
				};
			})
		);
		for (const item of shown) {
			const q = byId.get(item.id)!;
			expect(item, item.id).toEqual({
				id: q.id,
				owner: shownOwner(q),
				note: expectedNote(q),
				printedOwner: `Owner: ${shownOwner(q)}`
			});
		}
		await expectOnlyText(target, xss);
	}
	await page.reload();
	await expectPlanShowsText(page);

	// The results page and the home page.
	await page.goto('/results/');
	expect(await page.locator('p.organization').textContent()).toBe(expectedName);
	await expectOnlyText(page, xss);
	await page.goto('/');
	await expect(page.getByLabel('Organization, team or product')).toHaveValue(expectedName);
	expect(
		await page
			.locator('section.assessments h3')
			.first()
			.evaluate((h3) => h3.textContent)
	).toContain(expectedName);
	await expectOnlyText(page, xss);

	// Markdown: every piece of user text escaped, so it renders as the text that was typed.
	await page.goto('/plan/');
	const markdown = await download(page, 'Download Markdown');
	expect(markdown.name).toMatch(/^commons-check-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.md$/);
	const lines = markdown.text.split('\n');
	const title = lines[0]!.replace(/^# Action plan: /, '');
	expect(unescapeMarkdown(title)).toBe(expectedName.trim());
	expect(activeMarkdown(title)).toEqual([]);
	const questionByText = new Map(planned.map((q) => [q.question, q]));
	let current: Planned | undefined;
	const quoted = new Map<string, string[]>();
	let ownersSeen = 0;
	for (const line of lines.slice(1)) {
		const item = /^- \[[ x]\] \*\*(.+?)\*\* — .* · Owner: (.*) \(([^()]*)\)$/.exec(line);
		if (item) {
			current = questionByText.get(unescapeMarkdown(item[1]!));
			expect(current, `a plan item line: ${line.slice(0, 80)}`).toBeDefined();
			const owner = item[2]!;
			expect(activeMarkdown(owner), `owner of ${current!.id}`).toEqual([]);
			expect(unescapeMarkdown(owner)).toBe(
				shownOwner(current!).replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
			);
			ownersSeen++;
		} else if (line.startsWith('  >')) {
			expect(current, 'a quoted note belongs to an item').toBeDefined();
			const text = line.replace(/^ {2}> ?/, '');
			expect(activeMarkdown(text), `note of ${current!.id}: ${text.slice(0, 60)}`).toEqual([]);
			quoted.set(current!.id, [...(quoted.get(current!.id) ?? []), unescapeMarkdown(text)]);
		} else {
			// Nothing else in the file comes from user text: headings, the meta line, sources, and
			// what the item relates to in other frameworks (their ids and titles).
			expect(line, 'a line of the Markdown export').toMatch(
				/^$|^## \d\. |^Exported .* · Framework version |^ {2}- Sources: \[|^ {2}- Relates to: [A-Z]/
			);
		}
	}
	expect(ownersSeen).toBe(34);
	for (const id of itemIds) {
		const q = byId.get(id)!;
		// Each line of a note becomes one quoted line, trimmed.
		const noteLines = expectedNote(q)
			.trim()
			.split(/\r\n|[\r\n\u2028\u2029]/)
			.map((line) => line.trim());
		expect(quoted.get(id), `quoted note of ${id}`).toEqual(noteLines);
	}

	// CSV: every cell that a spreadsheet would run as a formula starts with an apostrophe.
	const csv = await download(page, 'Download CSV');
	expect(csv.name).toMatch(/^commons-check-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/);
	expect(csv.text.startsWith('\uFEFF')).toBe(true);
	const [header, ...rows] = parseCsv(csv.text.slice(1));
	expect(rows).toHaveLength(34);
	const column = (label: string) => header!.indexOf(label);
	for (const row of rows) {
		expect(row).toHaveLength(header!.length);
		for (const cell of row) expect(cell, 'no CSV cell starts a formula').not.toMatch(/^[=+\-@]/);
		const q = questionByText.get(row[column('Question')]!)!;
		expect(q, row[column('Question')]).toBeDefined();
		const neutral = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
		expect(row[column('Owner')], `owner of ${q.id}`).toBe(neutral(shownOwner(q)));
		expect(row[column('Note')], `note of ${q.id}`).toBe(neutral(expectedNote(q)));
	}

	// Printed (the report, as the browser's own print prints it): the PDF holds the literal text
	// of the name (its heading), owners (their column) and notes.
	await expect(page.locator('[data-report-ready="true"]')).toBeAttached();
	const pdf = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
	expect(pdf.text).toMatch(/Assessment report/i);
	expect(pdf.compact).toContain(compact(expectedName));
	for (const q of [byId.get(planned[0]!.id)!, byId.get(planned[5]!.id)!]) {
		expect(pdf.compact).toContain(compact(shownOwner(q)));
	}
	// Notes of plan items (a question answered "not applicable" is not in the plan).
	const inPlan = planned.filter((q) => q.choice !== 'na');
	for (const q of [inPlan[0]!, inPlan[8]!, inPlan[11]!]) {
		expect(pdf.compact).toContain(compact(expectedNote(q)));
	}

	// The JSON backup holds everything exactly as stored.
	const json = await download(page, 'Download a backup of everything (JSON)');
	expect(json.name).toMatch(/^commons-check-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
	const backup = JSON.parse(json.text) as { assessments: Envelope['assessments'] };
	expect(backup.assessments[0]!.answers).toEqual((await readStored(page)).assessments[0]!.answers);
	expect(backup.assessments[0]!.plan).toEqual(storedPlan);
	expect(backup.assessments[0]!.name).toBe(expectedName);

	// A share link with notes, opened in another browser: the notes, reasons and evidence as text.
	await page.goto('/results/');
	await shareLink(page);
	await page.getByLabel('Include notes, evidence links and plan details').check();
	const linkField = page.getByLabel('Link to this result', { exact: true });
	// With notes the link is longer; wait for it to follow the box.
	await expect(linkField).toHaveValue(/#.{1000,}$/);
	const link = await linkField.inputValue();
	const reader = await openPage();
	await reader.goto(path(link));
	expect(await reader.locator('.banner p.name').textContent()).toBe(expectedName.trim());
	const shown = await reader.locator('dl.notes dd').evaluateAll((entries) =>
		entries.map((dd) => ({
			note: dd.querySelector('p.note')?.textContent ?? null,
			evidence: dd.querySelector('p.evidence')?.textContent ?? null,
			reason: dd.querySelector('p:not(.note):not(.evidence)')?.textContent ?? null
		}))
	);
	expect(shown).toHaveLength(42);
	const sorted = (values: (string | null)[]) => values.filter((v) => v !== null).sort();
	expect(sorted(shown.map((s) => s.note))).toEqual(sorted(planned.map(expectedNote)));
	expect(sorted(shown.map((s) => s.reason))).toEqual(
		sorted(
			planned.filter((q) => q.reason).map((q) => `Not applicable because: ${expectedReason(q)}`)
		)
	);
	expect(sorted(shown.map((s) => s.evidence))).toEqual(
		sorted(planned.filter((q) => q.evidence).map((q) => `Evidence: ${expectedEvidence(q)}`))
	);
	await expectOnlyText(reader, xss);

	// The JSON backup restored in another browser: the same plan, the same fields.
	const restorer = await openPage();
	await restorer.goto('/');
	await restorer.locator('input[type="file"]').setInputFiles({
		name: json.name,
		mimeType: 'application/json',
		buffer: Buffer.from(json.text)
	});
	const dialog = restorer.getByRole('dialog', { name: 'Import this backup?' });
	expect(await dialog.locator('th[scope="row"]').first().textContent()).toBe(expectedName);
	await expectOnlyText(restorer, xss);
	await dialog.getByRole('button', { name: 'Add to my assessments' }).click();
	await expect(
		restorer.getByRole('status').filter({ hasText: 'Imported 1 assessment' })
	).toBeVisible();
	await restorer.goto('/plan/');
	await expectPlanShowsText(restorer);
	await restorer.goto('/assess/never-free/');
	for (const q of planned.filter((p) => p.principle === 'never-free')) {
		const card = restorer.locator(`[id="question-${q.id}"]`);
		await expect(card.getByLabel('Notes', { exact: true })).toHaveValue(expectedNote(q));
	}
	await expectOnlyText(restorer, xss);
});

// ---------------------------------------------------------------------------------------------
// 2. Evidence links: only http(s)

test('evidence links: other schemes are refused with a message and never stored; http(s) links full of markup are kept as text', async ({
	page,
	xss
}) => {
	await page.goto('/assess/partners/');
	const card = page.locator('fieldset.question').first();
	const id = (await card.getAttribute('id'))!.replace(/^question-/, '');
	await card.locator('input[type="radio"][value="2"]').check();
	await card.locator('details.notes > summary').click();
	const field = card.getByLabel('Evidence link (optional)');
	const refusal = card.getByText(
		'Only web addresses that start with https:// or http:// can be saved'
	);
	const storedEvidence = async () => (await readStored(page)).assessments[0]!.answers[id]?.evidence;

	// Typed key by key with no note: the disclosure stays open and the field keeps the focus while
	// the address is not valid yet (the "h" of "https").
	await field.pressSequentially('https://example.com/policy');
	await expect(field).toBeFocused();
	await expect(field).toHaveValue('https://example.com/policy');
	await expect(card.locator('details.notes')).toHaveAttribute('open', '');
	expect(await storedEvidence()).toBe('https://example.com/policy');
	await field.fill('');

	for (const address of REFUSED_EVIDENCE) {
		await field.fill(address);
		await expect(refusal, address).toBeVisible();
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		// What was typed stays in the field to be corrected, but it is not saved.
		await expect(field).toHaveValue(inLine(address, LIMITS.evidence));
		expect(await storedEvidence(), address).toBeUndefined();
		await field.fill('');
		await expect(refusal).toHaveCount(0);
	}

	for (const address of [...ACCEPTED_EVIDENCE, payload(93).text]) {
		await field.fill(address);
		await expect(refusal, address).toHaveCount(0);
		expect(await storedEvidence(), address).toBe(inLine(address, LIMITS.evidence).trim());
	}
	// A refused address typed over a saved one leaves the saved one as it was.
	await field.fill(REFUSED_EVIDENCE[0]!);
	await expect(refusal).toBeVisible();
	expect(await storedEvidence()).toBe(inLine(payload(93).text, LIMITS.evidence));

	await page.reload();
	await expect(card.getByLabel('Evidence link (optional)')).toHaveValue(
		inLine(payload(93).text, LIMITS.evidence)
	);
	await expect(refusal).toHaveCount(0);
	await expectOnlyText(page, xss);
});

// ---------------------------------------------------------------------------------------------
// 3. Participant names, the combine page's link fields and the compare page's link field

test('participant names and pasted links stay text on the shared result, the combine page and the compare page', async ({
	page,
	openPage,
	xss
}) => {
	test.setTimeout(180_000);
	// Participant names: 77–85 and the name one over its limit. Lines pasted into the combine
	// page: 94–102 (one per line; a payload with line breaks makes several lines).
	const participants = [...payloadRange(77, 85), payload(91)];
	const pastedJunk = payloadRange(94, 102);
	const teamName = payload(59);

	await page.goto('/');
	await page.getByLabel('Organization, team or product').fill(teamName.text);
	await answerWithKeys(page, 'commons', ['1', '2', '3', '4', '0']);
	await page.goto('/results/');
	await shareLink(page);
	const nameField = page.getByLabel('Your name (optional)');
	const linkField = page.getByLabel('Link to this result', { exact: true });
	const links: { link: string; name: string }[] = [];
	for (const participant of participants) {
		const before = await linkField.inputValue();
		await nameField.fill(participant.text);
		await expect(nameField).toHaveValue(inLine(participant.text, PARTICIPANT_MAX));
		await expect(linkField).not.toHaveValue(before);
		// Links carry the name trimmed.
		links.push({
			link: await linkField.inputValue(),
			name: inLine(participant.text, PARTICIPANT_MAX).trim()
		});
	}
	await expectOnlyText(page, xss);

	// Two of the links opened in another browser.
	const reader = await openPage();
	for (const { link, name } of [links[0]!, links[links.length - 1]!]) {
		await reader.goto(path(link));
		const banner = reader.locator('.banner');
		expect(await banner.locator('p.name').textContent()).toBe(teamName.text);
		await expect(banner.getByText(/^Answered by /)).toHaveCount(1);
		expect(await banner.getByText(/^Answered by /).textContent()).toBe(`Answered by ${name}`);
		await expectOnlyText(reader, xss);
	}

	// The facilitator pastes every link with hostile lines in between.
	const facilitator = await openPage();
	await facilitator.goto('/combine/');
	const junkLines = pastedJunk
		.flatMap((p) => p.text.split(/\r\n|\r|\n/))
		.map((line) => line.trim())
		.filter((line) => line !== '');
	const box = facilitator.getByLabel('Result links, one per line');
	await box.fill(
		[
			...links.slice(0, 5).map((l) => l.link),
			...pastedJunk.map((p) => p.text),
			...links.slice(5).map((l) => l.link)
		].join('\n')
	);
	await facilitator.getByRole('button', { name: 'Add the links' }).click();
	const outcomes = facilitator.locator('.outcomes');
	await expect(outcomes).toContainText(
		`${links.length} participants added from ${links.length + junkLines.length} links.`
	);
	// Every hostile line is reported, quoted as text, and left in the box to be fixed.
	const excerpt = (line: string) => (line.length > 48 ? `${line.slice(0, 47)}…` : line);
	expect(await outcomes.locator('code.excerpt').allTextContents()).toEqual(junkLines.map(excerpt));
	await expect(box).toHaveValue(junkLines.join('\n'));
	const names = await facilitator.locator('section.participants li .name').allTextContents();
	expect(names).toEqual(links.map((l) => l.name));
	await expect(
		facilitator.getByRole('heading', { name: `Participants (${links.length})` })
	).toBeVisible();
	await expectOnlyText(facilitator, xss);
	// The workshop session stores the names as they are, and shows them as text after a reload.
	const session = JSON.parse(
		(await facilitator.evaluate(() => localStorage.getItem('commons-check:workshop'))) ?? 'null'
	) as { participants: { name?: string }[] };
	expect(session.participants.map((p) => p.name)).toEqual(links.map((l) => l.name));
	await facilitator.reload();
	await expect(facilitator.locator('section.participants li .name')).toHaveCount(links.length);
	expect(await facilitator.locator('section.participants li .name').allTextContents()).toEqual(
		links.map((l) => l.name)
	);
	await expectOnlyText(facilitator, xss);

	// One hostile line in the single-link field: refused, kept as typed.
	const single = facilitator.getByLabel('Add one link');
	for (const junk of [payload(19), payload(46), payload(101)]) {
		await single.fill(junk.text);
		await facilitator.getByRole('button', { name: 'Add', exact: true }).click();
		await expect(outcomes.locator('li')).toHaveCount(1);
		await expect(outcomes).toContainText('Not added.');
		await expect
			.poll(() => outcomes.locator('code.excerpt').textContent())
			.toBe(excerpt(junk.text.trim()));
		await expect(single).toHaveValue(inLine(junk.text, Infinity));
	}
	await expectOnlyText(facilitator, xss);

	// The compare page's link field: hostile text is refused and kept; a real link is used, and
	// its team name shows as text in the choices.
	await page.goto('/compare/');
	const compareField = page.getByLabel('Or paste a shared link to compare');
	for (const junk of [payload(19), payload(26), payload(46), payload(67), payload(62)]) {
		await compareField.fill(junk.text);
		await page.getByRole('button', { name: 'Use this link' }).click();
		await expect(page.getByRole('alert')).toContainText(
			/not a Commons Check result link|cut short or changed|far longer|is missing/
		);
		await expect(compareField).toHaveValue(inLine(junk.text, Infinity));
	}
	await compareField.fill(links[0]!.link);
	await page.getByRole('button', { name: 'Use this link' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	// The first picker ("Compare … with …") now shows the link.
	const picker = page.locator('.pickers select').first();
	await expect(picker).toHaveValue('link');
	expect(await picker.locator('option[value="link"]').textContent()).toBe(
		`${teamName.text} (shared link)`
	);
	await expectOnlyText(page, xss);
});

// ---------------------------------------------------------------------------------------------
// 4. Assessment names (new, renamed, duplicated, deleted) and snapshot labels

test('assessment names and snapshot labels stay text in the list, the results, snapshots and the compare page', async ({
	page,
	xss
}) => {
	test.setTimeout(180_000);
	const created = [payload(87), payload(96), payload(100)];
	const renamed = [payload(81), payload(84)];
	const labels = [payload(92), payload(78), payload(53), payload(60), payload(61), payload(97)];
	// Names are trimmed when saved, and cut at the limit.
	const asName = (p: Payload) => inLine(p.text, LIMITS.name).trim();
	const list = page.locator('section.assessments > ul > li');
	const heading = (id: string) => page.locator(`[id="name-${id}"]`);
	/** An assessment's name as its heading shows it (without the "working on" badge). */
	const headingText = (id: string) =>
		heading(id).evaluate((h3) =>
			[...h3.childNodes]
				.filter((node) => node.nodeType === Node.TEXT_NODE)
				.map((node) => node.textContent)
				.join('')
				.trim()
		);

	await page.goto('/');
	for (const p of created) {
		await page.getByLabel('Start a new assessment').fill(p.text);
		await expect(page.getByLabel('Start a new assessment')).toHaveValue(
			inLine(p.text, LIMITS.name)
		);
		await page.getByRole('button', { name: 'Create and start' }).click();
		await expect(page).toHaveURL(/\/assess\/commons\/$/);
		await page.goto('/');
	}
	let envelope = await readStored(page);
	const idOf = (name: string) => envelope.assessments.find((a) => a.name === name)?.id;
	for (const p of created) {
		const id = idOf(asName(p));
		expect(id, `assessment named ${asName(p).slice(0, 40)}`).toBeDefined();
		expect(await headingText(id!)).toBe(asName(p));
	}
	expect(envelope.assessments.find((a) => a.name === asName(created[0]!))!.name).toHaveLength(
		LIMITS.name
	);
	await expectOnlyText(page, xss);

	// Rename two of them.
	for (const [index, p] of renamed.entries()) {
		const id = idOf(asName(created[index + 1]!))!;
		const item = list.filter({ has: heading(id) });
		await item.getByRole('button', { name: /^Rename/ }).click();
		await expect(item.getByLabel('New name')).toHaveValue(asName(created[index + 1]!));
		await item.getByLabel('New name').fill(p.text);
		await item.getByRole('button', { name: 'Save' }).click();
		await expect(heading(id)).toBeVisible();
		expect(await headingText(id)).toBe(asName(p));
	}
	envelope = await readStored(page);
	for (const p of renamed) expect(idOf(asName(p))).toBeDefined();

	// Duplicate one ("Copy of …", cut at the limit) and delete another (with its name in the
	// undo message), then undo.
	const first = idOf(asName(renamed[0]!))!;
	await list
		.filter({ has: heading(first) })
		.getByRole('button', { name: /^Duplicate/ })
		.click();
	envelope = await readStored(page);
	const copy = idOf(`Copy of ${asName(renamed[0]!)}`.slice(0, LIMITS.name));
	expect(copy).toBeDefined();
	expect(await headingText(copy!)).toBe(`Copy of ${asName(renamed[0]!)}`);
	const second = idOf(asName(renamed[1]!))!;
	await list
		.filter({ has: heading(second) })
		.getByRole('button', { name: /^Delete/ })
		.click();
	expect(await page.locator('.undo p').textContent()).toBe(`“${asName(renamed[1]!)}” was deleted.`);
	await expectOnlyText(page, xss);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(heading(second)).toBeVisible();

	// Snapshots of the renamed one, with hostile labels (trimmed, cut at their limit).
	await list
		.filter({ has: heading(first) })
		.getByRole('button', { name: /^Open/ })
		.click();
	await expect(page).toHaveURL(/\/assess\/commons\/$/);
	await answerWithKeys(page, 'commons', ['2', '2', '2', '2', '2']);
	await page.goto('/results/');
	expect(await page.locator('p.organization').textContent()).toBe(asName(renamed[0]!));
	const labelField = page.getByLabel('Label (optional)');
	for (const p of labels) {
		await labelField.fill(p.text);
		await page.getByRole('button', { name: 'Save a snapshot' }).click();
		await expect(labelField).toHaveValue('');
	}
	const asLabel = (p: Payload) => inLine(p.text, SNAPSHOT_LABEL_MAX).trim();
	// Newest first.
	expect(await page.locator('section.snapshots li .name').allTextContents()).toEqual(
		labels.map((p) => asLabel(p) || 'Snapshot without a label').reverse()
	);
	envelope = await readStored(page);
	expect(envelope.snapshots.map((s) => s.label)).toEqual(labels.map(asLabel));
	expect(envelope.snapshots[0]!.label).toHaveLength(SNAPSHOT_LABEL_MAX);
	await expectOnlyText(page, xss);

	// The snapshot page and the compare page show labels and names as text.
	// The oldest, labelled with the longest text.
	await page.locator('section.snapshots li').last().getByRole('link', { name: /^View/ }).click();
	await expect(page).toHaveURL(/\/snapshot\/\?id=/);
	expect(await page.locator('.banner p.name').textContent()).toBe(asLabel(labels[0]!));
	await expect(page.locator('.banner')).toContainText(`Of “${asName(renamed[0]!)}”, taken`);
	await expectOnlyText(page, xss);
	await page.goto('/compare/');
	const options = await page.locator('.pickers select').last().locator('option').allTextContents();
	for (const p of labels) {
		expect(options.some((o) => o.startsWith(`${asLabel(p)} – ${asName(renamed[0]!)}, `))).toBe(
			true
		);
	}
	for (const p of [created[0]!, renamed[1]!]) {
		expect(options).toContain(`${asName(p)} (now)`);
	}
	await expectOnlyText(page, xss);
});

test('the payload corpus has more than 50 entries, each with a unique id, and every kind', () => {
	expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
	expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
	expect(new Set(PAYLOADS.map((p) => p.kind))).toEqual(new Set(PAYLOAD_KINDS));
	// Payloads that could run script name their own id, so a hit says which one ran.
	for (const p of PAYLOADS) {
		const calls = [...p.text.matchAll(/(?:__xss|alert|msgbox)\((\d+)\)/g)].map((m) => Number(m[1]));
		for (const id of calls) expect(id, p.text.slice(0, 60)).toBe(p.id);
	}
});
