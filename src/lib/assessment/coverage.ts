/**
 * What two results cover, so that comparing them compares like with like. A one-principle
 * participant link beside a full assessment would otherwise show an "overall difference" between
 * a score of 1 principle and a score of 8.
 *
 * - A question is covered when it has an answer (a level, not applicable or don't know); a
 *   principle when one of its questions is.
 * - The two sides cover the same when they answered exactly the same questions. Otherwise the
 *   page warns (principles and question counts of each side), computes each principle's
 *   difference only over the questions both sides answered (both sides' answers to those alone,
 *   scored by the usual rules), and shows no overall difference.
 *
 * Pure: nothing here changes its inputs.
 */
import type { PrincipleId, PrincipleSource } from '$lib/framework/types';
import type { ScoredAnswers } from './result';
import { roundFraction, scorePrinciple } from './scoring';

export interface SideCoverage {
	/** Questions answered, of the framework's. */
	questions: number;
	/** Principles with at least one answer, in framework order. */
	principles: PrincipleId[];
}

export interface PrincipleDifference {
	principleId: PrincipleId;
	/** Questions of the principle both sides answered. */
	shared: number;
	/** right − left over the shared questions, rounded to one decimal; null when not comparable. */
	delta: number | null;
}

export interface Coverage {
	left: SideCoverage;
	right: SideCoverage;
	/** Both answered exactly the same questions. */
	same: boolean;
	/** Questions both answered. */
	shared: number;
	/** Per principle, in framework order (only meaningful when `same` is false). */
	differences: PrincipleDifference[];
}

function answeredIds(principles: readonly PrincipleSource[], answers: ScoredAnswers): Set<string> {
	const ids = new Set<string>();
	for (const principle of principles) {
		for (const question of principle.questions) {
			if (answers[question.id]?.choice !== undefined) ids.add(question.id);
		}
	}
	return ids;
}

function sideOf(principles: readonly PrincipleSource[], ids: Set<string>): SideCoverage {
	return {
		questions: ids.size,
		principles: principles
			.filter((principle) => principle.questions.some((question) => ids.has(question.id)))
			.map((principle) => principle.id)
	};
}

/** Rounded to one decimal like a shown score: exact tenths, half up. */
function shownScore(principle: PrincipleSource, answers: ScoredAnswers): number | null {
	const score = scorePrinciple(principle, answers, {});
	return score.weightSum > 0 ? roundFraction(score.weightedSum, score.weightSum) : null;
}

export function coverageOf(
	principles: readonly PrincipleSource[],
	left: ScoredAnswers,
	right: ScoredAnswers
): Coverage {
	const a = answeredIds(principles, left);
	const b = answeredIds(principles, right);
	const both = new Set([...a].filter((id) => b.has(id)));
	const same = a.size === b.size && both.size === a.size;
	const only = (answers: ScoredAnswers) =>
		Object.fromEntries([...both].map((id) => [id, answers[id]!]));
	const leftShared = only(left);
	const rightShared = only(right);
	const differences = principles.map((principle): PrincipleDifference => {
		const shared = principle.questions.filter((question) => both.has(question.id)).length;
		const before = shownScore(principle, leftShared);
		const after = shownScore(principle, rightShared);
		return {
			principleId: principle.id,
			shared,
			// Differences of shown values, so they add up for the reader.
			delta: before === null || after === null ? null : Math.round((after - before) * 10) / 10
		};
	});
	return {
		left: sideOf(principles, a),
		right: sideOf(principles, b),
		same,
		shared: both.size,
		differences
	};
}
