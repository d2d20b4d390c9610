/**
 * The language-neutral shape of the Commons Check framework (the question bank).
 *
 * Structure (ids, weights, owners, efforts, reference URLs) lives in TypeScript; every
 * human-readable string lives in the locale message files under `src/lib/i18n/messages/<locale>/`
 * so that every locale translates content and UI the same way. Message keys are derived from ids:
 *
 *   principle.<principleId>.title | .short | .summary
 *   question.<questionId>.text | .why | .level.<0-4> | .step.<0-3>
 *   reference.<referenceId>               (the title of a public source)
 *   scale.<0-4>.name | .description       (the shared maturity bands)
 *   role.<ownerRole>   effort.<effort>
 *
 * Ids are part of stored data and of share links: once published, an id never changes and is
 * never reused for a different practice. Retire a question by removing it in a new framework
 * version; stored answers to it are kept.
 */

export const PRINCIPLE_IDS = [
	'commons',
	'communities',
	'partners',
	'bedrock',
	'never-free',
	'due-diligence',
	'maintainers-live',
	'boring-work'
] as const;
export type PrincipleId = (typeof PRINCIPLE_IDS)[number];

export const OWNER_ROLES = [
	'executive',
	'cto',
	'ciso',
	'ospo',
	'engineering',
	'legal',
	'procurement',
	'finance'
] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

export const EFFORTS = ['small', 'medium', 'large'] as const;
export type Effort = (typeof EFFORTS)[number];

/** The five answer levels, 0 (not done / unaware) to 4 (leading). */
export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
/** Levels that have a next step (there is nothing above 4). */
export type StepLevel = 0 | 1 | 2 | 3;

export interface ReferenceSource {
	/** kebab-case id; its title is the message `reference.<id>`. */
	id: string;
	/** https URL of an authoritative public source. */
	url: string;
}

export interface NextStepSource {
	/** The level this step starts from; following it reaches `fromLevel + 1`. */
	fromLevel: StepLevel;
	effort: Effort;
	/** Ids of entries in the reference catalogue; at least one. */
	references: string[];
}

export interface QuestionSource {
	/** `<principle-id>.<slug>`, stable forever once published. */
	id: string;
	/** 1 (useful) to 3 (essential): scales the score and the priority of its recommendations. */
	weight: 1 | 2 | 3;
	/** The role that usually owns the practice. */
	owner: OwnerRole;
	/** Exactly one per level 0–3, in order. */
	nextSteps: NextStepSource[];
}

export interface PrincipleSource {
	id: PrincipleId;
	questions: QuestionSource[];
}

export interface FrameworkSource {
	/** Changes whenever questions are added, removed or re-weighted. */
	version: string;
	principles: PrincipleSource[];
}
