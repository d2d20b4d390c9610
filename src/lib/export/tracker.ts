/**
 * New issues in GitHub or GitLab for plan items, through the tracker's own "new issue" page with
 * the fields prefilled in the link: no token and no API call. The browser opens the tracker's
 * page, the user checks the text and submits it there, so nothing is sent anywhere by this app.
 *
 * The link formats are the trackers' documented ones:
 * - GitHub: `<base>/<owner>/<repo>/issues/new?title=…&body=…&labels=a,b`
 *   (docs.github.com, "Creating an issue from a URL query");
 * - GitLab: `<base>/<group>/<project>/-/issues/new?issue[title]=…&issue[description]=…`
 *   (docs.gitlab.com, "Create an issue", "Using a URL with prefilled values"). GitLab has no
 *   parameter for labels or a due date; the description carries the quick actions
 *   `/label ~"…"` and `/due <date>`, which GitLab applies when the issue is created.
 * Labels only apply when they exist in the project and the user may set them.
 *
 * Length: GitHub documents a `414 URI Too Long` for links over its server limit without giving
 * the number (about 8 KB in practice); a self-managed GitLab sits behind NGINX, whose default
 * `large_client_header_buffers 4 8k` refuses a request line over 8 KB with 414, and Puma behind
 * it takes at most 10 KB of query string. Every link is kept to MAX_URL_LENGTH characters (the
 * link is all ASCII after encoding, so characters are bytes). When the body would not fit it is
 * shortened step by step (sources' titles, then the step text, then the sources, then the text
 * itself, cut between characters, never inside a percent-escape or a UTF-16 pair), and it says
 * so at its top.
 */
import { escapeMarkdown, escapeText, linkTarget } from './markdown';
import { formatIsoDate, type PlanRow, type Translate } from './plan';
import { levelName, principleName } from './plan-labels';

export const TRACKER_KINDS = ['github', 'gitlab'] as const;
export type TrackerKind = (typeof TRACKER_KINDS)[number];

export const DEFAULT_BASE_URL: Record<TrackerKind, string> = {
	github: 'https://github.com',
	gitlab: 'https://gitlab.com'
};

/** Where new issues go, validated and normalized by validateTracker(). */
export interface TrackerConfig {
	kind: TrackerKind;
	/** `https://host[:port][/path]`, no trailing slash. */
	baseUrl: string;
	/** `owner/repo` on GitHub; `group[/subgroup…]/project` on GitLab. */
	project: string;
}

/** Below the 8 KB where GitHub and a default NGINX answer 414, with room for the request line. */
export const MAX_URL_LENGTH = 8000;
export const MAX_BASE_URL_LENGTH = 200;
export const MAX_PROJECT_LENGTH = 255;
/** GitHub refuses longer titles; GitLab allows 255 characters. */
const MAX_TITLE_LENGTH = 250;

export type BaseUrlError =
	'empty' | 'too-long' | 'not-url' | 'scheme' | 'insecure' | 'credentials' | 'query' | 'path';
export type ProjectError = 'empty' | 'too-long' | 'format';

export interface TrackerInput {
	kind: TrackerKind;
	baseUrl: string;
	project: string;
}

export type TrackerValidation =
	| { ok: true; config: TrackerConfig }
	| { ok: false; baseUrl?: BaseUrlError; project?: ProjectError };

const LOCAL_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;
/** A scheme at the start (`https:`, `javascript:`), but not `host:port`. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
const PATH_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * The tracker's address: https only (http only for a tracker on this computer), no user name or
 * password, no query or fragment, a path of plain segments (GitLab may live under a sub-path).
 * Without a scheme, https is assumed: `gitlab.example.org` means `https://gitlab.example.org`.
 */
