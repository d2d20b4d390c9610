/**
 * Participant merge for workshops: each participant answers alone and shares a result link; the
 * facilitator combines the answers, sees per question where the group disagrees and starts from a
 * suggested agreed answer that the team can change.
 *
 * Per question (only the questions of the given framework; answers to other ids are ignored):
 *
 * - The statistics (min, median, max, spread) are over the numeric levels 0–4 only. "Not
 *   applicable" and "don't know" are counted, not levelled: in a merge, "don't know" says that a
 *   participant lacks information, not that the practice is absent, so counting it as 0 (as the
 *   score does) would turn one unsure participant into a false disagreement. Participants who did
 *   not answer are left out of the statistics but keep their (empty) entry, so the view can show
 *   them.
 * - The median is the usual one: for an even count, the mean of the two middle values.
 * - A question is flagged for discussion when the levels are two or more apart (disagreement), or
 *   when "not applicable" or "don't know" was given alongside levels, or both were given (mixed):
 *   the group does not agree on whether or how the practice can be judged.
 *
 * The suggested agreed answer:
 *
 * - With levels: the LOWER median (the middle value for an odd count, the lower of the two middle
 *   values for an even count: [1, 2] → 1, [1, 2, 3, 4] → 2). Self-assessments tend to overstate,
 *   and a conservative default makes the team argue upwards with evidence rather than accept an
 *   optimistic average. The median, not the mean, so one outlier cannot drag the answer.
 * - Without levels: "not applicable" if everyone who answered said so; "don't know" if anyone said
 *   don't know (the honest state until someone finds out); nothing if nobody answered.
 *
 * Per principle, each participant's score is the app's own score (scorePrinciple, targets unused)
 * of their answers, so it matches what each participant saw on their result; the spread is over
 * the exact scores of the participants that have one. When those participants answered different
 * questions of the principle (an invitation scoped by role, someone who stopped half-way), their
 * scores measure different things: the spread is then computed over the questions all of them
 * answered (their scores restricted to those), and is null when there is none (`compared`).
 *
 * Everything here is pure: no input is mutated, and the same input gives the same output.
 */
import type { Level, PrincipleId, PrincipleSource } from '$lib/framework/types';
import type { Answer, Choice } from '$lib/assessment/model';
import { scorePrinciple } from '$lib/assessment/scoring';

/** What a participant wrote beside an answer (shared with their link when they chose to). */
export interface ParticipantText {
	note?: string;
	naReason?: string;
}

export interface Participant {
	/** The app's handle for this participant; unique within a merge. */
	id: string;
	name: string;
	/** Choices keyed by question id. */
	answers: Record<string, Choice>;
	/** Notes and not-applicable reasons keyed by question id. */
	texts?: Record<string, ParticipantText>;
}

export interface ParticipantAnswer {
	participantId: string;
	/** undefined when the participant did not answer (or the stored value is not a valid choice). */
	choice: Choice | undefined;
	/** The participant's note on the question, if any. */
	note?: string;
	/** Why the participant said "not applicable", if they said so and gave a reason. */
	naReason?: string;
}

export interface QuestionMerge {
	questionId: string;
	principleId: PrincipleId;
	/** 0-based position of the question in the framework (principle by principle). */
	order: number;
	/** One per participant, in participant order. */
	entries: ParticipantAnswer[];
	/** The numeric levels given, sorted ascending; "not applicable" and "don't know" are not levels. */
	levels: number[];
	min: number | null;
	max: number | null;
	/** The usual median: the mean of the two middle values for an even count ([1, 2] → 1.5). */
	median: number | null;
	/** max − min. */
	spread: number | null;
	counts: { levels: number; na: number; unknown: number; unanswered: number };
	/** How many participants chose each level 0–4 (index = level). */
	perLevel: [number, number, number, number, number];
	flags: {
		/** The levels are two or more apart. */
		disagreement: boolean;
		/** "Not applicable" or "don't know" given alongside levels, or alongside each other. */
		mixed: boolean;
	};
	/** Any flag is set. */
	discuss: boolean;
	/** The default agreed answer (see the module header). */
	suggested: Choice | undefined;
}

