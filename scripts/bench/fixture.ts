/**
 * A realistic stored assessment for the measurements: every question answered with a spread of
 * levels (some "not applicable" with a reason, some "don't know"), notes and evidence links on
 * some, targets per principle and a plan with owners, dates and status. Deterministic.
 *
 * The stored text is produced by the app's own storage module: the assessment is wrapped in the
 * first envelope format (version 1, one assessment) and read with `readEnvelope`, which migrates
 * it to the current format and validates it; the result is serialized as the app writes it. So
 * the fixture follows changes to the envelope without edits here, and the app loads it without a
 * repair notice.
 */
import {
	newAssessment,
	type Answer,
	type Assessment,
	type Choice,
	type PlanEntry
} from '$lib/assessment/model';
import { FRAMEWORK_VERSION, PRINCIPLE_IDS, questions } from '$lib/framework';
import { encodeResult } from '$lib/share/codec';
import { toSharedResult } from '$lib/share/share';
import { serializeEnvelope, STORAGE_KEY } from '$lib/storage/envelope';
import { readEnvelope } from '$lib/storage/envelope-schema';

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
const NOW = new Date('2026-05-11T16:05:00.000Z');

export function realisticAssessment(): Assessment {
	const assessment = newAssessment(
		FRAMEWORK_VERSION,
		new Date('2026-05-04T09:30:00.000Z'),
		'Example Software GmbH'
	);
	assessment.id = 'bench-assessment';
	assessment.updatedAt = NOW.toISOString();
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
	return assessment;
}

/** The stored text, in the current envelope format, exactly as the app would write it. */
export function storedAssessment(): string {
	const first = { version: 1, assessment: realisticAssessment(), settings: {} };
	const loaded = readEnvelope(JSON.stringify(first), FRAMEWORK_VERSION, NOW);
	if (loaded.problem?.kind !== 'migrated') {
		throw new Error(`the bench fixture does not load cleanly: ${JSON.stringify(loaded.problem)}`);
	}
	return serializeEnvelope(loaded.value);
}

/** The fragment of a share link for the fixture (answers and targets, no free text). */
export function sharedFragment(): string {
	return encodeResult(toSharedResult(realisticAssessment(), { includeDetails: false }));
}

/**
 * A workshop session with five participants whose answers differ from the team's, stored under
 * the combine page's own key, made with the app's session module. Null (and the combine page is
 * measured without participants) when that module cannot make one.
 */
export async function workshopSession(): Promise<{ key: string; value: string } | null> {
	try {
		const session = await import('$lib/workshop/session');
		let current = session.emptySession();
		const base = realisticAssessment();
		const names = ['Ana', 'Ben', 'Chidi', 'Dana', 'Emil'];
		names.forEach((participant, p) => {
			const assessment = { ...base, answers: { ...base.answers } };
			questions.forEach((question, i) => {
				const choice = CHOICES[(i + p * 3) % CHOICES.length]!;
				assessment.answers[question.id] = { choice };
			});
			const result = toSharedResult(assessment, { includeDetails: false, participant });
			const outcome = session.addParticipant(current, result);
			if (outcome.kind === 'added') current = outcome.session;
		});
		return { key: session.WORKSHOP_KEY, value: session.serializeSession(current) };
	} catch {
		return null;
	}
}
