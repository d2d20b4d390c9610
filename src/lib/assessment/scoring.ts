/**
 * Scoring, exactly as the app explains it to users ("How is this calculated?"):
 *
 * - A principle's score is the weighted mean of the levels of its answered questions, on 0–4:
 *   Σ(weight × level) / Σ(weight). "Don't know" counts as level 0; "not applicable" and
 *   unanswered questions are left out of both sums.
 * - A principle with nothing to score is "not assessed" (null), never 0.
 * - The overall score is the plain mean of the principle scores that exist, as they are shown
 *   (rounded to one decimal), so a reader can check it from the table of scores.
 * - Scores are shown with one decimal, rounded half up; the band is the level of the shown value,
 *   so "3.0" always reads "Managed" even when the exact mean is 2.96.
 * - Completeness counts every answered question, including not applicable and don't know.
 *
 * Only questions of the given framework count; stored answers to other ids are ignored here.
 */
import type { Level, PrincipleId, PrincipleSource } from '$lib/framework/types';
import { targetOf, type Answer, type Choice, type Target, type Targets } from './model';

export interface Contribution {
	questionId: string;
	weight: number;
	choice: Choice | undefined;
	/** The level that entered the mean, or null when the answer was left out. */
	value: Level | null;
}

export interface PrincipleScore {
	principleId: PrincipleId;
	/** Exact weighted mean, or null when not assessed. */
	score: number | null;
	/** The score rounded to one decimal (what users see). */
	rounded: number | null;
	band: Level | null;
	answered: number;
	total: number;
	target: Target;
	weightedSum: number;
	weightSum: number;
	contributions: Contribution[];
}

export interface ScoreSummary {
	principles: PrincipleScore[];
	/** The mean of the shown (rounded) principle scores, before it is rounded itself. */
	overall: number | null;
	overallRounded: number | null;
	overallBand: Level | null;
	/** Principles that have a score. */
	assessedPrinciples: number;
	answered: number;
	total: number;
}

/** Rounds a non-negative fraction num/den to one decimal, half up, without floating-point drift. */
export function roundFraction(numerator: number, denominator: number): number {
	return Math.floor((20 * numerator + denominator) / (2 * denominator)) / 10;
}

export function bandOf(rounded: number | null): Level | null {
	if (rounded === null) return null;
	return Math.min(4, Math.max(0, Math.floor(rounded + 1e-9))) as Level;
}

export function valueOf(choice: Choice | undefined): Level | null {
	if (choice === undefined || choice === 'na') return null;
	return choice === 'unknown' ? 0 : choice;
}

export function scorePrinciple(
	principle: PrincipleSource,
	answers: Readonly<Record<string, Pick<Answer, 'choice'>>>,
	targets: Targets
): PrincipleScore {
	let weightedSum = 0;
	let weightSum = 0;
	let answered = 0;
	const contributions: Contribution[] = principle.questions.map((question) => {
		const choice = answers[question.id]?.choice;
		if (choice !== undefined) answered++;
		const value = valueOf(choice);
		if (value !== null) {
			weightedSum += question.weight * value;
			weightSum += question.weight;
		}
		return { questionId: question.id, weight: question.weight, choice, value };
	});
	// Weights and levels are integers, so the mean is an exact fraction and can be rounded exactly.
	const score = weightSum > 0 ? weightedSum / weightSum : null;
	const rounded = weightSum > 0 ? roundFraction(weightedSum, weightSum) : null;
	return {
		principleId: principle.id,
		score,
		rounded,
		band: bandOf(rounded),
		answered,
		total: principle.questions.length,
		target: targetOf(targets, principle.id),
		weightedSum,
		weightSum,
		contributions
	};
}

export function scoreAssessment(
	principles: readonly PrincipleSource[],
	answers: Readonly<Record<string, Pick<Answer, 'choice'>>>,
	targets: Targets
): ScoreSummary {
	const scores = principles.map((principle) => scorePrinciple(principle, answers, targets));
	const assessed = scores.filter((s) => s.rounded !== null);
	// Shown scores are whole tenths: their mean is an exact fraction, rounded exactly.
	const tenths = assessed.reduce((sum, s) => sum + Math.round((s.rounded as number) * 10), 0);
	const overall = assessed.length > 0 ? tenths / (10 * assessed.length) : null;
	const overallRounded = assessed.length > 0 ? roundFraction(tenths, 10 * assessed.length) : null;
	return {
		principles: scores,
		overall,
		overallRounded,
		overallBand: bandOf(overallRounded),
		assessedPrinciples: assessed.length,
		answered: scores.reduce((sum, s) => sum + s.answered, 0),
		total: scores.reduce((sum, s) => sum + s.total, 0)
	};
}
