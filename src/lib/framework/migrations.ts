/**
 * Moving answers and plan entries from one framework version to the next, by an explicit id map.
 *
 * The rules (docs/changelog-1.1.md explains them to users):
 * - kept: same id, same meaning; the answer and plan entry stay as they are.
 * - reworded: same id, but the question or its levels changed; the answer is kept and the id is
 *   listed for review ("the question changed").
 * - merged: several questions became one. The merged question takes the most conservative of the
 *   answers it absorbs, because levels are cumulative: an organization is only at level N of the
 *   merged practice if it was at level N or higher in every part of it. In order: the lowest level
 *   answered; a real level beats "don't know" at the same score (both count as 0); "not
 *   applicable" only when every answered part was not applicable. The result is listed for review.
 *   The plan entry of the merged question is kept; when it has none, it takes the one of the answer
 *   that was chosen, or else the first one found in map order.
 * - split: one question became several. Each new question starts from a copy of the old answer
 *   and its plan entry, listed for review.
 * - new: not answered.
 * - removed, and the old ids of merged or split questions: their answers and plan entries are NOT
 *   dropped. They stay in the data under their old ids (the assessment model keeps unknown ids, and
 *   scoring ignores them), so a snapshot or a history view can still show them.
 *
 * The functions are pure: they return new objects and never change their input.
 */
import type { Answer, Choice, PlanEntry } from '$lib/assessment/model';

export type IdChange =
	| { kind: 'kept'; id: string; note?: boolean }
	| { kind: 'reworded'; id: string }
	| { kind: 'new'; id: string }
	| { kind: 'merged'; from: readonly string[]; to: string }
	| { kind: 'split'; from: string; to: readonly string[] }
	| { kind: 'removed'; id: string };

export type ChangeKind = IdChange['kind'];

export interface FrameworkMigration {
	from: string;
	to: string;
	/** Every question of `from` appears exactly once as a source, every question of `to` once as a target. */
	changes: readonly IdChange[];
}

/** Bank 1.0.0 → 1.1.0 (see docs/changelog-1.1.md for what changed in each question and why). */
export const MIGRATION_1_0_0_TO_1_1_0: FrameworkMigration = {
	from: '1.0.0',
	to: '1.1.0',
	changes: [
		{ kind: 'kept', id: 'commons.leadership-ownership', note: true },
		{ kind: 'reworded', id: 'commons.dependency-inventory' },
		{ kind: 'kept', id: 'commons.reliance-map', note: true },
		{ kind: 'kept', id: 'commons.oss-policy' },
		{ kind: 'reworded', id: 'commons.literacy' },
		{
			kind: 'merged',
			from: ['communities.tailored-engagement', 'communities.project-segments'],
			to: 'communities.tailored-engagement'
		},
		{ kind: 'reworded', id: 'communities.concentration-risk' },
		{ kind: 'kept', id: 'communities.ecosystem-norms' },
		{ kind: 'reworded', id: 'communities.supply-channels' },
		{ kind: 'reworded', id: 'partners.relationship-model' },
		{ kind: 'reworded', id: 'partners.engagement-conduct' },
		{ kind: 'reworded', id: 'partners.upstream-first' },
		{ kind: 'reworded', id: 'partners.vulnerability-reporting' },
		{ kind: 'new', id: 'partners.disclosure-policy' },
		{
			kind: 'merged',
			from: ['partners.pay-without-contract', 'never-free.funding-channels'],
			to: 'partners.pay-without-contract'
		},
		{ kind: 'kept', id: 'bedrock.risk-prioritization', note: true },
		{
			kind: 'merged',
			from: ['bedrock.health-monitoring', 'due-diligence.reassessment'],
			to: 'bedrock.health-monitoring'
		},
		{ kind: 'reworded', id: 'bedrock.targeted-support' },
		{ kind: 'kept', id: 'bedrock.long-tail' },
		{ kind: 'kept', id: 'bedrock.continuity-plans', note: true },
		{ kind: 'new', id: 'bedrock.security-review' },
		{ kind: 'kept', id: 'never-free.recurring-budget' },
		{ kind: 'kept', id: 'never-free.contribute-before-replace' },
		{ kind: 'reworded', id: 'never-free.paid-upstream-time' },
		{ kind: 'kept', id: 'never-free.contribution-reporting' },
		{ kind: 'new', id: 'due-diligence.cra-scope' },
		{ kind: 'reworded', id: 'due-diligence.intake-criteria' },
		{ kind: 'reworded', id: 'due-diligence.lifetime-fit' },
		{ kind: 'new', id: 'due-diligence.evidence-record' },
		{ kind: 'reworded', id: 'due-diligence.incident-readiness' },
		{ kind: 'reworded', id: 'due-diligence.acting-on-findings' },
		{ kind: 'reworded', id: 'maintainers-live.respectful-requests' },
		{ kind: 'reworded', id: 'maintainers-live.paid-maintainer-time' },
		{ kind: 'reworded', id: 'maintainers-live.predictable-funding' },
		{ kind: 'reworded', id: 'maintainers-live.burnout-succession' },
		{ kind: 'reworded', id: 'maintainers-live.compliance-burden' },
		{ kind: 'new', id: 'maintainers-live.recognition' },
		{ kind: 'reworded', id: 'boring-work.neglected-chores' },
		{ kind: 'kept', id: 'boring-work.upstream-chores' },
		{ kind: 'reworded', id: 'boring-work.ecosystem-plumbing' },
		{ kind: 'reworded', id: 'boring-work.commissioned-maintenance' },
		{ kind: 'kept', id: 'boring-work.follow-through' }
	]
};

