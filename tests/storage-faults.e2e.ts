/**
 * The storage fault matrix: bad data under the app's localStorage key, and storage that fails.
 * Product rule (docs/product.md §7): stored data that is corrupt or not understood is never thrown
 * away. The raw text is kept under a backup key, the user is told and can download it, and the
 * app starts with whatever it could recover. Storage that is missing, unreadable or full: the app
 * keeps working in memory and says so.
 *
 * Each row writes its text before the app's first script runs (an init script, once per tab:
 * a sessionStorage flag keeps reloads from writing it again), then checks, in this order:
 * 1. the app loads (its heading, no page error: the fixture fails on any);
 * 2. the user is told what happened (the StorageNotice text for that kind of problem);
 * 3. the raw text is preserved (under a "commons-check:backup:" key, or left in place when there
 *    is no room for a copy) and the download button gives back exactly the text that was written;
 * 4. whatever was valid is kept (answers counted on the home page, checked in the questionnaire).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import v1Workshop from '../src/lib/testing/fixtures/v1-workshop.json' with { type: 'json' };
import { BACKUP_KEY_PREFIX, MAX_STORED_CHARS, STORAGE_KEY } from '../src/lib/storage/envelope';
import { LIMITS, newAssessment } from '../src/lib/assessment/model';
import { FRAMEWORK_VERSION } from '../src/lib/framework/bank';
import { encodeResult } from '../src/lib/share/codec';
import { toSharedResult } from '../src/lib/share/share';
import { backupPrefix } from '../src/lib/storage/document';
import { WORKSHOP_KEY } from '../src/lib/workshop/keys';
import { SESSION_VERSION } from '../src/lib/workshop/session';
import { expect, test } from './fixtures';
import { flushWrites } from './helpers';

// ---------------------------------------------------------------------------------------------
// Writing the data, and breaking storage, before the app starts

/** Text to store: given as it is, or built in the page (4 MB would bloat the init script). */
type Raw = { text: string } | { prefix: string; fill: string; length: number };

function textOf(raw: Raw): string {
	return 'text' in raw ? raw.text : raw.prefix + raw.fill.repeat(raw.length - raw.prefix.length);
}

interface Faults {
	/** Storage.getItem throws a SecurityError (storage blocked by policy). */
	getItem?: 'security';
	/**
	 * Storage.setItem throws a QuotaExceededError: for every key (storage full), or only when a
	 * backup copy is added (room to replace a value, none for a copy).
	 */
	setItem?: 'quota' | 'quota-for-backups';
	/** window.localStorage throws when touched, or does not exist. */
	localStorage?: 'throws' | 'missing';
}

/** Where the backups of each stored document go. */
const PREFIXES = { assessments: BACKUP_KEY_PREFIX, workshop: backupPrefix(WORKSHOP_KEY) };

/** The page's real storage, kept for the test after the faults replace the app's view of it. */
type TestWindow = Window & {
	__storage: { get(key: string): string | null; keys(): string[] };
};

async function prepare(
	page: Page,
	raw: Raw | null,
	faults: Faults = {},
	key = STORAGE_KEY
): Promise<void> {
	await page.context().addInitScript(
		({ raw, faults, key }) => {
			const store = window.localStorage;
			const realGet = Storage.prototype.getItem;
			const realSet = Storage.prototype.setItem;
			(window as unknown as TestWindow).__storage = {
				get: (name) => realGet.call(store, name),
				keys: () => Object.keys(store)
			};
			if (raw && !sessionStorage.getItem('test:seeded')) {
				sessionStorage.setItem('test:seeded', '1');
				const text =
					'text' in raw ? raw.text : raw.prefix + raw.fill.repeat(raw.length - raw.prefix.length);
				realSet.call(store, key, text);
			}
			if (faults.getItem) {
				Storage.prototype.getItem = function () {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				};
			}
			if (faults.setItem) {
				const only = faults.setItem === 'quota-for-backups' ? /backup/ : /^/;
				Storage.prototype.setItem = function (name: string, value: string) {
					if (only.test(name)) {
						throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					}
					realSet.call(this, name, value);
				};
			}
			if (faults.localStorage === 'throws') {
				Object.defineProperty(window, 'localStorage', {
					configurable: true,
					get() {
						throw new DOMException('Access is denied for this document.', 'SecurityError');
					}
				});
			} else if (faults.localStorage === 'missing') {
				Object.defineProperty(window, 'localStorage', { configurable: true, value: undefined });
			}
		},
		{ raw, faults, key }
	);
}

