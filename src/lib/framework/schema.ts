/**
 * The published framework: the question bank resolved into one locale's text, in the shape served
 * as /framework.json (and /framework.<locale>.json). The zod schema below is the contract for that
 * file and the guard on the bank itself: the build and the tests validate every locale against it.
 *
 * This module runs at build and test time only, so it uses zod's full API (the browser bundle uses
 * zod/mini for the data it validates at run time).
 */
import { z } from 'zod';
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
	stepKey
} from './keys';
import {
	EFFORTS,
	LEVELS,
	OWNER_ROLES,
	PRINCIPLE_IDS,
	type FrameworkSource,
	type ReferenceSource
} from './types';

const text = z.string().trim().min(1);
const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

const referenceSchema = z.object({ title: text, url: httpsUrl });

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
		nextSteps: z.array(nextStepSchema)
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
		principles: z.array(principleSchema).length(PRINCIPLE_IDS.length)
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
	const referenceUrl = new Map(catalogue.map((reference) => [reference.id, reference.url]));
	return {
		id: 'commons-check',
		version: source.version,
		locale,
		scale: LEVELS.map((level) => ({
			level,
			name: message(bandNameKey(level)),
			description: message(bandDescriptionKey(level))
		})),
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
				nextSteps: question.nextSteps.map((step) => ({
					fromLevel: step.fromLevel,
					text: message(stepKey(question.id, step.fromLevel)),
					effort: step.effort,
					effortName: message(effortKey(step.effort)),
					references: step.references.map((id) => ({
						title: message(referenceKey(id)),
						url: referenceUrl.get(id) ?? ''
					}))
				}))
			}))
		}))
	};
}

/** Every message key the framework needs in a locale (for the completeness checks). */
export function requiredFrameworkKeys(
	source: FrameworkSource,
	catalogue: readonly ReferenceSource[]
): string[] {
	const keys: string[] = [];
	for (const level of LEVELS) keys.push(bandNameKey(level), bandDescriptionKey(level));
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
			for (const step of question.nextSteps) keys.push(stepKey(question.id, step.fromLevel));
		}
	}
	for (const reference of catalogue) keys.push(referenceKey(reference.id));
	return keys;
}
