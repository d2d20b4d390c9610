/**
 * A filled browser for the layout tests: two assessments with every question answered, long
 * names (80 characters, with a word that cannot wrap), notes, a plan, a snapshot and a workshop
 * session of three participants; and the measure of horizontal overflow.
 */
import type { Page } from '@playwright/test';
import { bank } from '../src/lib/framework/bank';

export const WIDTHS = [360, 768, 1024, 1366];
/** 80 characters, with a 34-character word that cannot wrap at a space. */
const LONG = 'Kommunale Datenverarbeitungsgesellschaft für Infrastruktur und Sicherheit Nord AG';
export const LONG_WORD = 'Datenverarbeitungsinfrastrukturgesellschaftsvertragsentwurf';
export const NAME = `${LONG.slice(0, 79 - LONG_WORD.length)} ${LONG_WORD}`.slice(0, 80);

const NOW = '2026-11-02T10:00:00.000Z';
const questions = bank.principles.flatMap((principle) => principle.questions);
const CHOICES = [0, 1, 2, 3, 4, 'na', 'unknown'] as const;

export function filledEnvelope(): string {
	const answers = Object.fromEntries(
		questions.map((question, i) => [
			question.id,
			{
				choice: CHOICES[i % CHOICES.length],
				...(i % 4 === 0 ? { note: `${NAME} — ${LONG_WORD}` } : {}),
				...(CHOICES[i % CHOICES.length] === 'na' ? { naReason: NAME } : {})
			}
		])
	);
	const plan = Object.fromEntries(
		questions
			.filter((_, i) => i % 2 === 0)
			.map((question, i) => [
				question.id,
				{ owner: NAME.slice(0, 80), due: '2027-03-31', ...(i % 3 === 0 ? { status: 'doing' } : {}) }
			])
	);
	const assessment = (id: string, name: string) => ({
		id,
		name,
		createdAt: NOW,
		updatedAt: NOW,
		frameworkVersion: bank.version,
		answers,
		targets: {},
		plan
	});
	return JSON.stringify({
		version: 2,
		assessments: [assessment('a1', NAME), assessment('a2', `${NAME.slice(0, 78)} 2`)],
		activeId: 'a1',
		snapshots: [
			{
				id: 's1',
				assessmentId: 'a1',
				label: NAME,
				takenAt: NOW,
				assessment: assessment('a1', NAME)
			}
		],
		deleted: [],
		settings: {}
	});
}

export function workshopSession(): string {
	const participants = [1, 2, 3].map((number) => ({
		id: `p${number}`,
		number,
		name: `${NAME.slice(0, 60)} ${LONG_WORD.slice(0, 19)}`.slice(0, 60),
		team: NAME,
		date: '2026-11-02',
		answers: Object.fromEntries(
			questions.map((question, i) => [question.id, CHOICES[(i + number) % CHOICES.length]])
		)
	}));
	return JSON.stringify({ version: 1, participants, picks: {} });
}

/** scrollWidth and innerWidth at each width and scheme, for the page as it is. */
export async function overflowAt(
	page: Page,
	widths: readonly number[] = WIDTHS,
	schemes: readonly ('light' | 'dark')[] = ['light', 'dark']
): Promise<string[]> {
	const problems: string[] = [];
	for (const scheme of schemes) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const width of widths) {
			await page.setViewportSize({ width, height: 900 });
			// Two frames: layout and any resize handlers (the chart) have run.
			await page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
			const [scroll, inner, widest] = await page.evaluate(() => {
				const scrollWidth = document.documentElement.scrollWidth;
				if (scrollWidth <= window.innerWidth) return [scrollWidth, window.innerWidth, ''];
				// The innermost elements that reach past the window's right edge: where to look.
				const over = [...document.querySelectorAll('body *')].filter((element) => {
					const box = element.getBoundingClientRect();
					return box.width > 0 && box.right > window.innerWidth + 1;
				});
				const innermost = over.filter(
					(element) => !over.some((other) => other !== element && element.contains(other))
				);
				const describe = (element: Element) =>
					`${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`;
				return [scrollWidth, window.innerWidth, innermost.slice(0, 3).map(describe).join(', ')];
			});
			if (scroll > inner) {
				problems.push(
					`${page.url()} at ${width} px (${scheme}): ${scroll} > ${inner}, past the edge: ${widest}`
				);
			}
		}
	}
	await page.emulateMedia({ colorScheme: 'light' });
	return problems;
}

/** Stores the filled data in every page the context opens, unless the test changed it. */
export async function storeFilled(page: Page): Promise<void> {
	await page.addInitScript(
		([stored, workshop]: string[]) => {
			if (!localStorage.getItem('commons-check')) localStorage.setItem('commons-check', stored!);
			if (!localStorage.getItem('commons-check:workshop')) {
				localStorage.setItem('commons-check:workshop', workshop!);
			}
		},
		[filledEnvelope(), workshopSession()]
	);
}
