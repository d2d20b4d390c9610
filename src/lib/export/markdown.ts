/**
 * The action plan as Markdown: a checklist grouped by principle that pastes into a wiki or a
 * GitHub/GitLab issue (task lists render as checkboxes there).
 *
 * Text typed by users (organization name, owner, note) is escaped so that it always renders as
 * the text that was typed: it cannot add links, images, raw HTML, headings or list items to the
 * page it is pasted into. Text from our own catalogue gets a lighter escape, enough that it
 * renders as written without filling the Markdown source with backslashes.
 */
import type { Assessment } from '$lib/assessment/model';
import { assessmentResult } from '$lib/assessment/result';
import { bandNameKey } from '$lib/framework/keys';
import type { Level, PrincipleSource } from '$lib/framework/types';
import type { RelatedLookup } from './plan-csv';
import { formatIsoDate, groupByPrinciple, type PlanRow, type Translate } from './plan';

export interface MarkdownMeta {
	/** The organization or assessment name as the user typed it ('' for untitled). */
	name: string;
	exportedAt: Date;
	frameworkVersion: string;
	/** The overall score rounded to one decimal, as the app shows it; null when not assessed. */
	score: number | null;
	band: Level | null;
}

/** The meta line's facts for an assessment, scored the way the results page scores it. */
export function exportMeta(
	principles: readonly PrincipleSource[],
	assessment: Assessment,
	frameworkVersion: string,
	exportedAt = new Date()
): MarkdownMeta {
	const { summary } = assessmentResult(principles, assessment.answers, assessment.targets);
	return {
		name: assessment.name,
		exportedAt,
		frameworkVersion,
		score: summary.overallRounded,
		band: summary.overallBand
	};
}

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
/**
 * Every character with a meaning somewhere in CommonMark or GFM (tables, strikethrough), and an "&"
 * that starts an entity reference, which would turn "&lt;" typed by the user into "<" when
 * rendered. A plain "&" (as in "R&D" or "Legal & Compliance") means nothing and stays readable.
 */
const USER_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~]|&(?=#?\w+;)/g;
/** Characters that change the rendering of inline text: emphasis, code, links, HTML, strikethrough. */
const TEXT_SPECIAL = /[\\`*_[\]<>~]/g;

/**
 * Escapes user text for one line of Markdown. Line breaks become spaces first: a line break
 * followed by "#" or "-" would otherwise start a heading or a list item of its own.
 */
export function escapeMarkdown(text: string): string {
	return text.replace(LINE_BREAKS, ' ').replace(USER_SPECIAL, '\\$&');
}

/** Escapes catalogue text (framework and interface messages) for one line of Markdown. */
export function escapeText(text: string): string {
	return text.replace(LINE_BREAKS, ' ').replace(TEXT_SPECIAL, '\\$&');
}

/** A URL for the (…) part of a link: parentheses and spaces would end it early. */
export function linkTarget(url: string): string {
	return url.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A multi-line note as quoted lines inside a list item, each line escaped on its own. */
function quotedNote(note: string): string[] {
	return note
		.trim()
		.split(/\r\n|[\r\n\u2028\u2029]/)
		.map((line) => {
			// Trimmed: four leading spaces after "> " would turn the line into a code block.
			const escaped = escapeMarkdown(line.trim());
			return escaped ? `  > ${escaped}` : '  >';
		});
}

function itemLines(
	row: PlanRow,
	t: Translate,
	locale: string,
	related: RelatedLookup | undefined
): string[] {
	const box = row.status === 'done' ? '[x]' : '[ ]';
	const main = t('export.markdown.item', {
		values: {
			question: `**${escapeText(row.questionText)}**`,
			current: escapeText(row.currentName),
			target: escapeText(row.targetName),
			step: escapeText(row.step)
		}
	});
	const role = escapeText(row.ownerRoleName);
	// The role that usually owns a practice is a suggestion, never printed as if it were assigned.
	const owner = row.owner
		? t('export.markdown.owner', {
				values: {
					owner: t('export.markdown.owner_with_role', {
						values: { owner: escapeMarkdown(row.owner), role }
					})
				}
			})
		: t('export.markdown.suggested_owner', { values: { role } });
	const details = [
		t('export.markdown.priority', { values: { rank: row.rank } }),
		t('export.markdown.effort', { values: { effort: escapeText(row.effortName) } }),
		owner
	];
	if (row.due) {
		const date = formatIsoDate(row.due, locale);
		details.push(t('export.markdown.due', { values: { date: escapeText(date) } }));
	}
	// Done and not started show in the checkbox; "in progress" would otherwise be lost.
	if (row.status === 'doing') {
		details.push(t('export.markdown.status', { values: { status: escapeText(row.statusName) } }));
	}
	const lines = [`- ${box} ${main} ${details.join(' · ')}`];
	if (row.references.length > 0) {
		const links = row.references
			.map((reference) => `[${escapeText(reference.title)}](${linkTarget(reference.url)})`)
			.join(' · ');
		lines.push(`  - ${t('export.markdown.references', { values: { links } })}`);
	}
	const relatesTo = related?.(row.questionId) ?? [];
	if (relatesTo.length > 0) {
		const items = relatesTo.map(escapeText).join(' · ');
		lines.push(`  - ${t('export.markdown.relates_to', { values: { items } })}`);
	}
	if (row.note.trim()) lines.push(...quotedNote(row.note));
	return lines;
}

export function planToMarkdown(
	plan: readonly PlanRow[],
	meta: MarkdownMeta,
	t: Translate,
	locale: string,
	related?: RelatedLookup
): string {
	const name = meta.name.trim()
		? escapeMarkdown(meta.name.trim())
		: escapeText(t('export.untitled'));
	const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(meta.exportedAt);
	const score =
		meta.score === null || meta.band === null
			? t('export.markdown.not_assessed')
			: t('export.markdown.score', {
					values: {
						score: new Intl.NumberFormat(locale, {
							minimumFractionDigits: 1,
							maximumFractionDigits: 1
						}).format(meta.score),
						band: t(bandNameKey(meta.band))
					}
				});
	const blocks: string[][] = [
		[`# ${t('export.markdown.title', { values: { name } })}`],
		[
			escapeText(
				t('export.markdown.meta', { values: { date, version: meta.frameworkVersion, score } })
			)
		]
	];

	// Grouped by principle in framework order; within a principle the rows keep priority order.
	const included = plan.filter((row) => row.included);
	for (const group of groupByPrinciple(included)) {
		const title = escapeText(group.title);
		blocks.push([`## ${t('plan.principle', { values: { number: group.number, title } })}`]);
		blocks.push(group.rows.flatMap((row) => itemLines(row, t, locale, related)));
	}
	if (included.length === 0) blocks.push([escapeText(t('export.markdown.empty'))]);

	// Excluded items are listed, not dropped, so a reader sees what the team decided against.
	const excluded = plan.filter((row) => !row.included);
	if (excluded.length > 0) {
		blocks.push([`## ${escapeText(t('export.markdown.excluded'))}`]);
		blocks.push(
			excluded.map(
				(row) =>
					`- ${t('export.markdown.excluded_item', {
						values: { question: escapeText(row.questionText), number: row.principleNumber }
					})}`
			)
		);
	}
	return blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
