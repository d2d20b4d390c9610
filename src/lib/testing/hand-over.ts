/**
 * The assessment an OSPO lead brings to a management meeting: 40 questions answered (the first
 * 40 in framework order), 32 of them below the default target (32 plan items), owners, due dates
 * and statuses set on some, notes on a few answers. Used by the print and chart tests and by the
 * screenshots (tests only, never the app). Deterministic, and independent of how the question
 * bank spreads its questions over the principles.
 */
import type { Answer, Assessment, Choice, PlanEntry } from '$lib/assessment/model';
import { FRAMEWORK_VERSION, questions } from '$lib/framework';
import { ENVELOPE_VERSION, serializeEnvelope, type Settings } from '$lib/storage/envelope';
import { readEnvelope } from '$lib/storage/envelope-schema';

const NOW = new Date('2026-11-30T10:00:00.000Z');
export const ANSWERED = 40;
/** Every fifth answer meets the default target 3; the others are below it: 32 plan items. */
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
	questions.slice(0, ANSWERED).forEach((question, i) => {
		const last = i % 5 === 4;
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
export function storedEnvelope(assessment: Assessment, settings: Settings = {}): string {
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
	return serializeEnvelope(loaded.value);
}