export interface PrincipleParticipantScore {
	participantId: string;
	/** Exact weighted mean, or null when the participant left the principle not assessed. */
	score: number | null;
	/** The score rounded to one decimal, as the app shows it. */
	rounded: number | null;
}

export interface PrincipleMerge {
	principleId: PrincipleId;
	/** One per participant, in participant order. */
	scores: PrincipleParticipantScore[];
	/** Over the exact scores that are not null. */
	min: number | null;
	max: number | null;
	/**
	 * max − min of the scores; when the scored participants answered different questions of the
	 * principle, of their scores over the questions all of them answered (null when none).
	 */
	spread: number | null;
	/** Null when every scored participant answered the same questions; else how many they share. */
	compared: number | null;
}

export interface MergeResult {
	participants: Participant[];
	/** In framework order. */
	questions: QuestionMerge[];
	/** In framework order. */
	principles: PrincipleMerge[];
	/** Questions flagged for discussion. */
	discussCount: number;
}

/** Levels two or more apart are a disagreement worth discussing. */
export const DISAGREEMENT_SPREAD = 2;

function isLevel(value: unknown): value is Level {
	return value === 0 || value === 1 || value === 2 || value === 3 || value === 4;
}

function isChoice(value: unknown): value is Choice {
	return isLevel(value) || value === 'na' || value === 'unknown';
}

/** The participant's choice for a question: own properties only, and only valid choices. */
function choiceOf(participant: Participant, questionId: string): Choice | undefined {
	if (!Object.hasOwn(participant.answers, questionId)) return undefined;
	const choice = participant.answers[questionId];
	return isChoice(choice) ? choice : undefined;
}

function mergeQuestion(
	questionId: string,
	principleId: PrincipleId,
	order: number,
	participants: readonly Participant[]
): QuestionMerge {
	// Levels are 0–4, so a counting sort is both the simplest and the fastest sort.
	const perLevel = [0, 0, 0, 0, 0];
	let na = 0;
	let unknown = 0;
	let unanswered = 0;
	const entries: ParticipantAnswer[] = participants.map((participant) => {
		const choice = choiceOf(participant, questionId);
		if (choice === undefined) unanswered++;
		else if (choice === 'na') na++;
		else if (choice === 'unknown') unknown++;
		else perLevel[choice]! += 1;
		const text = textOf(participant, questionId);
		return {
			participantId: participant.id,
			choice,
			...(text.note ? { note: text.note } : {}),
			...(choice === 'na' && text.naReason ? { naReason: text.naReason } : {})
		};
	});

	const levels: number[] = [];
	perLevel.forEach((count, level) => {
		for (let i = 0; i < count; i++) levels.push(level);
	});

	const n = levels.length;
	const min = n > 0 ? levels[0]! : null;
	const max = n > 0 ? levels[n - 1]! : null;
	const spread = min !== null && max !== null ? max - min : null;
	const median =
		n === 0 ? null : n % 2 === 1 ? levels[(n - 1) / 2]! : (levels[n / 2 - 1]! + levels[n / 2]!) / 2;

	const disagreement = spread !== null && spread >= DISAGREEMENT_SPREAD;
	const mixed = (n > 0 && (na > 0 || unknown > 0)) || (na > 0 && unknown > 0);

	let suggested: Choice | undefined;
	if (n > 0) suggested = levels[Math.floor((n - 1) / 2)] as Level;
	else if (unknown > 0) suggested = 'unknown';
	else if (na > 0) suggested = 'na';

	return {
		questionId,
		principleId,
		order,
		entries,
		levels,
		min,
		max,
		median,
		spread,
		counts: { levels: n, na, unknown, unanswered },
		perLevel: perLevel as QuestionMerge['perLevel'],
		flags: { disagreement, mixed },
		discuss: disagreement || mixed,
		suggested
	};
}

function textOf(participant: Participant, questionId: string): ParticipantText {
	const texts = participant.texts;
	return texts && Object.hasOwn(texts, questionId) ? (texts[questionId] ?? {}) : {};
}

/** A participant's answers to the framework's questions in the shape scoring expects. */
function answerRecord(
	principles: readonly PrincipleSource[],
	participant: Participant
): Record<string, Answer> {
	const record: Record<string, Answer> = {};
	for (const principle of principles) {
		for (const question of principle.questions) {
			const choice = choiceOf(participant, question.id);
			if (choice !== undefined) record[question.id] = { choice };
		}
	}
	return record;
}