/**
 * What is in storage now, read past any fault: the main key and every backup, of the assessments
 * and of the workshop session. Typed text the app still holds back is written first.
 */
async function storage(page: Page): Promise<{
	main: string | null;
	workshop: string | null;
	workshopBackups: string[];
	backups: string[];
}> {
	await flushWrites(page);
	return page.evaluate((prefixes) => {
		const real = (window as unknown as TestWindow).__storage;
		const backups = (prefix: string) =>
			real
				.keys()
				.filter((key) => key.startsWith(prefix))
				.map((key) => real.get(key) ?? '');
		return {
			main: real.get('commons-check'),
			workshop: real.get('commons-check:workshop'),
			workshopBackups: backups(prefixes.workshop),
			backups: backups(prefixes.assessments)
		};
	}, PREFIXES);
}

async function downloadText(page: Page, button: string): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return readFile(await file.path(), 'utf8');
}

// ---------------------------------------------------------------------------------------------
// Stored data, valid and not

const NOW = '2026-11-30T10:00:00.000Z';
const LEADERSHIP = 'commons.leadership-ownership';

function assessment(id: string, answers: Record<string, unknown>, extra: object = {}) {
	return {
		id,
		name: `Team ${id}`,
		createdAt: NOW,
		updatedAt: NOW,
		frameworkVersion: '1.1.0',
		answers,
		targets: {},
		plan: {},
		...extra
	};
}

function envelope(assessments: object[], extra: object = {}) {
	return {
		version: 2,
		assessments,
		activeId: (assessments[0] as { id: string }).id,
		snapshots: [],
		deleted: [],
		settings: {},
		...extra
	};
}

/** One valid answer (level 3 to the first question) beside whatever the row adds. */
const validAnswer = { [LEADERSHIP]: { choice: 3 } };
const VALID = JSON.stringify(envelope([assessment('a1', validAnswer)]));

const MESSAGES = {
	notJson: 'The data saved in this browser is damaged and cannot be read',
	notOurs: 'is not a Commons Check assessment',
	tooLarge: 'far larger than anything Commons Check writes',
	future: 'Your saved data was written by a newer version of Commons Check.',
	repaired: (count: number) =>
		`Part of your saved data was damaged: ${count} ${count === 1 ? 'item' : 'items'} could not be read and ${count === 1 ? 'was' : 'were'} left out. Everything else has been loaded.`,
	completed:
		'Part of your saved data was incomplete or inconsistent and has been repaired. Nothing was left out.',
	migrated: 'Your saved data was upgraded to this version of Commons Check.',
	// Data of the previous version also moves to the current question bank, which says more.
	bankUpdated: 'question bank was updated from version 1.0.0 to 1.1.0, and your answers were kept',
	backedUp: 'The original data is kept in this browser as a backup, and you can download it.',
	notBackedUp: 'There was no room to keep a backup, so the original data has been left untouched',
	notSaved: 'Your changes are not being saved.',
	full: 'The browser’s storage is full',
	readFailed: 'The browser would not let the app read its storage',
	unavailable: 'This browser does not let the app store data',
	backupFailed: 'Your earlier data could not be backed up, so it has been left as it was.'
};

interface FaultCase {
	name: string;
	raw: Raw;
	/** What the notice says; null when the data is valid and loads without one. */
	notice: { role: 'alert' | 'status'; text: string } | null;
	/** Where the original text is kept: a backup key, or in place when there is no room for a copy. */
	original: 'backup' | 'in-place' | 'untouched';
	/** The notice's download button. */
	download?: string;
	/**
	 * What must survive: answered questions counted on the home page, assessments in the list,
	 * options checked in the questionnaire, and the active assessment's answers as stored after
	 * the first save (left out for a known bug, where the right result is for the fix to decide).
	 */
	kept: {
		answered: number;
		assessments?: number;
		checked?: Record<string, string>;
		answers?: Record<string, unknown>;
		/** The answers of the other assessments, in stored order. */
		others?: Record<string, unknown>[];
	};
}

