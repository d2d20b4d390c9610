/**
 * Results made with an older question bank, shown as they were: which bank scores them, how their
 * questions are named, and which questions two versions share (to compare them fairly).
 */
import type { Answer, Targets } from '$lib/assessment/model';
import { assessmentResult } from '$lib/assessment/result';
import { sharedResultWith, type SharedResult } from '$lib/assessment/shared-result';
import { bank, FRAMEWORK_VERSION } from './bank';
import { questionTextKey } from './keys';
import { migrateToVersion, MIGRATIONS, sourcesOf } from './migrations';
import type { PrincipleSource } from './types';
import { frameworkSourceFor, legacyQuestionTextKey, questionIdsOf } from './versions';

/** The principles (questions, weights) a result of `version` is scored with: its own bank. */
export function principlesFor(version: string): readonly PrincipleSource[] {
	return (frameworkSourceFor(version) ?? bank).principles;
}

/** Old ids whose text changed or left after `version`: those have a legacy text to name them by. */
function legacyIds(version: string): Set<string> {
	const migration = MIGRATIONS.find((candidate) => candidate.from === version);
	if (!migration) return new Set();
	return new Set(
		migration.changes
			.filter((change) => change.kind !== 'kept' && change.kind !== 'new')
			.flatMap(sourcesOf)
	);
}

/** The message key of a question's text as it read in `version` (the current text if unchanged). */
export function questionTextKeyIn(version: string, id: string): string {
	if (version !== FRAMEWORK_VERSION && legacyIds(version).has(id)) {
		return legacyQuestionTextKey(version, id);
	}
	return questionTextKey(id);
}

/**
 * The current bank's principles, keeping only the questions both versions ask (by id): two
 * results of different versions are compared over these.
 */
export function sharedPrinciples(a: string, b: string): readonly PrincipleSource[] {
	if (a === b) return principlesFor(a);
	const inA = new Set(questionIdsOf({ version: a, principles: [...principlesFor(a)] }));
	const inB = new Set(questionIdsOf({ version: b, principles: [...principlesFor(b)] }));
	return bank.principles.map((principle) => ({
		...principle,
		questions: principle.questions.filter(
			(question) => inA.has(question.id) && inB.has(question.id)
		)
	}));
}

/**
 * A result given in an older question bank, shown as it was: scored with its own bank, its notes
 * named by their old texts, and what to do next in terms of the current questions (the answers move
 * as stored ones do).
 */
export function oldSharedResult(
	version: string,
	answers: Readonly<Record<string, Answer>>,
	targets: Targets
): SharedResult {
	const moved = migrateToVersion(
		{ frameworkVersion: version, answers, plan: {} },
		FRAMEWORK_VERSION
	).result.answers;
	return sharedResultWith(
		principlesFor(version),
		answers,
		targets,
		(id) => questionTextKeyIn(version, id),
		assessmentResult(bank.principles, moved, targets).top
	);
}