export function normalizeBaseUrl(
	input: string
): { ok: true; url: string } | { ok: false; error: BaseUrlError } {
	const raw = input.trim();
	if (!raw) return { ok: false, error: 'empty' };
	if (raw.length > MAX_BASE_URL_LENGTH) return { ok: false, error: 'too-long' };
	let url: URL;
	try {
		url = new URL(HAS_SCHEME.test(raw) ? raw : `https://${raw}`);
	} catch {
		return { ok: false, error: 'not-url' };
	}
	if (url.protocol === 'http:') {
		if (!LOCAL_HOSTS.test(url.hostname)) return { ok: false, error: 'insecure' };
	} else if (url.protocol !== 'https:') {
		return { ok: false, error: 'scheme' };
	}
	if (!url.hostname) return { ok: false, error: 'not-url' };
	if (url.username || url.password) return { ok: false, error: 'credentials' };
	if (url.search || url.hash || /[?#]/.test(raw)) return { ok: false, error: 'query' };
	const segments = url.pathname.split('/').filter(Boolean);
	if (segments.some((segment) => !PATH_SEGMENT.test(segment) || /^\.+$/.test(segment))) {
		return { ok: false, error: 'path' };
	}
	const path = segments.length ? `/${segments.join('/')}` : '';
	return { ok: true, url: `${url.protocol}//${url.host}${path}` };
}

/** GitHub: a user or organization (letters, digits, hyphens; `_` on Enterprise) and a repository. */
const GITHUB_OWNER = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}$/;
const GITHUB_REPO = /^[A-Za-z0-9._-]{1,100}$/;
/** GitLab: letters, digits, `_`, `-` and `.`, not starting with `-` or `.`, not ending with `.`. */
const GITLAB_SEGMENT = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;
const GITLAB_MAX_DEPTH = 21;

/**
 * `owner/repo` or `group/subgroup/project`. A pasted address of the repository under the base URL
 * is accepted too (`https://gitlab.com/group/project/-/issues` → `group/project`).
 */
export function normalizeProject(
	kind: TrackerKind,
	input: string,
	baseUrl: string | null
): { ok: true; project: string } | { ok: false; error: ProjectError } {
	let raw = input.trim();
	if (!raw) return { ok: false, error: 'empty' };
	if (raw.length > MAX_PROJECT_LENGTH + (baseUrl?.length ?? 0)) {
		return { ok: false, error: 'too-long' };
	}
	if (baseUrl && raw.toLowerCase().startsWith(`${baseUrl.toLowerCase()}/`)) {
		raw = raw.slice(baseUrl.length);
	}
	let segments = raw.split('/').filter(Boolean);
	if (kind === 'gitlab') {
		const dash = segments.indexOf('-');
		if (dash >= 0) segments = segments.slice(0, dash);
	} else if (segments.length > 2 && raw !== input.trim()) {
		// A pasted GitHub address such as …/owner/repo/issues: the repository is the first two.
		segments = segments.slice(0, 2);
	}
	const last = segments.length - 1;
	if (segments[last]?.endsWith('.git')) segments[last] = segments[last].slice(0, -4);
	const project = segments.join('/');
	if (project.length > MAX_PROJECT_LENGTH) return { ok: false, error: 'too-long' };
	const valid =
		kind === 'github'
			? segments.length === 2 &&
				GITHUB_OWNER.test(segments[0]!) &&
				GITHUB_REPO.test(segments[1]!) &&
				!/^\.+$/.test(segments[1]!)
			: segments.length >= 2 &&
				segments.length <= GITLAB_MAX_DEPTH &&
				segments.every((segment) => GITLAB_SEGMENT.test(segment) && !/\.(git|atom)$/.test(segment));
	return valid ? { ok: true, project } : { ok: false, error: 'format' };
}

export function validateTracker(input: TrackerInput): TrackerValidation {
	const base = normalizeBaseUrl(input.baseUrl);
	const project = normalizeProject(input.kind, input.project, base.ok ? base.url : null);
	if (base.ok && project.ok) {
		return { ok: true, config: { kind: input.kind, baseUrl: base.url, project: project.project } };
	}
	return {
		ok: false,
		...(base.ok ? {} : { baseUrl: base.error }),
		...(project.ok ? {} : { project: project.error })
	};
}

// ---------------------------------------------------------------------------------------------
// The issue's text

export interface IssueContext {
	/** The organization or assessment name as typed ('' when untitled). */
	name: string;
	frameworkVersion: string;
	/** The link to the shared result (answers and targets), when there is one. */
	resultLink?: string | null;
}

export interface IssueDraft {
	title: string;
	/** Markdown. */
	body: string;
	labels: string[];
	/** 'YYYY-MM-DD', for GitLab's `/due` quick action. */
	due?: string;
}

export interface IssueLink {
	url: string;
	title: string;
	/** The body had to be shortened to fit the link. */
	shortened: boolean;
}

export interface PlanIssueLink extends IssueLink {
	/** How many items the body lists (fewer than given when the link could not hold them all). */
	listed: number;
}

/** Language-neutral labels, so a team can filter on them whatever language exported them. */
export function issueLabels(row: Pick<PlanRow, 'principleId' | 'effort'>): string[] {
	return [`principle:${row.principleId}`, `effort:${row.effort}`];
}

/**
 * How much of an item's text goes in: everything; sources without their titles; and without the
 * step text; and without sources. Each level drops more and says that it was shortened.
 */
type Detail = 0 | 1 | 2 | 3;
const DETAILS: readonly Detail[] = [0, 1, 2, 3];

function ownerText(row: PlanRow, t: Translate): string {
	const role = escapeText(row.ownerRoleName);
	return row.owner
		? t('export.markdown.owner_with_role', { values: { owner: escapeMarkdown(row.owner), role } })
		: role;
}

function sourceLines(row: PlanRow, detail: Detail, indent = ''): string[] {
	if (detail >= 3) return [];
	return row.references.map((reference) =>
		detail === 0
			? `${indent}- [${escapeText(reference.title)}](${linkTarget(reference.url)})`
			: `${indent}- <${linkTarget(reference.url)}>`
	);
}

function footer(context: IssueContext, t: Translate): string[] {
	const name = context.name.trim()
		? escapeMarkdown(context.name.trim())
		: escapeText(t('export.untitled'));
	const lines = [
		'---',
		t('tracker.body.footer', { values: { name, version: escapeText(context.frameworkVersion) } })
	];
	if (context.resultLink) {
		lines.push(`[${escapeText(t('tracker.body.result_link'))}](${linkTarget(context.resultLink)})`);
	}
	return lines;
}

/**
 * An issue's body: a note first when it was shortened, then its blocks and the footer, a blank
 * line between blocks.
 */
function bodyText(
	shortened: boolean,
	blocks: readonly string[][],
	context: IssueContext,
	t: Translate
): string {
	const note = shortened ? [[`_${escapeText(t('tracker.body.shortened'))}_`]] : [];
	return [...note, ...blocks, footer(context, t)].map((lines) => lines.join('\n')).join('\n\n');
}

const bold = (label: string) => `**${escapeText(label)}**`;

/** "current → target", escaped. */
function levels(row: PlanRow, t: Translate): string {
	return `${escapeText(levelName(row, t, 'current'))} → ${escapeText(levelName(row, t, 'target'))}`;
}

/** Effort, owner and due date, each after its label as `label` writes it (bold in an issue body). */
function facts(
	row: PlanRow,
	t: Translate,
	locale: string,
	label: (text: string) => string
): string[] {
	const lines = [
		`${label(t('tracker.body.effort'))} ${escapeText(row.effortName)}`,
		`${label(t('tracker.body.owner'))} ${ownerText(row, t)}`
	];
	if (row.due) {
		lines.push(`${label(t('tracker.body.due'))} ${escapeText(formatIsoDate(row.due, locale))}`);
	}
	return lines;
}

function itemBody(
	row: PlanRow,
	context: IssueContext,
	t: Translate,
	locale: string,
	detail: Detail
): string {
	const main = [
		`${bold(t('tracker.body.question'))} ${escapeText(row.questionText)}`,
		`${bold(t('tracker.body.levels'))} ${levels(row, t)}`
	];
	if (detail < 2) main.push(`${bold(t('tracker.body.step'))} ${escapeText(row.step)}`);
	main.push(`${bold(t('tracker.body.principle'))} ${escapeText(principleName(row, t))}`);
	// Two spaces end a line in Markdown without starting a paragraph.
	const blocks = [
		main.map((line, i) => (i < main.length - 1 ? `${line}  ` : line)),
		[facts(row, t, locale, bold).join(' · ')]
	];
	const sources = sourceLines(row, detail);
	if (sources.length) blocks.push([bold(t('tracker.body.sources')), ...sources]);
	return bodyText(detail > 0, blocks, context, t);
}

function taskLines(row: PlanRow, t: Translate, locale: string, detail: Detail): string[] {
	const box = row.status === 'done' ? '[x]' : '[ ]';
	const parts = [`**${escapeText(row.questionText)}** (${levels(row, t)})`];
	if (detail < 2) parts.push(escapeText(row.step));
	return [
		`- ${box} ${parts.join(' ')} · ${facts(row, t, locale, escapeText).join(' · ')}`,
		...sourceLines(row, detail, '  ')
	];
}

function planBody(
	rows: readonly PlanRow[],
	listed: number,
	context: IssueContext,
	t: Translate,
	locale: string,
	detail: Detail
): string {
	const lines = rows.slice(0, listed).flatMap((row) => taskLines(row, t, locale, detail));
	if (listed < rows.length) {
		lines.push(
			`- ${escapeText(t('tracker.body.more', { values: { count: rows.length - listed } }))}`
		);
	}
	return bodyText(detail > 0 || listed < rows.length, [lines], context, t);
}

// ---------------------------------------------------------------------------------------------
// The link

/** application/x-www-form-urlencoded, as both trackers read their query: space as `+`. */
function formEncode(value: string): string {
	return encodeURIComponent(value).replace(/%20/g, '+');
}

/** GitLab quick actions that apply the labels and the due date when the issue is created. */
function quickActions(draft: IssueDraft): string {
	const lines: string[] = [];
	if (draft.labels.length) {
		lines.push(`/label ${draft.labels.map((label) => `~"${label.replace(/"/g, '')}"`).join(' ')}`);
	}
	if (draft.due) lines.push(`/due ${draft.due}`);
	return lines.join('\n');
}

