/**
 * The framework as the app uses it: the question bank's structure with lookups. Text is not here;
 * components format it with the keys in keys.ts, so it follows the active locale. The reference
 * catalogue is imported from './references' only where recommendations are shown, which keeps it
 * out of the other pages' JavaScript.
 */
import { bank, FRAMEWORK_VERSION } from './bank';
import type { PrincipleId, PrincipleSource, QuestionSource } from './types';

export * from './types';
export * from './keys';
export { FRAMEWORK_VERSION };

export const framework = bank;
export const principles: readonly PrincipleSource[] = bank.principles;

export interface QuestionEntry extends QuestionSource {
	principleId: PrincipleId;
	/** 1-based position within its principle. */
	number: number;
}

/** Every question in framework order (principle by principle). */
export const questions: readonly QuestionEntry[] = bank.principles.flatMap((principle) =>
	principle.questions.map((question, index) => ({
		...question,
		principleId: principle.id,
		number: index + 1
	}))
);

const questionIndex = new Map(questions.map((question) => [question.id, question]));
const principleIndex = new Map(bank.principles.map((principle) => [principle.id, principle]));

export function questionById(id: string): QuestionEntry | undefined {
	return questionIndex.get(id);
}

export function principleById(id: string): PrincipleSource | undefined {
	return principleIndex.get(id as PrincipleId);
}

/** 1-based position of a principle in the framework. */
export function principleNumber(id: PrincipleId): number {
	return bank.principles.findIndex((principle) => principle.id === id) + 1;
}
