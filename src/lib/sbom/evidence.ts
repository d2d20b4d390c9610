/**
 * Evidence for the questionnaire from the stored SBOM summaries: the facts across all stored
 * files, the sentences the "From your SBOMs" panel shows (and adds to a question's notes), and,
 * where the facts support one, a suggested level with its reason. It never answers: the user
 * chooses. The rules are specified in docs/sbom.md ("Evidence in the questionnaire").
 */
import type { Translate } from '$lib/export/plan';
import { formatCount, formatShare, ratio } from '$lib/components/sbom/format';
import type { SbomTopic } from './evidence-topics';
import { addQuality, summarizeQuality } from './figures';
import type { LookFirstRow, QualitySummary, SbomSummary } from './summary';

/** Rows named in a sentence ("npm, pypi, deb and 2 more"). */
export const LIST_ROWS = 3;
/** Components named for concentration and bedrock. */
export const TOP_COMPONENTS = 5;
/** From this share of components with a PURL on, the SBOMs identify components by PURL. */
export const PURL_SHARE_LEVEL_3 = 0.95;

export interface SbomFacts {
	files: number;
	/** Components counted once across the files (the combined summary covers them all). */
	merged: boolean;
	components: number;
	withPurl: number;
	withLicence: number;
	withSupplier: number;
	/** Files whose SBOM states dependency relationships. */
	filesWithGraph: number;
	/** Null when no file has a dependency graph. */
	transitive: number | null;
	maxDepth: number | null;
	/** With a PURL, most components first. */
	ecosystems: { ecosystem: string; count: number }[];
	registries: { registry: string; count: number }[];
	/** Most depended on first (fan-in, then components resting on it). */
	lookFirst: LookFirstRow[];
	quality: QualitySummary;
	/** The newest analysis. */
	analysedAt: string;
}

function byCount<T extends { count: number }>(a: T, b: T, name: (row: T) => string): number {
	return b.count - a.count || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
}

function addUp<T>(rows: T[], key: (row: T) => string, count: (row: T) => number) {
	const totals = new Map<string, number>();
	for (const row of rows) totals.set(key(row), (totals.get(key(row)) ?? 0) + count(row));
	return [...totals].map(([name, total]) => ({ name, count: total }));
}

/**
 * The facts of the stored summaries. When the combined summary covers exactly the stored files,
 * its figures count each component once; otherwise the files' figures are added up (a component
 * in two SBOMs counts twice, and the sentence says "component entries").
 */
export function sbomFacts(
	files: readonly SbomSummary[],
	combined: SbomSummary | null
): SbomFacts | null {
	if (files.length === 0) return null;
	const hashes = new Set(files.map((file) => file.files[0]?.sha256));
	const merged =
		files.length === 1 ||
		(combined !== null &&
			combined.files.length === hashes.size &&
			combined.files.every((file) => hashes.has(file.sha256)));
	const sources = files.length === 1 ? files : merged && combined ? [combined] : files;
	const sum = (count: (summary: SbomSummary) => number) =>
		sources.reduce((total, summary) => total + count(summary), 0);
	const graphs = sources.filter((summary) => summary.counts.transitive !== null);

	const ecosystems = addUp(
		sources.flatMap((s) => s.ecosystems).filter((row) => row.ecosystem !== ''),
		(row) => row.ecosystem,
		(row) => row.count
	)
		.sort((a, b) => byCount(a, b, (row) => row.name))
		.map((row) => ({ ecosystem: row.name, count: row.count }));
	const registries = addUp(
		sources.flatMap((s) => s.registries),
		(row) => row.registry,
		(row) => row.count
	)
		.sort((a, b) => byCount(a, b, (row) => row.name))
		.map((row) => ({ registry: row.name, count: row.count }));
	// The same component in several files: its highest figures.
	const rows = new Map<string, LookFirstRow>();
	for (const row of sources.flatMap((s) => s.lookFirst)) {
		const key = `${row.ecosystem}\u0000${row.name}\u0000${row.version ?? ''}`;
		const seen = rows.get(key);
		if (!seen || row.fanIn > seen.fanIn) rows.set(key, row);
	}
	const lookFirst = [...rows.values()]
		.sort((a, b) => b.fanIn - a.fanIn || b.dependents - a.dependents || (a.name < b.name ? -1 : 1))
		.slice(0, TOP_COMPONENTS);
	const quality =
		sources.length === 1
			? sources[0]!.quality
			: summarizeQuality(addQuality(sources.map((s) => s.quality)));

	return {
		files: files.length,
		merged,
		components: sum((s) => s.counts.components),
		withPurl: sum((s) => s.counts.withPurl),
		withLicence: sum((s) => s.counts.withLicence),
		withSupplier: sum((s) => s.counts.withSupplier),
		filesWithGraph: files.filter((s) => s.graph.filesWithGraph > 0).length,
		transitive:
			graphs.length === 0 ? null : graphs.reduce((t, s) => t + (s.counts.transitive ?? 0), 0),
		maxDepth: graphs.length === 0 ? null : Math.max(...graphs.map((s) => s.counts.maxDepth ?? 0)),
		ecosystems,
		registries,
		lookFirst,
		quality,
		analysedAt: files
			.map((s) => s.analysedAt)
			.sort()
			.at(-1)!
	};
}

