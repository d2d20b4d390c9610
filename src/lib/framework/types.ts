/**
 * The language-neutral shape of the Commons Check framework (the question bank).
 *
 * Structure (ids, weights, owners, efforts, reference URLs) lives in TypeScript; every
 * human-readable string lives in the locale message files under `src/lib/i18n/messages/<locale>/`
 * so that every locale translates content and UI the same way. Message keys are derived from ids:
 *
 *   principle.<principleId>.title | .short | .summary
 *   question.<questionId>.text
 *   guidance.<questionId>.why | .level.<0-4> | .step.<0-3>   (lazy/<locale>/guidance.json)
 *   reference.<referenceId>               (the title of a public source)
 *   scale.<0-4>.name | .description       (the shared maturity bands)
 *   scale.note                            (how to read the scale: levels are cumulative)
 *   role.<ownerRole>   effort.<effort>
 *   mapping.framework.<framework>         (the name of a framework a question relates to)
 *   mapping.cra.<craId>                   (a short label of a CRA article, annex point or recital)
 *   glossary.<termId>.term | .definition  (in glossary.json)
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
	/** https URL of an authoritative public source (the English or original-language version). */
	url: string;
	/** The same source in another language, by locale, where the publisher has one. */
	urls?: Readonly<Record<string, string>>;
}

/**
 * The frameworks a question can be mapped to. A mapping says what the practice helps with, and is
 * only recorded where the link is real; the valid ids of each framework are in ./mappings/.
 */
export const MAPPING_FRAMEWORKS = [
	'cra',
	's2c2f',
	'scorecard',
	'osps',
	'chaoss',
	'iso5230',
	'iso18974'
] as const;
export type MappingFramework = (typeof MAPPING_FRAMEWORKS)[number];

/** Ids per framework, in the form of that framework's list (e.g. cra 'art-13-5', s2c2f 'INV-1'). */
export type QuestionMappings = Readonly<Partial<Record<MappingFramework, readonly string[]>>>;

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
	/**
	 * Exactly one per level 0–3, in order. A frozen bank (bank-1.0.0.ts) carries them here; the
	 * current bank's are in next-steps.ts, out of every page's first load: read them with
	 * `nextStepsOf`.
	 */
	nextSteps?: NextStepSource[];
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