/** The tracker's new-issue link for a draft, whatever its length. */
export function issueUrl(config: TrackerConfig, draft: IssueDraft): string {
	const base = `${config.baseUrl}/${config.project}`;
	if (config.kind === 'github') {
		let url = `${base}/issues/new?title=${formEncode(draft.title)}&body=${formEncode(draft.body)}`;
		if (draft.labels.length) url += `&labels=${draft.labels.map(formEncode).join(',')}`;
		return url;
	}
	const actions = quickActions(draft);
	const description = actions ? `${draft.body}\n\n${actions}` : draft.body;
	return `${base}/-/issues/new?issue[title]=${formEncode(draft.title)}&issue[description]=${formEncode(description)}`;
}

/**
 * The longest start of `text` (whole code points, then "…") for which `fits` holds. The cut is
 * made in the text before it is encoded, so it can never fall inside a percent-escape, and
 * Array.from splits by code point, so never inside a surrogate pair.
 */
export function cutToFit(text: string, fits: (candidate: string) => boolean): string {
	if (fits(text)) return text;
	const points = Array.from(text);
	let low = 0;
	let high = points.length - 1;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (fits(points.slice(0, middle).join('') + '…')) low = middle;
		else high = middle - 1;
	}
	return low > 0 ? points.slice(0, low).join('') + '…' : '';
}

