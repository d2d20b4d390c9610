/**
 * What changed between framework versions, as data with translated messages (lazy/<locale>/changelog.json), so the
 * app can tell users in their language what happened to their answers. docs/changelog-1.1.md holds
 * the same content for readers of the repository.
 *
 * Messages:
 *   changelog.kind.<kind> | changelog.kind.<kind>.hint   (what each kind of change means for answers)
 *   changelog.<version>.title | .intro                   (e.g. changelog.1_1_0.title)
 *   changelog.<version>.general.<topic>                  (changes that concern the whole bank)
 *   changelog.<version>.question.<id>                    (what changed in one question, and why)
 */
import {
	MIGRATIONS,
	sourcesOf,
	targetsOf,
	type ChangeKind,
	type FrameworkMigration,
	type IdChange
} from './migrations';
import { frameworkSourceFor, legacyQuestionTextKey, versionKeySegment } from './versions';

export const CHANGE_KINDS: readonly ChangeKind[] = [
	'kept',
	'reworded',
	'merged',
	'split',
	'new',
	'removed'
];

/** Topics of the general part of each version's changelog, in display order. */
export const GENERAL_TOPICS: Readonly<Record<string, readonly string[]>> = {
	'1.1.0': [
		'facts',
		'cumulative',
		'gaps',
		'double-scoring',
		'rewrites',
		'tone',
		'mappings',
		'glossary',
		'translations'
	]
};

export const changeKindKey = (kind: ChangeKind) => `changelog.kind.${kind}`;
export const changeKindHintKey = (kind: ChangeKind) => `changelog.kind.${kind}.hint`;
export const changelogTitleKey = (version: string) =>
	`changelog.${versionKeySegment(version)}.title`;
export const changelogIntroKey = (version: string) =>
	`changelog.${versionKeySegment(version)}.intro`;
export const changelogGeneralKey = (version: string, topic: string) =>
	`changelog.${versionKeySegment(version)}.general.${topic}`;
export const changelogQuestionKey = (version: string, id: string) =>
	`changelog.${versionKeySegment(version)}.question.${id}`;

/** One line of a version's changelog: a change and the message that explains it. */
export interface ChangelogEntry {
	change: IdChange;
	/** The new-version id the note is about (the old id for a removed question). */
	id: string;
	noteKey: string;
}

/** Whether a change has its own explanation (every change except kept questions without a note). */
function hasNote(change: IdChange): boolean {
	return change.kind !== 'kept' || change.note === true;
}

export function changelogEntries(migration: FrameworkMigration): ChangelogEntry[] {
	return migration.changes.filter(hasNote).map((change) => {
		const id = targetsOf(change)[0] ?? sourcesOf(change)[0]!;
		return { change, id, noteKey: changelogQuestionKey(migration.to, id) };
	});
}

/** Old ids whose old text history needs: reworded, merged, split and removed questions. */
export function legacyTextIds(migration: FrameworkMigration): string[] {
	return migration.changes
		.filter((change) => change.kind !== 'kept' && change.kind !== 'new')
		.flatMap(sourcesOf);
}

/** Every message key the changelogs and the legacy texts need (for the completeness test). */
export function requiredHistoryKeys(
	migrations: readonly FrameworkMigration[] = MIGRATIONS
): string[] {
	const keys: string[] = [];
	for (const kind of CHANGE_KINDS) keys.push(changeKindKey(kind), changeKindHintKey(kind));
	for (const migration of migrations) {
		keys.push(changelogTitleKey(migration.to), changelogIntroKey(migration.to));
		for (const topic of GENERAL_TOPICS[migration.to] ?? []) {
			keys.push(changelogGeneralKey(migration.to, topic));
		}
		for (const entry of changelogEntries(migration)) keys.push(entry.noteKey);
		if (frameworkSourceFor(migration.from)) {
			for (const id of legacyTextIds(migration))
				keys.push(legacyQuestionTextKey(migration.from, id));
		}
	}
	return keys;
}

/** One question's line in a version's changelog page. */
export interface ChangelogLine {
	kind: ChangeKind;
	/** The question's id in the new version (the old id for a removed question). */
	id: string;
	noteKey: string;
	/** The message keys of the old questions' texts, for merged, split and removed questions. */
	before: string[];
}

export interface ChangelogVersion {
	from: string;
	to: string;
	titleKey: string;
	introKey: string;
	generalKeys: string[];
	lines: ChangelogLine[];
}

/** Every version's changelog, newest first, for the changelog page. */
export function changelogPage(
	migrations: readonly FrameworkMigration[] = MIGRATIONS
): ChangelogVersion[] {
	return [...migrations].reverse().map((migration) => ({
		from: migration.from,
		to: migration.to,
		titleKey: changelogTitleKey(migration.to),
		introKey: changelogIntroKey(migration.to),
		generalKeys: (GENERAL_TOPICS[migration.to] ?? []).map((topic) =>
			changelogGeneralKey(migration.to, topic)
		),
		lines: changelogEntries(migration).map(({ change, id, noteKey }) => ({
			kind: change.kind,
			id,
			noteKey,
			before:
				change.kind === 'merged' || change.kind === 'split' || change.kind === 'removed'
					? sourcesOf(change).map((old) => legacyQuestionTextKey(migration.from, old))
					: []
		}))
	}));
}