/** What keeps the SBOMs below level 3 of commons.dependency-inventory. */
export type Shortfall = 'graph' | 'transitive' | 'purl' | 'ntia';

export interface Suggestion {
	level: 2 | 3;
	/** Empty for level 3. */
	shortfalls: Shortfall[];
}

/**
 * The suggested level for commons.dependency-inventory, the one question SBOMs answer in part.
 * Machine-readable SBOMs are what level 2 describes; level 3 adds transitive components
 * identified by PURL and checked quality. What SBOMs cannot show (an SBOM for every product, an
 * owner, regeneration on every build, vulnerability monitoring) the reason asks the user to check.
 */
export function suggestLevel(topic: SbomTopic, facts: SbomFacts): Suggestion | null {
	if (topic !== 'inventory') return null;
	const shortfalls: Shortfall[] = [];
	if (facts.filesWithGraph < facts.files) shortfalls.push('graph');
	if (!facts.transitive) shortfalls.push('transitive');
	if (ratio(facts.withPurl, facts.components) < PURL_SHARE_LEVEL_3) shortfalls.push('purl');
	if (facts.quality.ntia === 'fails') shortfalls.push('ntia');
	return { level: shortfalls.length === 0 ? 3 : 2, shortfalls };
}

/** "a, b, c and 2 more", in the locale's way of listing. */
function list(items: string[], t: Translate, locale: string): string {
	const shown = items.slice(0, LIST_ROWS);
	if (items.length > LIST_ROWS) {
		shown.push(t('sbom.evidence.more', { values: { count: items.length - LIST_ROWS } }));
	}
	return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(shown);
}

function component(row: LookFirstRow): string {
	return row.version ? `${row.name} ${row.version}` : row.name;
}

/**
 * The facts as sentences for a question's topic: the first sums the SBOMs up, the others are the
 * topic's own. Plain text: the panel shows them and "Add to notes" appends them.
 */
