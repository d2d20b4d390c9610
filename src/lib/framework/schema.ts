/**
 * The published framework: the question bank resolved into one locale's text, in the shape served
 * as /framework.json (and /framework.<locale>.json). The zod schema below is the contract for that
 * file and the guard on the bank itself: the build and the tests validate every locale against it.
 *
 * This module runs at build and test time only, so it uses zod's full API (the browser bundle uses
 * zod/mini for the data it validates at run time).
 */
import { z } from 'zod';
import { glossary, glossaryDefinitionKey, glossaryTermKey, type GlossaryEntry } from './glossary';
import {
	bandDescriptionKey,
	bandNameKey,
	effortKey,
	levelKey,
	principleShortKey,
	principleSummaryKey,
	principleTitleKey,
	questionTextKey,
	questionWhyKey,
	referenceKey,
	roleKey,
	scaleNoteKey,
	stepKey
} from './keys';
import { craLabelKey, mappingCatalogues, mappingFrameworkKey, mappingItem } from './mappings';
import { nextStepsOf } from './next-steps';
import { relationsOf, RELATIONS_VERSION } from './relations';
import { referenceUrl } from './references';
import {
	EFFORTS,
	LEVELS,
	MAPPING_FRAMEWORKS,
	OWNER_ROLES,
	PRINCIPLE_IDS,
	type FrameworkSource,
	type ReferenceSource
} from './types';

const text = z.string().trim().min(1);
const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

const referenceSchema = z.object({ title: text, url: httpsUrl });
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** One framework a question relates to, with the items it relates to there. */
const relationSchema = z.object({
	framework: z.enum(MAPPING_FRAMEWORKS),
	items: z.array(z.object({ id: z.string().min(1), title: text })).min(1)
});

const nextStepSchema = z.object({
	fromLevel: z.number().int().min(0).max(3),
	text,
	effort: z.enum(EFFORTS),
	references: z.array(referenceSchema).min(1)
});