/** The migrations in order; each one's `to` is the next one's `from`. */
export const MIGRATIONS: readonly FrameworkMigration[] = [MIGRATION_1_0_0_TO_1_1_0];

/** Question ids of the older version that a change consumes. */
export function sourcesOf(change: IdChange): readonly string[] {
	switch (change.kind) {
		case 'kept':
		case 'reworded':
		case 'removed':
			return [change.id];
		case 'merged':
			return change.from;
		case 'split':
			return [change.from];
		case 'new':
			return [];
	}
}

/** Question ids of the newer version that a change produces. */
export function targetsOf(change: IdChange): readonly string[] {
	switch (change.kind) {
		case 'kept':
		case 'reworded':
		case 'new':
			return [change.id];
		case 'merged':
			return [change.to];
		case 'split':
			return change.to;
		case 'removed':
			return [];
	}
}

/** Old ids whose question no longer exists under that id: their answers are kept as history. */
export function retiredIds(migration: FrameworkMigration): string[] {
	const targets = new Set(migration.changes.flatMap(targetsOf));
	return migration.changes.flatMap(sourcesOf).filter((id) => !targets.has(id));
}

export interface MigrationInput {
	frameworkVersion: string;
	answers: Readonly<Record<string, Answer>>;
	plan: Readonly<Record<string, PlanEntry>>;
}

export interface MigrationReport {
	from: string;
	to: string;
	/** New-version ids whose answer was kept or derived and should be looked at again. */
	review: string[];
	/** New questions, unanswered. */
	added: string[];
	/** Old ids no longer in the framework; their answers and plan entries are still in the data. */
	retired: string[];
	/** New-version id → the old ids its answer was derived from (merged and split questions). */
	derivedFrom: Record<string, string[]>;
}

export type Migrated<T extends MigrationInput> = T & { frameworkVersion: string };

/** True when an answer says something about the practice (a level, don't know or not applicable). */
function hasChoice(answer: Answer | undefined): answer is Answer & { choice: Choice } {
	return answer?.choice !== undefined;
}

/** Sort key for the merge rule: lower is more conservative; undefined means "no usable answer". */
function conservativeness(choice: Choice): number | undefined {
	if (choice === 'na') return undefined;
	if (choice === 'unknown') return 0.5; // scores as 0, but a known level 0 wins over it
	return choice;
}

/** The merge rule (see the top of this file): which source's answer the merged question takes. */
export function pickMergedAnswer(
	answers: readonly (readonly [string, Answer | undefined])[]
): string | undefined {
	const answered = answers.filter(([, answer]) => hasChoice(answer));
	let best: string | undefined;
	let bestRank = Infinity;
	for (const [id, answer] of answered) {
		const rank = conservativeness(answer!.choice!);
		if (rank !== undefined && rank < bestRank) {
			best = id;
			bestRank = rank;
		}
	}
	if (best !== undefined) return best;
	// Only "not applicable" answers (or none): keep the first, so its reason travels with it.
	return answered[0]?.[0];
}

/**
 * The answer of a merged question: the choice (and its not-applicable reason) of the chosen
 * source; the note and evidence link the merged question already had, or else the chosen source's.
 * Notes of the other sources stay on their old ids, so no text is lost or cut.
 */