const CASES: FaultCase[] = [
	{
		name: 'not JSON',
		raw: { text: 'this is not JSON <script>window.__xss(1)</script> {"version":2' },
		notice: { role: 'alert', text: MESSAGES.notJson },
		original: 'backup',
		download: 'Download the original data',
		kept: { answered: 0, answers: {} }
	},
	{
		name: 'JSON of the wrong type: an array',
		raw: { text: `[${VALID}]` },
		notice: { role: 'alert', text: MESSAGES.notOurs },
		original: 'backup',
		download: 'Download the original data',
		kept: { answered: 0, answers: {} }
	},
	{
		name: 'JSON of the wrong type: a number',
		raw: { text: '42' },
		notice: { role: 'alert', text: MESSAGES.notOurs },
		original: 'backup',
		download: 'Download the original data',
		kept: { answered: 0, answers: {} }
	},
	{
		name: 'JSON of the wrong type: a string',
		raw: { text: JSON.stringify(VALID) },
		notice: { role: 'alert', text: MESSAGES.notOurs },
		original: 'backup',
		download: 'Download the original data',
		kept: { answered: 0, answers: {} }
	},
	{
		name: 'JSON of the wrong type: null',
		raw: { text: 'null' },
		notice: { role: 'alert', text: MESSAGES.notOurs },
		original: 'backup',
		download: 'Download the original data',
		kept: { answered: 0, answers: {} }
	},
	{
		// No activeId, snapshots or settings; the assessment has no name, dates or targets.
		name: 'missing fields',
		raw: {
			text: JSON.stringify({ version: 2, assessments: [{ id: 'a1', answers: validAnswer }] })
		},
		notice: { role: 'alert', text: MESSAGES.completed },
		original: 'backup',
		download: 'Download the original data',
		kept: { answered: 1, checked: { [LEADERSHIP]: '3' }, answers: validAnswer }
	},
	{
		// Fields this version does not know, at every level. Valid data loads as it is, but the next
		// save drops those fields, so the original must be kept (and the user told) first.
		name: 'extra, unknown fields',
		raw: {
			text: JSON.stringify(
				envelope(
					[
						assessment(
							'a1',
							{ [LEADERSHIP]: { choice: 3, confidence: 'high' } },
							{ colour: 'blue', tags: ['q1'] }
						)
					],
					{ plugins: { timer: { minutes: 90 } } }
				)
			)
		},
		// confidence, colour, tags and plugins.
		notice: { role: 'alert', text: MESSAGES.repaired(4) },
		original: 'backup',
		download: 'Download the original data',
		kept: { answered: 1, checked: { [LEADERSHIP]: '3' }, answers: validAnswer }
	},
	{
		name: 'a future version (99)',
		raw: {
			text: JSON.stringify({
				...envelope([assessment('a1', validAnswer, { hologram: true })]),
				version: 99,
				teams: [{ id: 't1' }]
			})
		},
		notice: { role: 'alert', text: MESSAGES.future },
		original: 'backup',
		download: 'Download the original data',
		kept: { answered: 1, checked: { [LEADERSHIP]: '3' }, answers: validAnswer }
	},
	{
		// Data of the previous version: upgraded, and that is information, not an error.
		name: 'an older version (1)',
		raw: { text: JSON.stringify(v1Workshop, null, '\t') },
		notice: { role: 'status', text: MESSAGES.bankUpdated },
		original: 'backup',
		download: 'Download the previous format',
		// The answers are checked in the questionnaire; how they move to the 1.1.0 bank (marked for
		// review, merged) is tested in assessments.e2e.ts.
		kept: {
			answered: 15,
			checked: { [LEADERSHIP]: '2', 'commons.oss-policy': 'unknown' }
		}
	},
	{
		// Ids of questions this version does not have (removed, or added by a newer bank) are kept.
		name: 'unknown question ids of a valid format',
		raw: {
			text: JSON.stringify(
				envelope([
					assessment('a1', {
						...validAnswer,
						'commons.retired-question': { choice: 2, note: 'kept for later' },
						'quantum.readiness': { choice: 4 }
					})
				])
			)
		},
		notice: null,
		original: 'untouched',
		kept: {
			answered: 1,
			checked: { [LEADERSHIP]: '3' },
			answers: {
				...validAnswer,
				'commons.retired-question': { choice: 2, note: 'kept for later' },
				'quantum.readiness': { choice: 4 }
			}
		}
	},
	{
		// Written as raw JSON: "__proto__" as a key cannot be written with an object literal.
		name: 'malformed question ids',
		raw: {
			text: VALID.replace(
				'"answers":{',
				'"answers":{"Commons.Leadership Ownership!":{"choice":2},"../../etc/passwd":{"choice":1},' +
					'"__proto__":{"choice":4},"":{"choice":0},'
			)
		},
		notice: { role: 'alert', text: MESSAGES.repaired(4) },
		original: 'backup',
		download: 'Download the original data',
		kept: { answered: 1, checked: { [LEADERSHIP]: '3' }, answers: validAnswer }
	},
	{
		// Levels out of range or of the wrong type. A note beside a bad level is kept.
		name: 'NaN and out-of-range levels',
		raw: {
			text: JSON.stringify(
				envelope([
					assessment('a1', {
						...validAnswer,
						'commons.dependency-inventory': { choice: 7 },
						'commons.reliance-map': { choice: -1 },
						'commons.oss-policy': { choice: 'high', note: 'Policy draft in review' },
						'commons.literacy': { choice: 'NaN' },
						'partners.upstream-first': { choice: 2.5 },
						'partners.relationship-model': { choice: null }
					})
				])
			)
		},
		notice: { role: 'alert', text: MESSAGES.repaired(6) },
		original: 'backup',
		download: 'Download the original data',
		kept: {
			answered: 1,
			checked: { [LEADERSHIP]: '3' },
			answers: { ...validAnswer, 'commons.oss-policy': { note: 'Policy draft in review' } }
		}
	},
	{
		// A note of 100 000 characters, twenty times LIMITS.note: the note is left out, the level
		// beside it is kept.
		name: 'a huge string',
		raw: {
			text: JSON.stringify(
				envelope([
					assessment('a1', {
						...validAnswer,
						'commons.dependency-inventory': { choice: 1, note: 'n'.repeat(LIMITS.note * 20) }
					})
				])
			)
		},
		notice: { role: 'alert', text: MESSAGES.repaired(1) },
		original: 'backup',
		download: 'Download the original data',
		kept: {
			answered: 2,
			checked: { [LEADERSHIP]: '3', 'commons.dependency-inventory': '1' },
			answers: { ...validAnswer, 'commons.dependency-inventory': { choice: 1 } }
		}
	},
	{
		// Two assessments with one id: both are kept, the second under a new id.
		name: 'duplicate assessment ids',
		raw: {
			text: JSON.stringify(
				envelope([
					assessment('a1', validAnswer),
					{
						...assessment('a1', { [LEADERSHIP]: { choice: 1 }, 'commons.literacy': { choice: 2 } }),
						name: 'Team copy'
					}
				])
			)
		},
		notice: { role: 'alert', text: MESSAGES.completed },
		original: 'backup',
		download: 'Download the original data',
		kept: {
			answered: 1,
			assessments: 2,
			checked: { [LEADERSHIP]: '3' },
			answers: validAnswer,
			others: [{ [LEADERSHIP]: { choice: 1 }, 'commons.literacy': { choice: 2 } }]
		}
	},
	{
		name: 'truncated JSON',
		raw: { text: VALID.slice(0, Math.floor(VALID.length * 0.6)) },
		notice: { role: 'alert', text: MESSAGES.notJson },
		original: 'backup',
		download: 'Download the original data',
		kept: { answered: 0, answers: {} }
	},
	{
		name: 'a different app’s data under our key',
		raw: {
			text: JSON.stringify({
				version: 3,
				user: 'ana',
				todos: [{ title: 'Buy milk', done: false }]
			})
		},
		notice: { role: 'alert', text: MESSAGES.notOurs },
		original: 'backup',
		download: 'Download the original data',
		kept: { answered: 0, answers: {} }
	},
	{
		// Over MAX_STORED_CHARS: not parsed at all. A second copy does not fit in the browser's
		// storage (about 5 million characters), so the original stays where it is and the user is
		// told nothing will be saved.
		name: 'text over MAX_STORED_CHARS',
		raw: {
			prefix: '{"version":2,"assessments":[],"padding":"',
			fill: 'x',
			length: MAX_STORED_CHARS + 1
		},
		notice: { role: 'alert', text: MESSAGES.tooLarge },
		original: 'in-place',
		download: 'Download the original data',
		kept: { answered: 0, answers: {} }
	}
];