function capTitle(title: string): string {
	const points = Array.from(title.replace(/\s+/g, ' ').trim());
	return points.length > MAX_TITLE_LENGTH
		? points.slice(0, MAX_TITLE_LENGTH - 1).join('') + '…'
		: points.join('');
}

/**
 * The first draft in order whose link fits; failing all, the last one with its body (then its
 * title) cut to fit.
 */
function firstFitting(
	config: TrackerConfig,
	drafts: readonly IssueDraft[],
	maxLength: number
): { url: string; draft: IssueDraft; index: number } {
	for (const [index, draft] of drafts.entries()) {
		const url = issueUrl(config, draft);
		if (url.length <= maxLength) return { url, draft, index };
	}
	const last = drafts[drafts.length - 1]!;
	const fits = (draft: IssueDraft) => issueUrl(config, draft).length <= maxLength;
	const body = cutToFit(last.body, (body) => fits({ ...last, body }));
	const title = cutToFit(last.title, (title) => fits({ ...last, body, title }));
	const draft = { ...last, body, title };
	return { url: issueUrl(config, draft), draft, index: drafts.length };
}

/** A new-issue link for one plan item. */
export function itemIssueLink(
	config: TrackerConfig,
	row: PlanRow,
	context: IssueContext,
	t: Translate,
	locale: string,
	maxLength = MAX_URL_LENGTH
): IssueLink {
	const title = capTitle(row.questionText);
	const labels = issueLabels(row);
	const due = row.due || undefined;
	const drafts = DETAILS.map((detail) => ({
		title,
		body: itemBody(row, context, t, locale, detail),
		labels,
		due
	}));
	const { url, draft, index } = firstFitting(config, drafts, maxLength);
	return { url, title: draft.title, shortened: index > 0 };
}

/** One new-issue link per plan item. */
export function itemIssueLinks(
	config: TrackerConfig,
	rows: readonly PlanRow[],
	context: IssueContext,
	t: Translate,
	locale: string,
	maxLength = MAX_URL_LENGTH
): IssueLink[] {
	return rows.map((row) => itemIssueLink(config, row, context, t, locale, maxLength));
}

/**
 * One new issue that lists several plan items as a task list (GitHub and GitLab render it as
 * checkboxes), labelled with their principles. When the items do not fit, the body lists as many
 * as fit, in the order given, and says how many more are in the plan.
 */
export function planIssueLink(
	config: TrackerConfig,
	rows: readonly PlanRow[],
	context: IssueContext,
	t: Translate,
	locale: string,
	maxLength = MAX_URL_LENGTH
): PlanIssueLink {
	const name = context.name.trim();
	const title = capTitle(
		name ? t('tracker.title_plan', { values: { name } }) : t('tracker.title_plan_untitled')
	);
	const labels = [...new Set(rows.map((row) => `principle:${row.principleId}`))];
	const draft = (listed: number, detail: Detail): IssueDraft => ({
		title,
		body: planBody(rows, listed, context, t, locale, detail),
		labels
	});
	const fits = (candidate: IssueDraft) => issueUrl(config, candidate).length <= maxLength;
	for (const detail of DETAILS) {
		const candidate = draft(rows.length, detail);
		if (fits(candidate)) {
			return {
				url: issueUrl(config, candidate),
				title,
				shortened: detail > 0,
				listed: rows.length
			};
		}
	}
	// Even the shortest form of every item is too long: list as many items as fit.
	let listed = rows.length - 1;
	while (listed > 0 && !fits(draft(listed, 3))) listed--;
	const { url, draft: used } = firstFitting(config, [draft(listed, 3)], maxLength);
	return { url, title: used.title, shortened: true, listed };
}