function mergedAnswer(own: Answer | undefined, chosen: Answer): Answer {
	const merged: Answer = { choice: chosen.choice };
	if (chosen.choice === 'na' && chosen.naReason !== undefined) merged.naReason = chosen.naReason;
	const note = own?.note ?? chosen.note;
	const evidence = own?.evidence ?? chosen.evidence;
	if (note !== undefined) merged.note = note;
	if (evidence !== undefined) merged.evidence = evidence;
	return merged;
}

/** Applies one migration to an assessment-like object. Returns the migrated copy and a report. */
export function applyMigration<T extends MigrationInput>(
	input: T,
	migration: FrameworkMigration
): { result: Migrated<T>; report: MigrationReport } {
	const answers: Record<string, Answer> = { ...input.answers };
	const plan: Record<string, PlanEntry> = { ...input.plan };
	const report: MigrationReport = {
		from: migration.from,
		to: migration.to,
		review: [],
		added: [],
		retired: retiredIds(migration),
		derivedFrom: {}
	};
	for (const change of migration.changes) {
		switch (change.kind) {
			case 'kept':
				break;
			case 'reworded':
				if (input.answers[change.id] || input.plan[change.id]) report.review.push(change.id);
				break;
			case 'new':
				report.added.push(change.id);
				break;
			case 'removed':
				break;
			case 'merged': {
				const sources = change.from.map((id) => [id, input.answers[id]] as const);
				const chosen = pickMergedAnswer(sources);
				if (chosen !== undefined) {
					answers[change.to] = mergedAnswer(input.answers[change.to], input.answers[chosen]!);
				}
				if (!input.plan[change.to]) {
					const planSource =
						(chosen !== undefined && input.plan[chosen] ? chosen : undefined) ??
						change.from.find((id) => input.plan[id]);
					if (planSource !== undefined) plan[change.to] = { ...input.plan[planSource]! };
				}
				const touched = change.from.some((id) => input.answers[id] || input.plan[id]);
				if (touched) {
					report.review.push(change.to);
					report.derivedFrom[change.to] = change.from.filter(
						(id) => id !== change.to && (input.answers[id] || input.plan[id])
					);
				}
				break;
			}
			case 'split': {
				const answer = input.answers[change.from];
				const entry = input.plan[change.from];
				for (const target of change.to) {
					if (answer && !input.answers[target]) answers[target] = { ...answer };
					if (entry && !input.plan[target]) plan[target] = { ...entry };
					if (answer || entry) {
						report.review.push(target);
						report.derivedFrom[target] = [change.from];
					}
				}
				break;
			}
		}
	}
	return {
		result: { ...input, frameworkVersion: migration.to, answers, plan },
		report
	};
}

/**
 * Brings data of any known older version up to `target`, one migration at a time. Data already at
 * `target`, or of a version no migration starts from, is returned unchanged with no reports.
 */
export function migrateToVersion<T extends MigrationInput>(
	input: T,
	target: string,
	migrations: readonly FrameworkMigration[] = MIGRATIONS
): { result: T; reports: MigrationReport[] } {
	let current: T = input;
	const reports: MigrationReport[] = [];
	for (;;) {
		if (current.frameworkVersion === target) break;
		const next = migrations.find((migration) => migration.from === current.frameworkVersion);
		if (!next) break;
		const { result, report } = applyMigration(current, next);
		current = result;
		reports.push(report);
	}
	return { result: current, reports };
}

/**
 * The choices of a shared result (a share link carries choices only), migrated by the same rules.
 * Choices of retired questions stay under their old ids.
 */
export function migrateChoices(
	frameworkVersion: string,
	choices: Readonly<Record<string, Choice>>,
	target: string,
	migrations: readonly FrameworkMigration[] = MIGRATIONS
): { frameworkVersion: string; choices: Record<string, Choice>; reports: MigrationReport[] } {
	const answers = Object.fromEntries(
		Object.entries(choices).map(([id, choice]) => [id, { choice }])
	);
	const { result, reports } = migrateToVersion(
		{ frameworkVersion, answers, plan: {} },
		target,
		migrations
	);
	const migrated: Record<string, Choice> = {};
	for (const [id, answer] of Object.entries(result.answers)) {
		if (answer.choice !== undefined) migrated[id] = answer.choice;
	}
	return { frameworkVersion: result.frameworkVersion, choices: migrated, reports };
}
