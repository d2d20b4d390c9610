/**
 * What pages need of the question relations (relations.ts, mappings/), computed at build time by
 * the pages' server loads, so the catalogues never reach the browser's JavaScript: the glossary
 * terms to explain with each question, and what each question relates to in other frameworks.
 */
import { bank } from './bank';
import { mappingItem } from './mappings';
import { craLabelKey, mappingFrameworkKey } from './mappings/keys';
import { relationsOf } from './relations';
import { MAPPING_FRAMEWORKS, type MappingFramework } from './types';

export interface RelatedItem {
	framework: MappingFramework;
	id: string;
	/** The framework's own title of the item (English); CRA provisions have translated labels. */
	title?: string;
}

export interface QuestionExtras {
	/** Glossary terms this question is the first on its page to use, in order of first use. */
	terms: string[];
	related: RelatedItem[];
}

function relatedItems(questionId: string): RelatedItem[] {
	const { mappings } = relationsOf(bank, questionId);
	return MAPPING_FRAMEWORKS.flatMap((framework) =>
		(mappings[framework] ?? []).map((id) => {
			const title = mappingItem(framework, id)?.title;
			return { framework, id, ...(title ? { title } : {}) };
		})
	);
}

/** For the questions of one page, in page order. */
export function pageExtras(questionIds: readonly string[]): Record<string, QuestionExtras> {
	const explained = new Set<string>();
	return Object.fromEntries(
		questionIds.map((id) => {
			const terms = relationsOf(bank, id).glossary.filter((term) => !explained.has(term));
			for (const term of terms) explained.add(term);
			return [id, { terms, related: relatedItems(id) }];
		})
	);
}

/** The CRA provisions each question of the current bank serves (questions without any left out). */
export function craProvisions(): Record<string, string[]> {
	return Object.fromEntries(
		bank.principles
			.flatMap((principle) => principle.questions)
			.map((question) => [question.id, relationsOf(bank, question.id).mappings.cra ?? []] as const)
			.filter(([, ids]) => ids.length > 0)
			.map(([id, ids]) => [id, [...ids]])
	);
}

/** What a question relates to, as translated labels ("EU Cyber Resilience Act: Art. 13(5): …"). */
export function relatedLabels(questionId: string, t: (key: string) => string): string[] {
	return relatedItems(questionId).map((item) => {
		const label =
			item.framework === 'cra'
				? t(craLabelKey(item.id))
				: item.title
					? `${item.id} ${item.title}`
					: item.id;
		return `${t(mappingFrameworkKey(item.framework))}: ${label}`;
	});
}
