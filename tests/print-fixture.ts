/**
 * Stored assessments for the print and chart tests, written to localStorage the way the app
 * stores them (the current envelope, checked by the app's own reader).
 *
 * `handOver`: what an OSPO lead brings to a management meeting: all 40 questions answered, 32 of
 * them below the target (32 plan items), owners, due dates and statuses set on some, notes on a
 * few answers.
 */
import type { Page } from '@playwright/test';
import type { Answer, Assessment, Choice, PlanEntry } from '../src/lib/assessment/model';
import { FRAMEWORK_VERSION, questions } from '../src/lib/framework';
import {
	ENVELOPE_VERSION,
	readEnvelope,
	serializeEnvelope,
	STORAGE_KEY,
	type Settings
} from '../src/lib/storage/envelope';

const NOW = new Date('2026-11-30T10:00:00.000Z');
/** Below the default target 3 except the last question of each principle: 8 × 4 = 32 items. */
const LEVELS: readonly Choice[] = [0, 1, 2, 'unknown'];
const OWNERS = ['Anna Schmidt', 'Platform team', 'OSPO', 'Jonas Berg (Legal)'];
const STATUSES: readonly NonNullable<PlanEntry['status']>[] = ['todo', 'doing', 'done'];
const NOTES = [
	'SBOMs exist for the two main products; the platform team reviews them monthly.',
	'Policy drafted in 2024 and approved by legal, never announced to the developers.',
	'We sponsor two maintainers of our logging library, 500 EUR a month each.'
];

export function handOver(name = 'Nordlys Software AS'): Assessment {
	const assessment: Assessment = {
		id: 'hand-over',
		name,
		createdAt: '2026-11-02T09:00:00.000Z',
		updatedAt: NOW.toISOString(),
		frameworkVersion: FRAMEWORK_VERSION,
		answers: {},
		targets: {},
		plan: {}
	};
	questions.forEach((question, i) => {
		const last = question.number === 5;
		const choice: Choice = last ? (i % 2 === 0 ? 3 : 4) : LEVELS[i % LEVELS.length]!;
		const answer: Answer = { choice };
		if (i % 7 === 0) answer.note = NOTES[i % NOTES.length]!;
		assessment.answers[question.id] = answer;
		if (!last && i % 3 === 0) {
			assessment.plan[question.id] = {
				owner: OWNERS[i % OWNERS.length]!,
				due: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
				status: STATUSES[(i / 3) % STATUSES.length]!
			};
		} else if (!last && i % 5 === 1) {
			assessment.plan[question.id] = { status: 'doing' };
		}
	});
	return assessment;
}

/** The stored text of an envelope holding this one assessment, as the app writes it. */
export function stored(assessment: Assessment, settings: Settings = {}): string {
	const envelope = {
		version: ENVELOPE_VERSION,
		assessments: [assessment],
		activeId: assessment.id,
		snapshots: [],
		deleted: [],
		settings
	};
	const loaded = readEnvelope(JSON.stringify(envelope), FRAMEWORK_VERSION, NOW);
	if (loaded.problem) throw new Error(`fixture does not load: ${JSON.stringify(loaded.problem)}`);
	return serializeEnvelope(loaded.envelope);
}

/** Stores the assessment in the page's origin, then opens `path` with it. */
export async function openWith(
	page: Page,
	assessment: Assessment,
	path: string,
	settings: Settings = {}
): Promise<void> {
	await page.goto('/');
	await page.evaluate(
		([key, value]) => localStorage.setItem(key!, value!),
		[STORAGE_KEY, stored(assessment, settings)]
	);
	await page.goto(path);
}