for (const row of CASES) {
	test(`stored data: ${row.name}`, async ({ page }) => {
		const written = textOf(row.raw);
		if ('length' in row.raw) expect(written).toHaveLength(row.raw.length);
		await prepare(page, row.raw);
		await page.goto('/');

		// 1. The app loads.
		await expect(page.getByRole('heading', { level: 1, name: 'Commons Check' })).toBeVisible();

		// 2. The user is told what happened, or nothing when there was nothing to tell.
		const alert = page.getByRole('alert');
		const status = page
			.getByRole('status')
			.filter({ hasText: row.notice?.role === 'status' ? row.notice.text : MESSAGES.migrated });
		if (row.notice === null) {
			await expect(alert).toHaveCount(0);
			await expect(status).toHaveCount(0);
			await expect(page.getByText(MESSAGES.notSaved)).toHaveCount(0);
		} else if (row.notice.role === 'status') {
			await expect(alert).toHaveCount(0);
			await expect(status).toBeVisible();
		} else {
			await expect(alert).toContainText('Some of your saved data could not be used');
			await expect(alert).toContainText(row.notice.text);
			await expect(alert).toContainText(
				row.original === 'in-place' ? MESSAGES.notBackedUp : MESSAGES.backedUp
			);
		}

		// 3. The raw text is preserved, and the download gives it back exactly.
		const stored = await storage(page);
		if (row.original === 'backup') {
			expect(stored.backups, 'one backup holding the text as written').toEqual([written]);
			// The main key now holds the repaired data (or a fresh start), in the current format.
			expect(JSON.parse(stored.main ?? 'null')).toMatchObject({ version: 2 });
		} else if (row.original === 'in-place') {
			expect(stored.backups).toEqual([]);
			expect(stored.main === written, 'the original is left as it was').toBe(true);
			await expect(page.getByRole('status').filter({ hasText: MESSAGES.notSaved })).toContainText(
				MESSAGES.backupFailed
			);
		} else {
			expect(stored.backups).toEqual([]);
			expect(stored.main).toBe(written);
		}
		if (row.download) {
			const downloaded = await downloadText(page, row.download);
			expect(downloaded.length).toBe(written.length);
			expect(downloaded === written, 'the download is the text as written').toBe(true);
		}

		// 4. Whatever was valid is kept: counted on the home page, checked in the questionnaire.
		const list = page.locator('section.assessments > ul > li');
		await expect(list).toHaveCount(row.kept.assessments ?? 1);
		await expect(list.filter({ hasText: 'working on' })).toContainText(
			`${row.kept.answered} of 42 questions answered`
		);

		// A change is saved with everything kept, unless there was no room to back the original up:
		// then nothing is written at all.
		await page.getByLabel('Organization, team or product').fill('Renamed after loading');
		const after = await storage(page);
		if (row.original === 'in-place') {
			expect(after.main === written, 'still the original').toBe(true);
		} else {
			const saved = JSON.parse(after.main!) as {
				activeId: string;
				assessments: { id: string; name: string; answers: Record<string, unknown> }[];
			};
			const active = saved.assessments.find((a) => a.id === saved.activeId)!;
			expect(active.name).toBe('Renamed after loading');
			if (row.kept.answers) expect(active.answers).toEqual(row.kept.answers);
			const others = saved.assessments.filter((a) => a.id !== saved.activeId);
			expect(others.map((a) => a.answers)).toEqual(row.kept.others ?? []);
			const ids = saved.assessments.map((a) => a.id);
			expect(new Set(ids).size, 'assessment ids are unique').toBe(ids.length);
			// The backup outlives the repair.
			if (row.original === 'backup') expect(after.backups).toContain(written);
			else expect(after.backups).toEqual([]);
		}

		if (row.kept.checked) {
			await page.goto('/assess/commons/');
			for (const [id, value] of Object.entries(row.kept.checked)) {
				await expect(
					page.locator(`[id="question-${id}"] input[type="radio"][value="${value}"]`)
				).toBeChecked();
			}
		}

		// Repaired data loads cleanly the next time: the notice does not come back.
		if (row.original === 'backup') {
			await page.reload();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('alert')).toHaveCount(0);
			await expect(page.getByText(MESSAGES.migrated)).toHaveCount(0);
		}
	});
}

