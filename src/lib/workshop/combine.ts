/**
 * The combine page's logic between pasted text, the session and the team's assessment:
 * which lines are links, what happened to each, which questions to show, and what adopting the
 * agreed answers would change. Pure: the page and the session wrapper do the saving.
 */
import type { Choice } from '$lib/assessment/model';
import { decodeResult, type DecodeError } from '$lib/share/codec';
import { agreedAnswers, sortForDiscussion, type MergeResult, type QuestionMerge } from './merge';
import { addParticipant, type Pick, type Session, type SessionParticipant } from './session';

/** Lines looked at in one paste; a workshop has far fewer participants. */
export const MAX_LINES = 100;

export type LineOutcome =
	| { kind: 'added'; line: string; participant: SessionParticipant; sameName?: SessionParticipant }
	| { kind: 'duplicate'; line: string; existing: SessionParticipant }
	| { kind: 'error'; line: string; error: DecodeError }
	| { kind: 'full'; line: string };

/** The non-empty lines of pasted text, trimmed; at most MAX_LINES. */
export function linesOf(text: string): string[] {
	return text
		.split(/\r\n|\r|\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.slice(0, MAX_LINES);
}

/**
 * Decodes each line and adds it to the session, in order, so a link pasted twice in one go is
 * reported as a duplicate the second time. Returns the new session and one outcome per line.
 */
export function addLinks(
	session: Session,
	lines: readonly string[]
): { session: Session; outcomes: LineOutcome[] } {
	let current = session;
	const outcomes = lines.map((line): LineOutcome => {
		const decoded = decodeResult(line);
		if (!decoded.ok) return { kind: 'error', line, error: decoded.error };
		const outcome = addParticipant(current, decoded.result);
		if (outcome.kind === 'duplicate')
			return { kind: 'duplicate', line, existing: outcome.existing };
		if (outcome.kind === 'full') return { kind: 'full', line };
		current = outcome.session;
		return {
			kind: 'added',
			line,
			participant: outcome.participant,
			...(outcome.sameName ? { sameName: outcome.sameName } : {})
		};
	});
	return { session: current, outcomes };
}

/** What the pick control of a question shows: the facilitator's pick, else the suggestion. */
export function pickOf(question: QuestionMerge, picks: Readonly<Record<string, Pick>>): Pick {
	return Object.hasOwn(picks, question.questionId)
		? picks[question.questionId]!
		: (question.suggested ?? 'keep');
}

/**
 * The answers to write into the team's assessment: the suggestions overridden by the picks,
 * without the questions marked 'keep' (and without those nobody answered and nobody picked).
 */
export function teamChoices(
	result: MergeResult,
	picks: Readonly<Record<string, Pick>>
): Record<string, Choice> {
	const choicePicks: Record<string, Choice> = {};
	for (const [id, pick] of Object.entries(picks)) if (pick !== 'keep') choicePicks[id] = pick;
	const agreed = agreedAnswers(result, choicePicks);
	for (const [id, pick] of Object.entries(picks)) if (pick === 'keep') delete agreed[id];
	return agreed;
}

export interface AdoptSummary {
	/** Answers that will be written. */
	total: number;
	/** Of those, questions the team had already answered. */
	replaced: number;
	/** Of the replaced ones, those whose answer changes. */
	changed: number;
}

export function adoptSummary(
	choices: Readonly<Record<string, Choice>>,
	current: (questionId: string) => Choice | undefined
): AdoptSummary {
	let replaced = 0;
	let changed = 0;
	const ids = Object.keys(choices);
	for (const id of ids) {
		const before = current(id);
		if (before === undefined) continue;
		replaced++;
		if (before !== choices[id]) changed++;
	}
	return { total: ids.length, replaced, changed };
}

export type QuestionOrder = 'framework' | 'discussion';

/** The questions the table shows: all or only the flagged ones, in framework or discussion order. */
export function visibleQuestions(
	result: MergeResult,
	options: { onlyFlagged: boolean; order: QuestionOrder }
): QuestionMerge[] {
	const shown = options.onlyFlagged
		? result.questions.filter((question) => question.discuss)
		: result.questions;
	return options.order === 'discussion' ? sortForDiscussion(shown) : [...shown];
}