const questionSchema = z
	.object({
		id: z.string().regex(/^[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/),
		text,
		why: text,
		weight: z.number().int().min(1).max(3),
		owner: z.enum(OWNER_ROLES),
		ownerName: text,
		levels: z.array(z.object({ level: z.number().int().min(0).max(4), description: text })),
		nextSteps: z.array(nextStepSchema),
		/** Glossary ids the question's text uses, in order of first use. */
		glossary: z.array(kebabId),
		/** What the practice helps with, per framework; empty where no link is real. */
		relatesTo: z.array(relationSchema)
	})
	.superRefine((question, ctx) => {
		const levels = question.levels.map((level) => level.level).join();
		if (levels !== LEVELS.join()) {
			ctx.addIssue({
				code: 'custom',
				message: 'needs exactly the five levels 0–4, in order',
				path: ['levels']
			});
		}
		const steps = question.nextSteps.map((step) => step.fromLevel).join();
		if (steps !== '0,1,2,3') {
			ctx.addIssue({
				code: 'custom',
				message: 'needs one next step for each level 0–3, in order',
				path: ['nextSteps']
			});
		}
	});

const principleSchema = z
	.object({
		id: z.enum(PRINCIPLE_IDS),
		number: z.number().int().min(1).max(8),
		title: text,
		shortTitle: text.max(24),
		summary: text,
		questions: z.array(questionSchema).min(4).max(6)
	})
	.superRefine((principle, ctx) => {
		principle.questions.forEach((question, index) => {
			if (!question.id.startsWith(`${principle.id}.`)) {
				ctx.addIssue({
					code: 'custom',
					message: `question id must start with "${principle.id}."`,
					path: ['questions', index, 'id']
				});
			}
		});
	});

export const publishedFrameworkSchema = z
	.object({
		id: z.literal('commons-check'),
		version: z.string().regex(/^\d+\.\d+\.\d+$/),
		locale: z.string().min(2),
		scale: z
			.array(z.object({ level: z.number().int().min(0).max(4), name: text, description: text }))
			.length(5),
		/** How to read the scale: levels are cumulative. */
		scaleNote: text,
		principles: z.array(principleSchema).length(PRINCIPLE_IDS.length),
		/** The frameworks questions relate to: name, edition and where their ids come from. */
		mappingFrameworks: z
			.array(
				z.object({
					id: z.enum(MAPPING_FRAMEWORKS),
					name: text,
					version: text,
					url: httpsUrl,
					/** The language of the item titles ('en' for frameworks published in English only). */
					titleLang: z.string().min(2)
				})
			)
			.length(MAPPING_FRAMEWORKS.length),
		glossary: z.array(
			z.object({
				id: kebabId,
				term: text,
				definition: text,
				sources: z.array(referenceSchema).min(1)
			})
		)
	})
	.superRefine((framework, ctx) => {
		const order = framework.principles.map((principle) => principle.id).join();
		if (order !== PRINCIPLE_IDS.join()) {
			ctx.addIssue({
				code: 'custom',
				message: `principles must be ${PRINCIPLE_IDS.join(', ')} in that order`,
				path: ['principles']
			});
		}
		const seen = new Set<string>();
		let total = 0;
		framework.principles.forEach((principle, p) =>
			principle.questions.forEach((question, q) => {
				total++;
				if (seen.has(question.id)) {
					ctx.addIssue({
						code: 'custom',
						message: `duplicate question id ${question.id}`,
						path: ['principles', p, 'questions', q, 'id']
					});
				}
				seen.add(question.id);
			})
		);
		const glossaryIds = new Set(framework.glossary.map((entry) => entry.id));
		framework.principles.forEach((principle, p) =>
			principle.questions.forEach((question, q) => {
				question.glossary.forEach((id, g) => {
					if (!glossaryIds.has(id)) {
						ctx.addIssue({
							code: 'custom',
							message: `unknown glossary term ${id}`,
							path: ['principles', p, 'questions', q, 'glossary', g]
						});
					}
				});
				question.relatesTo.forEach((relation, r) =>
					relation.items.forEach((item, i) => {
						if (!mappingItem(relation.framework, item.id)) {
							ctx.addIssue({
								code: 'custom',
								message: `${item.id} is not a valid ${relation.framework} id`,
								path: ['principles', p, 'questions', q, 'relatesTo', r, 'items', i, 'id']
							});
						}
					})
				);
			})
		);
		if (total < 32 || total > 44) {
			ctx.addIssue({
				code: 'custom',
				message: `needs 32–44 questions, has ${total}`,
				path: ['principles']
			});
		}
	});

export type PublishedFramework = z.infer<typeof publishedFrameworkSchema>;

/**
 * Resolves the bank's structure into one locale's text. A missing message resolves to an empty
 * string, which the schema rejects, so an incomplete locale cannot be published.
 */
export function resolveFramework(
	source: FrameworkSource,
	catalogue: readonly ReferenceSource[],
	messages: Record<string, string>,
	locale: string
): PublishedFramework {
	const message = (key: string) => messages[key] ?? '';
	const referenceIndex = new Map(catalogue.map((reference) => [reference.id, reference]));
	const resolveReference = (id: string) => {
		const reference = referenceIndex.get(id);
		return {
			title: message(referenceKey(id)),
			url: reference ? referenceUrl(reference, locale) : ''
		};
	};
	return {
		id: 'commons-check',
		version: source.version,
		locale,
		scale: LEVELS.map((level) => ({
			level,
			name: message(bandNameKey(level)),
			description: message(bandDescriptionKey(level))
		})),
		scaleNote: message(scaleNoteKey),
		principles: source.principles.map((principle, index) => ({
			id: principle.id,
			number: index + 1,
			title: message(principleTitleKey(principle.id)),
			shortTitle: message(principleShortKey(principle.id)),
			summary: message(principleSummaryKey(principle.id)),
			questions: principle.questions.map((question) => ({
				id: question.id,
				text: message(questionTextKey(question.id)),
				why: message(questionWhyKey(question.id)),
				weight: question.weight,
				owner: question.owner,
				ownerName: message(roleKey(question.owner)),
				levels: LEVELS.map((level) => ({
					level,
					description: message(levelKey(question.id, level))
				})),
				nextSteps: nextStepsOf(question).map((step) => ({
					fromLevel: step.fromLevel,
					text: message(stepKey(question.id, step.fromLevel)),
					effort: step.effort,
					effortName: message(effortKey(step.effort)),
					references: step.references.map(resolveReference)
				})),
				glossary: [...relationsOf(source, question.id).glossary],
				relatesTo: MAPPING_FRAMEWORKS.flatMap((framework) => {
					const ids = relationsOf(source, question.id).mappings[framework] ?? [];
					if (ids.length === 0) return [];
					return [
						{
							framework,
							items: ids.map((id) => ({
								id,
								title:
									framework === 'cra'
										? message(craLabelKey(id))
										: (mappingItem(framework, id)?.title ?? '')
							}))
						}
					];
				})
			}))
		})),
		mappingFrameworks: MAPPING_FRAMEWORKS.map((framework) => {
			const list = mappingCatalogues[framework];
			return {
				id: framework,
				name: message(mappingFrameworkKey(framework)),
				version: list.version,
				url: list.url,
				titleLang: list.titleLang === 'messages' ? locale : list.titleLang
			};
		}),
		glossary: glossaryEntriesUsed(source).map((entry) => ({
			id: entry.id,
			term: message(glossaryTermKey(entry.id)),
			definition: message(glossaryDefinitionKey(entry.id)),
			sources: entry.sources.map(resolveReference)
		}))
	};
}

/** The whole glossary for a bank that lists glossary terms (1.1.0 on); none for older banks. */
function glossaryEntriesUsed(source: FrameworkSource): readonly GlossaryEntry[] {
	return source.version === RELATIONS_VERSION ? glossary : [];
}

/** Every message key the framework needs in a locale (for the completeness checks). */
export function requiredFrameworkKeys(
	source: FrameworkSource,
	catalogue: readonly ReferenceSource[]
): string[] {
	const keys: string[] = [];
	for (const level of LEVELS) keys.push(bandNameKey(level), bandDescriptionKey(level));
	keys.push(scaleNoteKey);
	for (const role of OWNER_ROLES) keys.push(roleKey(role));
	for (const effort of EFFORTS) keys.push(effortKey(effort));
	for (const principle of source.principles) {
		keys.push(
			principleTitleKey(principle.id),
			principleShortKey(principle.id),
			principleSummaryKey(principle.id)
		);
		for (const question of principle.questions) {
			keys.push(questionTextKey(question.id), questionWhyKey(question.id));
			for (const level of LEVELS) keys.push(levelKey(question.id, level));
			for (const step of nextStepsOf(question)) keys.push(stepKey(question.id, step.fromLevel));
		}
	}
	for (const reference of catalogue) keys.push(referenceKey(reference.id));
	for (const framework of MAPPING_FRAMEWORKS) keys.push(mappingFrameworkKey(framework));
	for (const item of mappingCatalogues.cra.items) keys.push(craLabelKey(item.id));
	for (const entry of glossaryEntriesUsed(source)) {
		keys.push(glossaryTermKey(entry.id), glossaryDefinitionKey(entry.id));
	}
	return keys;
}
