/**
 * The combine page's logic between pasted text, the session and the team's assessment:
 * which lines are links, what happened to each, which questions to show, what is decided, and
 * what adopting the agreed answers would change. Pure: the page and the session wrapper do the
 * decoding (which may load the notes' decompressor) and the saving.
 */
import type { Choice } from '$lib/assessment/model';
import type { DecodeError, DecodeResult, SharedResult } from '$lib/share/codec';
import { decodeInvite } from '$lib/share/invite';
import { sortForDiscussion, type MergeResult, type QuestionMerge } from './merge';
import { addParticipant, type Pick, type Session, type SessionParticipant } from './session';

/** Lines looked at in one paste; a workshop has far fewer participants. */
export const MAX_LINES = 100;

export type LineOutcome =
	| { kind: 'added'; line: string; participant: SessionParticipant; sameName?: SessionParticipant }
	| { kind: 'duplicate'; line: string; existing: SessionParticipant }
	/** Same name and answers, other notes: replaced only once the facilitator confirms. */
	| { kind: 'update'; line: string; existing: SessionParticipant; result: SharedResult }
	| { kind: 'error'; line: string; error: DecodeError }
	/** The session's own invitation (or another), pasted where answers were expected. */
	| { kind: 'invitation'; line: string }
	| { kind: 'full'; line: string }
	| { kind: 'too-large'; line: string };

export interface DecodedLine {
	line: string;
	decoded: DecodeResult;
}

/** The non-empty lines of pasted text, trimmed; at most MAX_LINES. */
export function linesOf(text: string): string[] {
	return text
		.split(/\r\n|\r|\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.slice(0, MAX_LINES);
}

/**
 * Adds each decoded line to the session, in order, so a link pasted twice in one go is reported
 * as a duplicate the second time. Returns the new session and one outcome per line.
 */
export function addDecoded(
	session: Session,
	lines: readonly DecodedLine[]
): { session: Session; outcomes: LineOutcome[] } {
	let current = session;
	const outcomes = lines.map(({ line, decoded }): LineOutcome => {
		if (!decoded.ok) {
			return decodeInvite(line).ok
				? { kind: 'invitation', line }
				: { kind: 'error', line, error: decoded.error };
		}
		const outcome = addParticipant(current, decoded.result);
		switch (outcome.kind) {
			case 'duplicate':
				return { kind: 'duplicate', line, existing: outcome.existing };
			case 'update':
				return { kind: 'update', line, existing: outcome.existing, result: outcome.result };
			case 'full':
			case 'too-large':
				return { kind: outcome.kind, line };
			case 'added':
				current = outcome.session;
				return {
					kind: 'added',
					line,
					participant: outcome.participant,
					...(outcome.sameName ? { sameName: outcome.sameName } : {})
				};
		}
	});
	return { session: current, outcomes };
}

/** Not decided yet: a flagged question the facilitator has neither picked nor skipped. */
export type PickState = Pick | 'undecided';

/**
 * What the pick control of a question shows: the facilitator's pick; else, for a flagged
 * question, 'undecided' (flagged questions are never pre-filled); else the suggestion, or
 * 'keep' when nobody answered.
 */
export function pickOf(question: QuestionMerge, picks: Readonly<Record<string, Pick>>): PickState {
	if (Object.hasOwn(picks, question.questionId)) return picks[question.questionId]!;
	if (question.discuss) return 'undecided';
	return question.suggested ?? 'keep';
}

/**
 * The answers to write into the team's assessment, in framework order: each question's pick
 * (other than 'keep'), else the suggestion of a question that is not flagged.
 */
export function teamChoices(
	result: MergeResult,
	picks: Readonly<Record<string, Pick>>
): Record<string, Choice> {
	const choices: Record<string, Choice> = {};
	for (const question of result.questions) {
		const pick = pickOf(question, picks);
		if (pick !== 'keep' && pick !== 'undecided') choices[question.questionId] = pick;
	}
	return choices;
}

export interface AdoptSummary {
	/** Answers that will be written. */
	total: number;
	/** Of those, questions the team had already answered. */
	replaced: number;
	/** Of the replaced ones, those whose answer changes. */
	changed: number;
	/** Flagged questions not decided: left as they are. */
	undecided: number;
	/** Questions someone answered that the facilitator set to "keep the team's answer". */
	kept: number;
}

export function adoptSummary(
	result: MergeResult,
	picks: Readonly<Record<string, Pick>>,
	current: (questionId: string) => Choice | undefined
): AdoptSummary {
	const choices = teamChoices(result, picks);
	let replaced = 0;
	let changed = 0;
	const ids = Object.keys(choices);
	for (const id of ids) {
		const before = current(id);
		if (before === undefined) continue;
		replaced++;
		if (before !== choices[id]) changed++;
	}
	let undecided = 0;
	let kept = 0;
	for (const question of result.questions) {
		const pick = pickOf(question, picks);
		if (pick === 'undecided') undecided++;
		else if (pick === 'keep' && question.counts.unanswered < question.entries.length) kept++;
	}
	return { total: ids.length, replaced, changed, undecided, kept };
}

/** The flagged questions in framework order, each with the facilitator's decision so far. */
export function flaggedQuestions(
	result: MergeResult,
	picks: Readonly<Record<string, Pick>>
): { question: QuestionMerge; pick: PickState }[] {
	return result.questions
		.filter((question) => question.discuss)
		.map((question) => ({ question, pick: pickOf(question, picks) }));
}

export type QuestionOrder = 'framework' | 'discussion';
/** Which questions the table shows. */
export type QuestionFilter = 'answered' | 'flagged' | 'all';

/** Someone answered the question (a level, not applicable or don't know). */
export function isAnswered(question: QuestionMerge): boolean {
	return question.counts.unanswered < question.entries.length;
}

/**
 * The questions the table shows: those someone answered (the default), only the flagged ones, or
 * all; in framework or discussion order.
 */
export function visibleQuestions(
	result: MergeResult,
	options: { filter: QuestionFilter; order: QuestionOrder }
): QuestionMerge[] {
	const shown = result.questions.filter((question) =>
		options.filter === 'all'
			? true
			: options.filter === 'flagged'
				? question.discuss
				: isAnswered(question)
	);
	return options.order === 'discussion' ? sortForDiscussion(shown) : shown;
}

export interface ParticipantCoverage {
	participantId: string;
	/** Questions answered (a level, not applicable or don't know). */
	questions: number;
	/** Principles with at least one answer. */
	principles: number;
}

/**
 * What each participant answered, and whether they all answered the same questions. When not,
 * the page warns, and each principle's spread compares only the questions the participants with
 * a score there all answered (merge.ts).
 */
export function participantCoverage(result: MergeResult): {
	participants: ParticipantCoverage[];
	same: boolean;
} {
	const sets = result.participants.map((participant, index) =>
		result.questions.filter((question) => question.entries[index]?.choice !== undefined)
	);
	const participants = result.participants.map((participant, index) => ({
		participantId: participant.id,
		questions: sets[index]!.length,
		principles: new Set(sets[index]!.map((question) => question.principleId)).size
	}));
	const key = (index: number) => sets[index]!.map((question) => question.questionId).join();
	const same = sets.every((_, index) => key(index) === key(0));
	return { participants, same };
}