/** Combines the participants' answers question by question and principle by principle. */
export function mergeParticipants(
	principles: readonly PrincipleSource[],
	participants: readonly Participant[]
): MergeResult {
	const questions: QuestionMerge[] = [];
	for (const principle of principles) {
		for (const question of principle.questions) {
			questions.push(mergeQuestion(question.id, principle.id, questions.length, participants));
		}
	}

	const records = participants.map((participant) => answerRecord(principles, participant));
	const principleMerges: PrincipleMerge[] = principles.map((principle) => {
		const scores = participants.map((participant, index) => {
			const { score, rounded } = scorePrinciple(principle, records[index]!, {});
			return { participantId: participant.id, score, rounded };
		});
		const exact = scores.map((s) => s.score).filter((score): score is number => score !== null);
		const min = exact.length > 0 ? Math.min(...exact) : null;
		const max = exact.length > 0 ? Math.max(...exact) : null;
		const { spread, compared } = restrictedSpread(
			principle,
			records.filter((_, index) => scores[index]!.score !== null)
		);
		return {
			principleId: principle.id,
			scores,
			min,
			max,
			spread: compared === null ? (min !== null && max !== null ? max - min : null) : spread,
			compared
		};
	});

	return {
		participants: [...participants],
		questions,
		principles: principleMerges,
		discussCount: questions.filter((question) => question.discuss).length
	};
}

/**
 * The spread of the scores over the questions every one of `records` answered, when they did not
 * all answer the same questions of the principle; `compared` is null when they did.
 */
function restrictedSpread(
	principle: PrincipleSource,
	records: readonly Record<string, Answer>[]
): { spread: number | null; compared: number | null } {
	const ids = principle.questions.map((question) => question.id);
	const answered = (record: Record<string, Answer>) => ids.filter((id) => id in record).join();
	if (records.length < 2 || records.every((record) => answered(record) === answered(records[0]!))) {
		return { spread: null, compared: null };
	}
	const common = ids.filter((id) => records.every((record) => id in record));
	const restricted = records
		.map((record) => {
			const shared = Object.fromEntries(common.map((id) => [id, record[id]!]));
			return scorePrinciple(principle, shared, {}).score;
		})
		.filter((score): score is number => score !== null);
	const spread = restricted.length > 1 ? Math.max(...restricted) - Math.min(...restricted) : null;
	return { spread, compared: common.length };
}

/**
 * The questions in the order to discuss them: flagged first, then the larger spread (questions
 * without levels last), then framework order. Returns a new array; the sort is stable.
 */
export function sortForDiscussion(questions: readonly QuestionMerge[]): QuestionMerge[] {
	return [...questions].sort(
		(a, b) =>
			Number(b.discuss) - Number(a.discuss) ||
			(b.spread ?? -1) - (a.spread ?? -1) ||
			a.order - b.order
	);
}

/**
 * A canonical key of a participant's answers, independent of the order they were stored in:
 * the valid choices sorted by question id. Two participants with the same key gave exactly the
 * same answers. Names are not part of the key.
 */
export function participantKey(participant: Participant): string {
	const pairs = Object.keys(participant.answers)
		.map((id): [string, Choice | undefined] => [id, choiceOf(participant, id)])
		.filter((pair): pair is [string, Choice] => pair[1] !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return JSON.stringify(pairs);
}

/** Names compared ignoring case, surrounding whitespace and runs of inner whitespace. */
function normalizeName(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The participant already in the merge that the candidate duplicates, if any: the same name
 * (ignoring case and whitespace) AND exactly the same answers. That is what pasting the same link
 * twice gives. Identical answers under different names are NOT a duplicate: two people who agree
 * on everything are two votes, and dropping one would skew the statistics.
 */
export function findDuplicate(
	existing: readonly Participant[],
	candidate: Participant
): Participant | undefined {
	const name = normalizeName(candidate.name);
	const key = participantKey(candidate);
	return existing.find(
		(participant) => normalizeName(participant.name) === name && participantKey(participant) === key
	);
}
