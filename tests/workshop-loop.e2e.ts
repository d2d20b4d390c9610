/**
 * The workshop loop of issue 19, as a room runs it: one facilitator's laptop and four
 * participants' phones, each in its own browser context. No server sees any of it.
 */
import type { Locator, Page } from '@playwright/test';
import jsQRModule from 'jsqr';
import { expect, test } from './fixtures';
import { answerWithKeys, shareLink } from './helpers';

type JsQR = typeof import('jsqr').default;
// jsQR is a CommonJS bundle: Node hands its function over as the default export or inside it.
const jsQR: JsQR =
	(jsQRModule as unknown as { default?: JsQR }).default ?? (jsQRModule as unknown as JsQR);

/** The app-relative part of a full link (the tests' server may run on any port). */
const path = (link: string) => link.replace(/^https?:\/\/[^/]+/, '');

/** A picture of what the screen shows, as the test's own eyes: a PNG in base64. */
async function pictureOf(locator: Locator): Promise<string> {
	return (await locator.screenshot()).toString('base64');
}

/** Reads a QR code from a PNG with jsQR, the library the app's camera path falls back to. */
async function readQr(page: Page, png: string): Promise<string | null> {
	// The browser decodes the PNG into pixels (createImageBitmap reads a Blob, no request made).
	const { data, width, height } = await page.evaluate(async (base64) => {
		const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		const canvas = document.createElement('canvas');
		canvas.width = bitmap.width;
		canvas.height = bitmap.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(bitmap, 0, 0);
		const image = context.getImageData(0, 0, bitmap.width, bitmap.height);
		return { data: Array.from(image.data), width: image.width, height: image.height };
	}, png);
	return jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? null;
}

/**
 * A camera for the facilitator's laptop: getUserMedia hands over a canvas stream that shows
 * whatever picture the test holds up with `window.__holdUp(png)`, on a white desk.
 */
function fakeCamera() {
	const canvas = document.createElement('canvas');
	canvas.width = 640;
	canvas.height = 480;
	let picture: ImageBitmap | null = null;
	(window as unknown as { __holdUp: (png: string) => Promise<void> }).__holdUp = async (png) => {
		const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
		picture = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
	};
	const draw = () => {
		const context = canvas.getContext('2d')!;
		context.fillStyle = '#ddd';
		context.fillRect(0, 0, canvas.width, canvas.height);
		if (picture) {
			const size = Math.min(440, picture.width * 2);
			context.drawImage(picture, (canvas.width - size) / 2, (canvas.height - size) / 2, size, size);
		}
	};
	setInterval(draw, 50);
	Object.defineProperty(navigator, 'mediaDevices', {
		value: { getUserMedia: async () => (draw(), canvas.captureStream(20)) }
	});
}

/** A phone whose share sheet hands the shared link to the test (as a chat app would). */
function fakeShareSheet() {
	const shared: string[] = [];
	(window as unknown as { __shared: string[] }).__shared = shared;
	Object.defineProperty(navigator, 'share', {
		value: async (data: { url: string }) => void shared.push(data.url)
	});
}

