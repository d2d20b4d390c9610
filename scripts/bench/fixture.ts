/**
 * A realistic stored assessment for the measurements: every question answered with a spread of
 * levels (some "not applicable" with a reason, some "don't know"), notes and evidence links on
 * some, targets per principle and a plan with owners, dates and status. Deterministic, and
 * validated against the app's own storage schema, so the app loads it without a repair notice.
 */
import type { Answer, Choice, PlanEntry } from '$lib/assessment/model';
import { FRAMEWORK_VERSION, PRINCIPLE_IDS, questions } from '$lib/framework';
import { encodeResult } from '$lib/share/codec';
import { toSharedResult } from '$lib/share/share';
import {
	envelopeSchema,
	freshEnvelope,
	serializeEnvelope,
	STORAGE_KEY,
	type Envelope
} from '$lib/storage/envelope';

export { STORAGE_KEY };

const CHOICES: readonly Choice[] = [2, 1, 3, 0, 2, 'unknown', 1, 4, 2, 'na', 3, 1, 0, 2];
const NOTES = [
	'SBOMs exist for the two main products; the platform team reviews them monthly.',
	'Policy drafted in 2024 and approved by legal, never announced to the developers.',
	'We sponsor two maintainers of our logging library, 500 EUR a month each.',
	'Checked the bus factor of our ten critical dependencies once, in a spreadsheet.',
	'Security findings go to maintainers by mail; we had one bad experience.'
];
const OWNERS = ['Anna Schmidt', 'Platform team', 'OSPO', 'Jonas (Legal)', 'CTO office'];
const STATUSES: readonly NonNullable<PlanEntry['status']>[] = ['todo', 'doing', 'done'];

export function realisticEnvelope(): Envelope {
	const envelope = freshEnvelope(FRAMEWORK_VERSION, new Date('2026-05-04T09:30:00.000Z'));
	const assessment = envelope.assessment;
	assessment.id = 'bench-assessment';
	assessment.name = 'Example Software GmbH';
	assessment.updatedAt = '2026-05-11T16:05:00.000Z';
	questions.forEach((question, i) => {
		const choice = CHOICES[i % CHOICES.length]!;
		const answer: Answer = { choice };
		if (choice === 'na') answer.naReason = 'We only run this software internally.';
		if (i % 3 === 0) answer.note = NOTES[i % NOTES.length]!;
		if (i % 5 === 0) answer.evidence = `https://wiki.example.com/ospo/${question.id}`;
		assessment.answers[question.id] = answer;
		if (i % 2 === 0) {
			assessment.plan[question.id] = {
				owner: OWNERS[i % OWNERS.length]!,
				due: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
				status: STATUSES[i % STATUSES.length]!
			};
		}
	});
	PRINCIPLE_IDS.forEach((principle, i) => {
		assessment.targets[principle] = ([3, 4, 2, 3] as const)[i % 4]!;
	});
	const parsed = envelopeSchema.safeParse(envelope);
	if (!parsed.success) throw new Error('the bench fixture does not match the storage schema');
	return parsed.data;
}

/** The stored text, exactly as the app would write it. */
export function storedAssessment(): string {
	return serializeEnvelope(realisticEnvelope());
}

/** The fragment of a share link for the fixture (answers and targets, no free text). */
export function sharedFragment(): string {
	return encodeResult(toSharedResult(realisticEnvelope().assessment, { includeDetails: false }));
}
