/**
 * Every framework version the app can read, with its frozen structure, so that a result saved or
 * shared under an older version can be scored "as it was" (with that version's questions and
 * weights) or migrated to the current one (migrations.ts).
 */
import { bank, FRAMEWORK_VERSION } from './bank';
import { bank_1_0_0 } from './bank-1.0.0';
import type { FrameworkSource } from './types';

export const FRAMEWORK_VERSIONS: readonly FrameworkSource[] = [bank_1_0_0, bank];

export { FRAMEWORK_VERSION };

/** The bank as published in `version`, or undefined for a version this app does not know. */
export function frameworkSourceFor(version: string): FrameworkSource | undefined {
	return FRAMEWORK_VERSIONS.find((source) => source.version === version);
}

/** Every question id of a version, in order. */
export function questionIdsOf(source: FrameworkSource): string[] {
	return source.principles.flatMap((principle) =>
		principle.questions.map((question) => question.id)
	);
}

/** `1.0.0` → `1_0_0`: dots cannot appear inside a message key segment. */
export const versionKeySegment = (version: string) => version.replaceAll('.', '_');

/**
 * The text of a question as it was published in an older version. Kept for the questions that a
 * later version removed or reworded, so that history views can still name them (lazy/<locale>/legacy.json).
 */
export const legacyQuestionTextKey = (version: string, id: string) =>
	`legacy.${versionKeySegment(version)}.question.${id}.text`;