async function noHorizontalScroll(page: Page): Promise<void> {
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth, `horizontal scrolling on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

interface Participant {
	name: string;
	/** Principle 1's five answers: a level, 'n' (not applicable) or 'd' (don't know). */
	answers: string[];
	notes?: Record<number, string>;
	reasons?: Record<number, string>;
}

const OPTION: Record<string, RegExp> = {
	'0': /^0 /,
	'1': /^1 /,
	'2': /^2 /,
	'3': /^3 /,
	'4': /^4 /,
	n: /^Not applicable/,
	d: /^Don’t know/
};

/** A participant opens the invitation on their phone, names themself and answers. */
async function join(page: Page, link: string, who: Participant): Promise<void> {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(path(link));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop: Platform team');
	await expect(page.getByText('You are asked to answer 5 questions.')).toBeVisible();
	await expect(page.getByText('They come from 1. The commons.')).toBeVisible();
	await noHorizontalScroll(page);
	// The name comes first; the questions appear once it is given.
	await expect(page.locator('fieldset.join-question')).toHaveCount(0);
	await page.getByLabel('Your name').fill(who.name);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText(`Answering as ${who.name}.`)).toBeVisible();
	const questions = page.locator('fieldset.join-question');
	// Only the invited principle's questions.
	await expect(questions).toHaveCount(5);
	for (const [index, key] of who.answers.entries()) {
		const question = questions.nth(index);
		await question.getByRole('radio', { name: OPTION[key] }).check();
		const reason = who.reasons?.[index];
		if (reason)
			await question.getByLabel('Why does this not apply to your organization?').fill(reason);
		const note = who.notes?.[index];
		if (note) await question.getByLabel('Note for the facilitator (optional)').fill(note);
	}
	await expect(page.getByText('5 of 5 answered').first()).toBeVisible();
	await noHorizontalScroll(page);
}

/** The QR code of a participant's answers, as a picture to hold up to the facilitator's camera. */
async function answersQr(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Show a QR code' }).click();
	const code = page.getByRole('img', { name: 'QR code of your answers' });
	await expect(code).toBeVisible();
	await noHorizontalScroll(page);
	return pictureOf(code);
}

/*
 * The invitation asks for principle 1 alone (weights: 1.1 ×3, 1.2 ×3, 1.3 ×2, 1.4 ×2, 1.5 ×1).
 *
 *            1.1  1.2  1.3  1.4  1.5
 *   Ana       3    2    1    0    4     sends by the share sheet (a link)
 *   Bo        3    2    3    0    N/A   copies the link; reason "No staff of our own"
 *   Cy        3    2    4    0    4     QR code to the camera
 *   Di        3    3    3    1    ?     QR code to the camera
 *
 *   1.3: levels 1, 3, 3, 4: three apart, flagged.  1.5: 4, 4 beside N/A and don't know: flagged.
 *   Others (lower median): 1.1 → 3, 1.2 (2, 2, 2, 3) → 2, 1.4 (0, 0, 0, 1) → 0.
 *
 *   First adoption, 1.3 decided 3, 1.5 left undecided:
 *     (3·3 + 2·3 + 3·2 + 0·2) / (3 + 3 + 2 + 2) = 21/10 = 2.1 Defined, 4 of 5 answered.
 *   Undone: principle 1 not assessed again.
 *   Second adoption, 1.5 then decided 4:
 *     (9 + 6 + 6 + 0 + 4·1) / 11 = 25/11 = 2.27 → 2.3 Defined, 5 of 5 answered.
 */
test('a workshop: invitation by QR code, four phones, answers back by link and by camera, counts on the projector, decide, adopt, undo, adopt', async ({
	openPage
}) => {
	test.setTimeout(240_000);
	const facilitator = await openPage();
	await facilitator.addInitScript(fakeCamera);
	await facilitator.goto('/');
	await facilitator.getByLabel('Organization, team or product').fill('Platform team');

	// The invitation: principle 1 only.
	await facilitator.goto('/combine/');
	const invite = facilitator.getByRole('region', { name: 'Invite participants' });
	const principles = invite.getByRole('group', { name: 'Principles to answer' });
	await expect(principles.getByRole('checkbox')).toHaveCount(8);
	for (let i = 1; i < 8; i++) await principles.getByRole('checkbox').nth(i).uncheck();
	await expect(invite.getByText('Participants answer 5 questions.')).toBeVisible();
	const link = await invite.getByLabel('Invitation link').inputValue();
	expect(link).toMatch(/^http:\/\/localhost:\d+\/join\/#[A-Za-z0-9_-]+$/);
	// The QR code is scannable and says exactly the link.
	const inviteCode = invite.getByRole('img', {
		name: 'QR code of the invitation to this workshop'
	});
	expect(await readQr(facilitator, await pictureOf(inviteCode))).toBe(link);
	test.info().annotations.push({ type: 'invitation link', description: link });

	const people: Participant[] = [
		{ name: 'Ana', answers: ['3', '2', '1', '0', '4'], notes: { 2: 'Only the board decides' } },
		{ name: 'Bo', answers: ['3', '2', '3', '0', 'n'], reasons: { 4: 'No staff of our own' } },
		{ name: 'Cy', answers: ['3', '2', '4', '0', '4'] },
		{ name: 'Di', answers: ['3', '3', '3', '1', 'd'] }
	];
	const phones = await Promise.all(people.map(() => openPage()));
	await phones[0]!.addInitScript(fakeShareSheet);
	// Each phone opens the link the QR code holds.
	await Promise.all(people.map((who, i) => join(phones[i]!, link, who)));

	// Ana: the share sheet. Bo: copies the link. Both arrive as links in the facilitator's box.
	await phones[0]!.getByRole('button', { name: 'Send…' }).click();
	await expect(phones[0]!.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
	const [anaLink] = await phones[0]!.evaluate(
		() => (window as unknown as { __shared: string[] }).__shared
	);
	expect(anaLink).toMatch(/\/r\/#[A-Za-z0-9_-]+$/);
	const boLink = await phones[1]!.getByLabel('Link to your answers').inputValue();
	// The links' lengths, for the record (the report of the test run lists them).
	test.info().annotations.push({ type: 'answer link with a note', description: anaLink! });
	test.info().annotations.push({ type: 'answer link with a reason', description: boLink });

	await facilitator
		.getByLabel('Result links, one per line')
		.fill([anaLink, boLink, link].join('\n'));
	await facilitator.getByRole('button', { name: 'Add the links' }).click();
	const outcomes = facilitator.locator('.outcomes');
	await expect(outcomes).toContainText('2 participants added from 3 links.');
	await expect(outcomes).toContainText(
		'Line 3: Not added. This is the invitation to the workshop, not a participant’s answers.'
	);

	// Cy and Di: their QR codes, held up to the laptop's camera one after the other.
	const [cyCode, diCode] = await Promise.all([answersQr(phones[2]!), answersQr(phones[3]!)]);
	expect(await readQr(facilitator, cyCode)).toMatch(/\/r\/#[A-Za-z0-9_-]+$/);
	await facilitator.getByRole('button', { name: 'Scan QR codes with the camera' }).click();
	await expect(
		facilitator.getByText('The camera picture is read in this browser and never leaves it.')
	).toBeVisible();
	await expect(
		facilitator.getByText(/Hold a participant’s QR code up to the camera/)
	).toBeVisible();
	const scanned = facilitator.locator('.scanned li');
	await facilitator.evaluate(
		(png) => (window as unknown as { __holdUp: (p: string) => Promise<void> }).__holdUp(png),
		cyCode
	);
	await expect(scanned.first()).toHaveText('Cy joins the session.');
	await facilitator.evaluate(
		(png) => (window as unknown as { __holdUp: (p: string) => Promise<void> }).__holdUp(png),
		diCode
	);
	await expect(scanned.first()).toHaveText('Di joins the session.');
	await expect(scanned).toHaveCount(2);
	await facilitator.getByRole('button', { name: 'Stop the camera' }).click();
	await expect(facilitator.getByRole('heading', { name: 'Participants (4)' })).toBeVisible();

	// Notes and reasons beside the answers; only the questions someone answered are listed.
	const table = facilitator.getByRole('table', { name: /Answers by question/ });
	await expect(table).toHaveAccessibleName('Answers by question: 5 of 42 shown');
	await expect(table).toContainText('Note: Only the board decides');
	await expect(table).toContainText('Not applicable because: No staff of our own');
	await expect(facilitator.getByLabel('Agreed answer for question 1.3')).toHaveValue('undecided');

	// On the projector: the group's counts on the options of question 1.3, and the flag.
	await facilitator.setViewportSize({ width: 1920, height: 1080 });
	await facilitator.goto('/present/?q=commons.leadership-ownership');
	await facilitator.keyboard.press('ArrowRight');
	await facilitator.keyboard.press('ArrowRight');
	await expect(facilitator.getByText('Question 3 of 5')).toBeVisible();
	await expect(facilitator.getByText('The group: 4 of 4 answered.')).toBeVisible();
	await expect(facilitator.getByText(/Discuss:\s*levels 3 apart\./)).toBeVisible();
	const counts = facilitator.locator('fieldset.question .cell .count .number');
	// 0 Unaware … 4 Leading, not applicable, don't know.
	await expect(counts).toHaveText(['0', '1', '0', '2', '1', '0', '0']);
	await expect(facilitator.getByText('2 of 4 participants')).toBeAttached();
	await expect(facilitator.getByText('Assessment: Platform team')).toBeVisible();
	// The team's own notes stay closed on the projector until someone opens them.
	const notes = facilitator.getByLabel('Notes on question 1.3');
	await expect(notes).toBeHidden();
	await facilitator.getByText('Notes', { exact: true }).click();
	await notes.fill('Ask legal who signs off');
	await notes.press('Escape');
	await facilitator.keyboard.press('ArrowRight');
	await facilitator.keyboard.press('ArrowLeft');
	await expect(facilitator.getByText('Question 3 of 5')).toBeVisible();
	await expect(facilitator.getByText('has a note')).toBeVisible();
	await expect(notes).toBeHidden();
	for (const size of [
		{ width: 1920, height: 1080 },
		{ width: 1280, height: 720 }
	]) {
		await facilitator.setViewportSize(size);
		await expect(facilitator.getByRole('button', { name: 'Previous' })).toBeInViewport();
		await expect(facilitator.getByRole('button', { name: 'Next' })).toBeInViewport();
	}
	// The counts can be hidden while the room discusses.
	await facilitator.getByRole('button', { name: 'Group’s answers' }).click();
	await expect(counts).toHaveCount(0);
	await facilitator.getByRole('button', { name: 'Group’s answers' }).click();
	await expect(counts).toHaveCount(7);

	// The flagged questions, decided one by one: 1.3 is 3; 1.5 stays open for now.
	await facilitator.setViewportSize({ width: 1280, height: 800 });
	await facilitator.goto('/combine/');
	const decide = facilitator.getByRole('region', { name: 'Decide the flagged questions' });
	await expect(decide).toContainText('0 of 2 flagged questions decided.');
	await expect(decide.getByRole('heading', { level: 3 })).toContainText('1.3');
	await decide
		.getByRole('group', { name: 'The team’s answer to question 1.3' })
		.getByRole('radio', { name: /^3 / })
		.check();
	await expect(decide).toContainText('1 of 2 flagged questions decided.');
	await decide.getByRole('button', { name: 'Next flagged question' }).click();
	await expect(decide.getByRole('heading', { level: 3 })).toContainText('1.5');
	await expect(decide).toContainText('No staff of our own');

	const adopt = facilitator.getByRole('region', { name: 'Adopt into the team assessment' });
	await expect(adopt).toContainText('4 answers set, 1 flagged left unanswered.');
	await adopt.getByRole('button', { name: 'Adopt into the team assessment' }).click();
	const dialog = facilitator.getByRole('dialog', { name: 'Adopt the agreed answers?' });
	await expect(dialog).toContainText('4 answers will be written into “Platform team”.');
	await expect(dialog).toContainText('1 flagged question is not decided and stays as it is.');
	await dialog.getByRole('button', { name: 'Adopt the answers' }).click();
	await expect(adopt).toContainText('4 agreed answers were adopted into “Platform team”.');
	await expect(adopt).toContainText(/Last adoption: 4 answers/);

	const results = async (score: string, band: string, answered: string) => {
		await facilitator.goto('/results/');
		const row = facilitator.locator('table.scores tbody tr').nth(0);
		await expect(row.locator('td').nth(0)).toHaveText(score);
		await expect(row.locator('td').nth(1)).toHaveText(band);
		await expect(row.locator('td').nth(2)).toHaveText(answered);
	};
	await results('2.1', 'Defined', '4 of 5');
	// The snapshot taken before adopting can be shown beside the results.
	await expect(facilitator.getByLabel('Also show on the chart').locator('option')).toContainText([
		/^Before adopting workshop answers, .+ – Platform team/
	]);

	// Undo adopt: principle 1 is unanswered again.
	await facilitator.goto('/combine/');
	await facilitator.getByRole('button', { name: 'Undo adopt' }).click();
	await expect(adopt).toContainText(
		'The 4 adopted answers are back as they were before in “Platform team”.'
	);
	await expect(adopt.getByRole('button', { name: 'Undo adopt' })).toHaveCount(0);
	await facilitator.goto('/results/');
	await expect(facilitator.getByText('There are no answers yet.')).toBeVisible();
	await expect(facilitator.locator('table.scores')).toHaveCount(0);

	// Adopt again, once 1.5 has been decided too.
	await facilitator.goto('/combine/');
	await decide.getByRole('button', { name: 'Next flagged question' }).click();
	await decide
		.getByRole('group', { name: 'The team’s answer to question 1.5' })
		.getByRole('radio', { name: /^4 / })
		.check();
	await expect(decide).toContainText('2 of 2 flagged questions decided.');
	await expect(adopt).toContainText('5 answers set, no flagged question left unanswered.');
	await adopt.getByRole('button', { name: 'Adopt into the team assessment' }).click();
	await dialog.getByRole('button', { name: 'Adopt the answers' }).click();
	await expect(adopt).toContainText('5 agreed answers were adopted into “Platform team”.');
	await results('2.3', 'Defined', '5 of 5');
	await expect(facilitator.locator('table.scores tfoot td').nth(0)).toHaveText('2.3');

	// The facilitator's screens on a phone: no sideways scrolling (axe runs on each).
	await facilitator.setViewportSize({ width: 360, height: 740 });
	await facilitator.goto('/combine/');
	await expect(decide).toBeVisible();
	await facilitator.getByRole('button', { name: 'Scan QR codes with the camera' }).click();
	await expect(
		facilitator.getByText(/Hold a participant’s QR code up to the camera/)
	).toBeVisible();
	await noHorizontalScroll(facilitator);
	await facilitator.getByRole('button', { name: 'Stop the camera' }).click();
	await facilitator.goto('/present/?q=commons.dependency-inventory');
	await expect(facilitator.getByText('The group: 4 of 4 answered.')).toBeVisible();
	await noHorizontalScroll(facilitator);
	await facilitator.getByRole('button', { name: 'Invite' }).click();
	await expect(facilitator.getByRole('dialog', { name: 'Invite participants' })).toBeVisible();
	await noHorizontalScroll(facilitator);
});

test('a one-principle link compared with a full assessment: a warning, differences only over what both answered, no overall difference', async ({
	page,
	openPage
}) => {
	const participant = await openPage();
	await answerWithKeys(participant, 'commons', ['1', '1', '1', '1', '1']);
	await participant.goto('/results/');
	const link = await shareLink(participant);

	await answerWithKeys(page, 'commons', ['3', '3', '3', '3', '3']);
	await answerWithKeys(page, 'communities', ['2', '2', '2', '2']);
	await page.goto(path(link));
	await page.getByRole('button', { name: 'Compare with mine' }).click();
	const warning = page
		.getByRole('note')
		.filter({ hasText: 'The two sides cover different questions.' });
	await expect(warning).toContainText(/9 questions answered, in 2 of 8 principles\./);
	await expect(warning).toContainText(/5 questions answered, in 1 of 8 principles\./);
	await expect(warning).toContainText('(5 in all), and there is no overall difference.');
	const table = page.getByRole('table', { name: /Scores compared by principle/ });
	await expect(table).toContainText('(differences over the questions both answered)');
	const rows = table.locator('tbody tr');
	await expect(rows.nth(0).getByRole('cell')).toHaveText(['3.0', '1.0', /^[−-]2\.0$/]);
	await expect(rows.nth(1).getByRole('cell')).toHaveText(['2.0', 'Not assessed', '–']);
	await expect(table.locator('tfoot td')).toHaveText([/\d\.\d/, '1.0', '–']);
});