// ---------------------------------------------------------------------------------------------
// Storage that fails

/** Answers one question on the first principle page and checks the app counts it. */
async function answerInMemory(page: Page): Promise<void> {
	if (!page.url().endsWith('/assess/commons/')) await page.goto('/assess/commons/');
	await expect(page.getByText('0 of 42 questions answered')).toBeVisible();
	const option = page
		.locator('fieldset.question')
		.first()
		.getByRole('radio', { name: '2 Defined' });
	await option.check();
	await expect(page.getByText('1 of 42 questions answered')).toBeVisible();
	await expect(option).toBeChecked();
}

const UNUSABLE: { name: string; faults: Faults; message: string }[] = [
	{
		name: 'reading throws a SecurityError',
		faults: { getItem: 'security' },
		message: MESSAGES.readFailed
	},
	{
		name: 'localStorage throws when touched',
		faults: { localStorage: 'throws' },
		message: MESSAGES.unavailable
	},
	{
		name: 'localStorage is absent',
		faults: { localStorage: 'missing' },
		message: MESSAGES.unavailable
	}
];

for (const row of UNUSABLE) {
	test(`storage unusable: ${row.name} — the app works in memory and says so`, async ({ page }) => {
		// Data stored earlier, which must not be overwritten by anything done now.
		await prepare(page, { text: VALID }, row.faults);
		await page.goto('/assess/commons/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const warning = page.getByRole('status').filter({ hasText: MESSAGES.notSaved });
		await expect(warning).toContainText(row.message);
		await expect(page.getByRole('alert')).toHaveCount(0);

		await answerInMemory(page);
		await expect(warning).toContainText(row.message);
		// An answer of another principle page, reached inside the app, keeps the first.
		await page.locator('[data-next-step]').click();
		await expect(page).toHaveURL(/\/assess\/communities\/$/);
		await page
			.locator('fieldset.question')
			.first()
			.getByRole('radio', { name: '3 Managed' })
			.check();
		await expect(page.getByText('2 of 42 questions answered')).toBeVisible();

		const stored = await storage(page);
		expect(stored.main).toBe(VALID);
		expect(stored.backups).toEqual([]);
	});
}

test('storage full: the first change shows the warning, and the answer stays on screen', async ({
	page
}) => {
	await prepare(page, null, { setItem: 'quota' });
	await page.goto('/assess/commons/');
	// Nothing to warn about until something cannot be saved.
	await expect(page.getByText(MESSAGES.notSaved)).toHaveCount(0);
	const option = page
		.locator('fieldset.question')
		.first()
		.getByRole('radio', { name: '2 Defined' });
	await option.check();
	const warning = page.getByRole('status').filter({ hasText: MESSAGES.notSaved });
	await expect(warning).toContainText(MESSAGES.full);
	await expect(option).toBeChecked();
	await expect(page.getByText('1 of 42 questions answered')).toBeVisible();

	// Every later change is kept in memory too, and the warning stays.
	await page
		.locator('fieldset.question')
		.nth(1)
		.getByRole('radio', { name: 'Not applicable' })
		.check();
	await expect(page.getByText('2 of 42 questions answered')).toBeVisible();
	// Inside the app (a reload would start again from the empty storage).
	await page.getByRole('link', { name: 'Results', exact: true }).click();
	await expect(page).toHaveURL(/\/results\/$/);
	await expect(page.getByRole('status').filter({ hasText: MESSAGES.notSaved })).toContainText(
		MESSAGES.full
	);
	await expect(page.locator('table.scores tbody tr').first().locator('td').nth(2)).toHaveText(
		'2 of 5'
	);
	expect((await storage(page)).main).toBeNull();
});

test('broken data and no room for a backup: the original stays untouched and the banner says so', async ({
	page
}) => {
	const broken = `{"version":2,"assessments":[{"id":"a1","name":"Kept as it was","answers":`;
	// Room to replace the stored value, none for a copy of it: the case where overwriting the
	// original would succeed, so only the app's own rule keeps it.
	await prepare(page, { text: broken }, { setItem: 'quota-for-backups' });
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(MESSAGES.notJson);
	await expect(alert).toContainText(MESSAGES.notBackedUp);
	await expect(page.getByRole('status').filter({ hasText: MESSAGES.notSaved })).toContainText(
		MESSAGES.backupFailed
	);
	expect(await downloadText(page, 'Download the original data')).toBe(broken);

	// The app still works in memory, and nothing it does touches the original.
	await answerInMemory(page);
	await page.goto('/');
	await page.getByLabel('Organization, team or product').fill('A new name');
	const stored = await storage(page);
	expect(stored.main).toBe(broken);
	expect(stored.backups).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// The workshop session (its own key, "commons-check:workshop", on the combine page)

/** A participant's result link, made with the app's own codec. */
function participantLink(name: string): string {
	const assessment = newAssessment(FRAMEWORK_VERSION, new Date(NOW));
	assessment.answers = { [LEADERSHIP]: { choice: 2 }, 'commons.literacy': { choice: 4 } };
	return `/r/#${encodeResult(toSharedResult(assessment, { includeDetails: false, participant: name }))}`;
}

const participant = (id: number, name: string) => ({
	id: `p${id}`,
	number: id,
	name,
	answers: { [LEADERSHIP]: 3 }
});

interface SessionCase {
	name: string;
	raw: string;
	faults?: Faults;
	/** The notice's text, and whether it says a copy was kept. */
	notice: string;
	backedUp: boolean;
	/** Participants still listed. */
	kept: string[];
}

const SESSION_CASES: SessionCase[] = [
	{
		name: 'not JSON',
		raw: '{"version":1,"participants":[{"id":"p1","number":1,"name":"Ana"',
		notice: 'The workshop session saved in this browser could not be read',
		backedUp: true,
		kept: []
	},
	{
		name: 'a newer version',
		raw: JSON.stringify({
			version: SESSION_VERSION + 1,
			participants: [participant(1, 'Ana')],
			rooms: []
		}),
		notice: 'was saved by a newer version of Commons Check',
		backedUp: true,
		kept: []
	},
	{
		// One participant with a level out of range beside a valid one: the valid one is kept. The
		// next save drops the damaged one for good, so its text must be kept first.
		name: 'a damaged participant',
		raw: JSON.stringify({
			version: 1,
			participants: [
				participant(1, 'Ana'),
				{ ...participant(2, 'Bo'), answers: { [LEADERSHIP]: 9 } }
			],
			picks: {}
		}),
		notice: '1 saved item of the workshop session could not be read and was left out.',
		backedUp: true,
		kept: ['Ana']
	},
	{
		// Room to replace the session but none for a copy: like the assessments, the unreadable
		// original must then be left alone rather than overwritten by the next change.
		name: 'not JSON, and no room for a copy',
		raw: 'not a session {"version":1',
		faults: { setItem: 'quota-for-backups' },
		notice: 'The workshop session saved in this browser could not be read',
		backedUp: false,
		kept: []
	}
];

for (const row of SESSION_CASES) {
	test(`workshop session: ${row.name}`, async ({ page }) => {
		await prepare(page, { text: row.raw }, row.faults, 'commons-check:workshop');
		await page.goto('/combine/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Combine participants’ answers'
		);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(row.notice);
		await expect(alert).toContainText(
			row.backedUp
				? 'The unreadable data is kept in this browser as a backup.'
				: 'There was no room to keep a copy of the unreadable data.'
		);
		if (!row.backedUp) {
			await expect(
				page
					.getByRole('status')
					.filter({ hasText: 'There was no room to keep a copy of the unreadable session' })
			).toBeVisible();
		}
		expect(await downloadText(page, 'Download the original data')).toBe(row.raw);
		await expect(page.locator('section.participants li .name')).toHaveText(row.kept);

		// A change: one more participant. The session works; the original text survives it.
		await page.getByLabel('Add one link').fill(`http://localhost${participantLink('Cy')}`);
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		await expect(page.locator('section.participants li .name')).toHaveText([...row.kept, 'Cy']);
		const stored = await storage(page);
		if (row.backedUp) {
			expect(stored.workshopBackups).toEqual([row.raw]);
			expect(JSON.parse(stored.workshop!)).toMatchObject({ version: SESSION_VERSION });
		} else {
			expect(stored.workshopBackups).toEqual([]);
			expect(stored.workshop, 'the unreadable original is left as it was').toBe(row.raw);
		}
	});
}