export function evidenceLines(
	facts: SbomFacts,
	topic: SbomTopic,
	t: Translate,
	locale: string
): string[] {
	const count = (value: number) => formatCount(value, locale);
	const share = (part: number) => formatShare(ratio(part, facts.components), locale);
	const lines = [
		t('sbom.evidence.summary', {
			values: {
				files: facts.files,
				components: count(facts.components),
				merged: facts.merged ? 'yes' : 'no',
				ecosystems:
					facts.ecosystems.length > 0
						? list(
								facts.ecosystems.map((row) => row.ecosystem),
								t,
								locale
							)
						: t('sbom.evidence.no_ecosystem'),
				purl: share(facts.withPurl),
				graph: facts.filesWithGraph
			}
		})
	];
	const depth = () =>
		facts.transitive === null
			? t('sbom.evidence.no_graph')
			: t('sbom.evidence.depth', {
					values: { transitive: count(facts.transitive), depth: facts.maxDepth ?? 0 }
				});
	const top = (key: 'fan_in' | 'rests_on') =>
		facts.lookFirst.map((row) =>
			t(`sbom.evidence.${key}_item`, {
				values: { name: component(row), count: key === 'fan_in' ? row.fanIn : row.dependents }
			})
		);
	switch (topic) {
		case 'inventory':
			lines.push(depth());
			break;
		case 'channels': {
			const items = (rows: { name: string; count: number }[]) =>
				rows.map((row) => `${row.name} (${count(row.count)})`);
			lines.push(
				t('sbom.evidence.ecosystems', {
					values: {
						list: list(
							items(facts.ecosystems.map((r) => ({ name: r.ecosystem, count: r.count }))),
							t,
							locale
						)
					}
				})
			);
			if (facts.registries.length > 0) {
				lines.push(
					t('sbom.evidence.registries', {
						values: {
							list: list(
								items(facts.registries.map((r) => ({ name: r.registry, count: r.count }))),
								t,
								locale
							)
						}
					})
				);
			}
			break;
		}
		case 'concentration':
			if (facts.lookFirst.length > 0) {
				lines.push(t('sbom.evidence.most_used', { values: { list: top('fan_in').join('; ') } }));
			} else lines.push(t('sbom.evidence.no_graph'));
			break;
		case 'bedrock':
			if (facts.lookFirst.length > 0) {
				lines.push(t('sbom.evidence.rests_on', { values: { list: top('rests_on').join('; ') } }));
			}
			lines.push(depth());
			break;
		case 'diligence':
			lines.push(
				t('sbom.evidence.quality', {
					values: {
						ntia: t(`sbom.verdict.${facts.quality.ntia}`),
						bsi: t(`sbom.verdict.${facts.quality.bsi}`)
					}
				}),
				t('sbom.evidence.licence_supplier', {
					values: { licence: share(facts.withLicence), supplier: share(facts.withSupplier) }
				})
			);
			if (facts.quality.fixFirst.length > 0) {
				lines.push(
					t('sbom.evidence.fix_first', {
						values: {
							list: new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(
								facts.quality.fixFirst.map((item) => t(`sbom.field.${item}`))
							)
						}
					})
				);
			}
			break;
	}
	return lines;
}

/** The reason for a suggestion, as one sentence and the shortfalls (empty for level 3). */
export function suggestionText(
	suggestion: Suggestion,
	facts: SbomFacts,
	t: Translate,
	locale: string
): { reason: string; shortfalls: string[] } {
	const share = formatShare(ratio(facts.withPurl, facts.components), locale);
	if (suggestion.level === 3) {
		return {
			reason: t('sbom.evidence.suggest_3', {
				values: { depth: facts.maxDepth ?? 0, share }
			}),
			shortfalls: []
		};
	}
	return {
		reason: t('sbom.evidence.suggest_2', { values: { files: facts.files } }),
		shortfalls: suggestion.shortfalls.map((item) =>
			t(`sbom.evidence.short_${item}`, {
				values: { missing: facts.files - facts.filesWithGraph, files: facts.files, share }
			})
		)
	};
}

/**
 * The text "Add to notes" appends: a heading line with the date, then the facts. Null when it
 * would not fit within `max` characters after the existing notes (they are never cut).
 */
export function notesWith(
	existing: string,
	lines: readonly string[],
	heading: string,
	max: number
): string | null {
	const block = [heading, ...lines.map((line) => `- ${line}`)].join('\n');
	const trimmed = existing.replace(/\s+$/, '');
	const next = trimmed === '' ? block : `${trimmed}\n\n${block}`;
	return next.length <= max ? next : null;
}
