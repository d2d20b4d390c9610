/** The bench report: its data (bench/report.json) and its Markdown rendering (bench/report.md). */
import type { LinkReport } from '../bench-link.ts';
import { kib, type BudgetsFile, type Check, type Size } from '../budgets.ts';
import type { InteractionResult, RouteMeasurement, Stats } from './browser.ts';
import type { ChunkEntry, LocaleMessages, RouteAnalysis } from './build-output.ts';
import { CATEGORIES, type LighthouseRun } from './lighthouse.ts';
import { MOBILE_THROTTLING, type PaintResult } from './paint.ts';

export interface BenchReport {
	generatedAt: string;
	wallMs: number;
	environment: {
		node: string;
		chromium?: string;
		lighthouse: string;
		/** The production-like server, or why it was not used. */
		nginx?: string;
		cpus: number;
		loadAverageStart: number[];
		loadAverageEnd: number[];
	};
	build: { builtAt?: string; rebuilt: boolean; reason?: string };
	budgets: { file: BudgetsFile; checks: Check[]; failed: number };
	routes: RouteAnalysis[];
	measured: RouteMeasurement[];
	chunks: ChunkEntry[];
	locales: LocaleMessages[];
	lighthouse: LighthouseRun[];
	paint: PaintResult[];
	interaction?: InteractionResult;
	link?: LinkReport;
	/** Steps that failed as a whole (the report is written anyway). */
	errors: string[];
}

const esc = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(header: string[], rows: (string | number)[][], right: number[] = []): string {
	const align = header.map((_, i) => (right.includes(i) ? '---:' : '---'));
	return [
		`| ${header.join(' | ')} |`,
		`| ${align.join(' | ')} |`,
		...rows.map((row) => `| ${row.map((cell) => esc(String(cell))).join(' | ')} |`)
	].join('\n');
}

const k = (size: Size | undefined, field: keyof Size) => (size ? kib(size[field]) : '–');
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '–');
const ms2 = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '–');
const short = (file: string) => file.replace(/^_app\/immutable\//, '');

function budgetSection(report: BenchReport): string {
	const rows = report.budgets.checks.map((check) => [
		check.status === 'fail' ? '**FAIL**' : check.status === 'skipped' ? 'skipped' : 'pass',
		check.subject,
		check.metric,
		check.actual === null ? (check.status === 'skipped' ? '–' : 'checked') : kib(check.actual),
		check.limit === null ? '' : kib(check.limit),
		check.actual !== null && check.limit !== null
			? `${Math.round((check.actual / check.limit) * 100)}%`
			: '',
		check.note ?? ''
	]);
	return [
		'## Budgets',
		'',
		'Sizes from the build on disk (the same numbers `npm run check:budgets` gates on): gzip level 6, KiB = 1024 bytes. ' +
			'First-load JS counts the HTML’s modulepreload/script tags, their manifest closure, the root error page SvelteKit imports at start and, on routes with `lazyAtOnce`, the chart that the page imports as soon as it renders.',
		'',
		report.budgets.failed > 0
			? `**${report.budgets.failed} budget(s) exceeded.**`
			: 'All size budgets met.',
		'',
		table(['', 'subject', 'metric', 'KiB', 'budget', 'used', 'note'], rows, [3, 4, 5])
	].join('\n');
}

function staticSection(report: BenchReport): string {
	const present = report.routes.filter((route) => route.exists);
	const rows = present.map((route) => [
		route.name,
		`\`${route.path}\``,
		k(route.staticJs, 'raw'),
		k(route.staticJs, 'gzip'),
		k(route.staticJs, 'brotli'),
		route.lazyJs.raw > 0 ? `+ ${k(route.lazyJs, 'gzip')}` : '–',
		k(route.js, 'gzip'),
		k(route.css, 'raw'),
		k(route.css, 'gzip'),
		`${(route.files?.staticJs.length ?? 0) + (route.files?.lazyJs.length ?? 0)}`,
		route.chartJsFiles.length > 0
			? route.chartJsFiles.some((f) => route.files?.staticJs.includes(f))
				? 'static'
				: 'lazy'
			: 'no'
	]);
	const skipped = report.routes.filter((route) => !route.exists);
	return [
		'### Static (from the HTML)',
		'',
		'KiB. JS = modulepreload + entry imports of the prerendered HTML and their manifest closure; “lazy at once” = dynamic imports made at once: SvelteKit’s root error page (imported by the client at start on every page) and, where bench/budgets.json lists them in `lazyAtOnce`, imports the page triggers on render (the radar chart); both count in “first-load JS”. CSS includes the lazy chunks’ CSS.',
		'',
		table(
			[
				'route',
				'path',
				'JS raw',
				'JS gzip',
				'JS br',
				'lazy at once gzip',
				'first-load JS gzip',
				'CSS raw',
				'CSS gzip',
				'JS files',
				'Chart.js'
			],
			rows,
			[2, 3, 4, 5, 6, 7, 8, 9]
		),
		...(skipped.length > 0
			? [
					'',
					`Skipped (no prerendered page in build/): ${skipped
						.map((route) => `${route.name} (\`${route.html}\` does not exist)`)
						.join(', ')}.`
				]
			: [])
	].join('\n');
}

function measuredSection(report: BenchReport): string {
	if (report.measured.length === 0) return '### Measured\n\nNot measured (see errors).';
	const byName = new Map(report.routes.map((route) => [route.name, route]));
	const rows = report.measured.map((m) => {
		const route = byName.get(m.name);
		return [
			m.name,
			`\`${m.url}\``,
			m.seeded ? 'stored data' : m.url.includes('#') ? 'link fragment' : 'empty',
			k(m.js, 'raw'),
			k(m.js, 'gzip'),
			k(m.css, 'raw'),
			k(m.css, 'gzip'),
			`${m.responses.filter((r) => r.kind === 'js').length}`,
			k(m.messages, 'gzip'),
			m.chartJs ? 'yes' : 'no',
			route ? `${m.js.gzip - route.js.gzip >= 0 ? '+' : ''}${kib(m.js.gzip - route.js.gzip)}` : '',
			m.idle ? `${m.ms} ms` : `${m.ms} ms (not idle)`
		];
	});
	const differences: string[] = [];
	for (const m of report.measured) {
		const route = byName.get(m.name);
		if (!route?.files) continue;
		const expected = new Set([
			...route.files.staticJs,
			...route.files.lazyJs,
			...route.files.staticCss,
			...route.files.lazyCss
		]);
		const fetched = new Set(
			m.responses.filter((r) => r.kind === 'js' || r.kind === 'css').map((r) => r.file ?? r.url)
		);
		const extra = [...fetched].filter((file) => !expected.has(file));
		const unfetched = [...expected].filter((file) => !fetched.has(file));
		if (extra.length > 0) {
			differences.push(
				`- ${m.name}: fetched beyond the static count: ${extra.map(short).join(', ')}`
			);
		}
		if (unfetched.length > 0) {
			differences.push(
				`- ${m.name}: counted statically but not fetched: ${unfetched.map(short).join(', ')}`
			);
		}
	}
	const problems = report.measured.flatMap((m) => m.problems.map((p) => `- ${m.name}: ${p}`));
	return [
		'### Measured (all JS/CSS fetched until idle)',
		'',
		'Chromium via Playwright, a fresh context per route (cold cache), every script and stylesheet response from navigation until the network was quiet for 500 ms (after the chart canvas appeared, where there is one). Stored data: the realistic assessment (all questions answered, notes, plan) in localStorage, written before navigation; on combine also a workshop session with five participants. The shared view gets a link fragment of the same assessment. Sizes of the same files on disk. “Messages” are the JSON catalogue files of the active locale, fetched on every page. Δ = measured JS gzip − static first-load JS gzip.',
		'',
		table(
			[
				'route',
				'URL',
				'storage',
				'JS raw',
				'JS gzip',
				'CSS raw',
				'CSS gzip',
				'JS files',
				'messages gzip',
				'Chart.js',
				'Δ JS gzip',
				'load'
			],
			rows,
			[3, 4, 5, 6, 7, 8, 10, 11]
		),
		'',
		differences.length > 0
			? `Differences between measured and static:\n\n${differences.join('\n')}`
			: 'Measured files equal the static count (static + lazy at once) on every route.',
		...(problems.length > 0 ? ['', 'Problems seen while loading:', '', ...problems] : [])
	].join('\n');
}

function chunkSection(report: BenchReport): string {
	const rows = report.chunks
		.slice(0, 15)
		.map((chunk) => [
			`\`${short(chunk.file)}\``,
			chunk.name ?? '',
			kib(chunk.size.gzip),
			kib(chunk.size.raw),
			chunk.contains.join(', '),
			chunk.routes.length === report.routes.filter((r) => r.exists).length
				? 'all routes'
				: chunk.routes.join(', ')
		]);
	return [
		'## What dominates first load',
		'',
		'The largest JS chunks in any route’s first load (static or lazy at once). “Likely contains” is recognised from text the minified code keeps.',
		'',
		table(
			['chunk', 'manifest name', 'gzip KiB', 'raw KiB', 'likely contains', 'routes'],
			rows,
			[2, 3]
		)
	].join('\n');
}

function localeSection(report: BenchReport): string {
	const limit = report.budgets.file.messages.perLocaleGzipKiB;
	const rows = report.locales.map((entry) => [
		entry.locale,
		entry.files.map((f) => `${f.source} → \`${short(f.file)}\``).join('<br>'),
		k(entry.total, 'raw'),
		k(entry.total, 'gzip'),
		k(entry.total, 'brotli'),
		`${limit}`,
		entry.total.gzip <= limit * 1024 ? 'pass' : '**FAIL**'
	]);
	return [
		'## Messages per locale',
		'',
		'The JSON message assets under `build/_app/immutable/assets/`, mapped to `src/lib/i18n/messages/<locale>/` through the Vite manifest. The browser fetches only the active locale’s files. KiB.',
		'',
		table(['locale', 'files', 'raw', 'gzip', 'brotli', 'budget gzip', ''], rows, [2, 3, 4, 5])
	].join('\n');
}

/** The middle value (the lower of the two middle ones for an even count); NaN for none. */
export function median(values: number[]): number {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Per page and setup: the median of each score and metric over the rounds that scored. */
export function lighthouseMedians(runs: readonly LighthouseRun[]) {
	const groups = new Map<string, LighthouseRun[]>();
	for (const run of runs) {
		if (!run.scores || !run.metrics) continue;
		const key = `${run.page}|${run.preset}|${run.server}`;
		groups.set(key, [...(groups.get(key) ?? []), run]);
	}
	return [...groups.values()].map((group) => {
		const [first] = group;
		const of = (pick: (run: LighthouseRun) => number | null | undefined) =>
			median(group.map((run) => pick(run) ?? NaN));
		return {
			page: first!.page,
			preset: first!.preset,
			server: first!.server,
			runs: group.length,
			scores: Object.fromEntries(CATEGORIES.map((id) => [id, of((run) => run.scores?.[id])])),
			lcpMs: of((run) => run.metrics?.lcpMs),
			tbtMs: of((run) => run.metrics?.tbtMs),
			fcpMs: of((run) => run.metrics?.fcpMs),
			cls: of((run) => run.metrics?.cls)
		};
	});
}

/** A score, bold when under its target; a dash when there is none. */
function scoreCell(score: number | null | undefined, target: number): string {
	if (score === undefined || score === null || !Number.isFinite(score)) return '–';
	return score < target ? `**${score}**` : `${score}`;
}

function lighthouseSection(report: BenchReport): string {
	const targets = report.budgets.file.lighthouse;
	const medians = lighthouseMedians(report.lighthouse).map((m) => [
		m.page,
		m.preset,
		m.server,
		...CATEGORIES.map((id) => scoreCell(m.scores[id], targets[m.preset][id])),
		ms(m.lcpMs),
		ms(m.tbtMs),
		Number.isFinite(m.cls) ? m.cls.toFixed(3) : '–',
		ms(m.fcpMs),
		`${m.runs}`
	]);
	const rows = report.lighthouse.map((run) => {
		const target = targets[run.preset];
		const meets =
			run.scores && CATEGORIES.every((id) => (run.scores?.[id] ?? -1) >= target[id]) && !run.error;
		return [
			run.page,
			run.preset,
			run.server,
			`${run.round}`,
			...CATEGORIES.map((id) => scoreCell(run.scores?.[id], target[id])),
			run.metrics ? ms(run.metrics.lcpMs) : '–',
			run.metrics ? ms(run.metrics.tbtMs) : '–',
			run.metrics ? run.metrics.cls.toFixed(3) : '–',
			run.metrics ? ms(run.metrics.fcpMs) : '–',
			run.metrics && Number.isFinite(run.metrics.transferBytes)
				? kib(run.metrics.transferBytes)
				: '–',
			run.error ? `error: ${run.error}` : meets ? 'yes' : 'no',
			`${(run.ms / 1000).toFixed(1)} s`
		];
	});
	const notes = report.lighthouse.flatMap((run) =>
		run.failedAudits.map((audit) => `- ${run.page} (${run.preset}, ${run.server}): ${audit}`)
	);
	// The same warning (e.g. an audit this Lighthouse cannot run on this Chromium) once, with its runs.
	const warnings = new Map<string, string[]>();
	for (const run of report.lighthouse) {
		for (const warning of run.warnings) {
			warnings.set(warning, [
				...(warnings.get(warning) ?? []),
				`${run.page} ${run.preset} ${run.server}`
			]);
		}
	}
	const warningLines = [...warnings.entries()].map(
		([warning, runs]) =>
			`- ${warning} (${runs.length === report.lighthouse.length ? 'every run' : runs.join(', ')})`
	);
	const t = (preset: 'mobile' | 'desktop') =>
		CATEGORIES.map((id) => `${id} ≥ ${targets[preset][id]}`).join(', ');
	return [
		'## Lighthouse',
		'',
		`Lighthouse ${report.environment.lighthouse} (Node API) against this build served two ways: **plain**, every file as it is (scripts/serve-static.js, no compression, no headers), and **nginx**, as in production (deploy/nginx.conf: the build's precompressed files, the security and caching headers; ${report.environment.nginx ?? 'not measured'}). Local Chromium via chrome-launcher, a fresh profile per run, default simulated throttling; desktop uses \`lighthouse/core/config/desktop-config.js\`. The results page is seeded with the stored assessment through the same Chromium and run with \`disableStorageReset: true\`. “Sent” is Lighthouse's total byte weight: every response as transferred, KiB.`,
		'',
		`Targets (reported, not gated): mobile ${t('mobile')}; desktop ${t('desktop')}. Scores below target are bold.`,
		'',
		'Medians over the rounds, per page and setup:',
		'',
		table(
			[
				'page',
				'preset',
				'server',
				'perf',
				'a11y',
				'best practices',
				'SEO',
				'LCP',
				'TBT',
				'CLS',
				'FCP',
				'runs'
			],
			medians,
			[3, 4, 5, 6, 7, 8, 9, 10, 11]
		),
		'',
		'Every run:',
		'',
		table(
			[
				'page',
				'preset',
				'server',
				'round',
				'perf',
				'a11y',
				'best practices',
				'SEO',
				'LCP',
				'TBT',
				'CLS',
				'FCP',
				'sent',
				'meets targets',
				'time'
			],
			rows,
			[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14]
		),
		...(notes.length > 0 ? ['', 'Audits that lost points:', '', ...notes] : []),
		...(warningLines.length > 0
			? [
					'',
					'Warnings (audits in state “error” are not scored; a category with an errored metric has no score):',
					'',
					...warningLines
				]
			: [])
	].join('\n');
}

function paintSection(report: BenchReport): string {
	if (report.paint.length === 0)
		return '## Observed paint under mobile throttling\n\nNot measured (see errors).';
	const t = MOBILE_THROTTLING;
	const cell = (s: Stats) => `${ms(s.p50)} (${ms(s.max)})`;
	const rows = report.paint.map((r) => [
		r.page,
		`\`${r.path}\``,
		cell(r.fcp),
		cell(r.lcp),
		r.lcpElements.map((e) => `\`${e}\``).join(', '),
		r.lcpBeforeHydration ? 'yes' : 'no',
		`${cell(r.ready)}${r.waitFor ? ` (+ \`${r.waitFor}\`)` : ''}`,
		cell(r.blocking)
	]);
	return [
		'## Observed paint under mobile throttling',
		'',
		`Each Lighthouse page loaded ${report.paint[0]!.runs} times in a fresh Chromium context with Lighthouse’s mobile throttling applied for real through the DevTools protocol (${t.latencyMs} ms round trip, ${t.downloadKbps} kbit/s down, ${t.uploadKbps} kbit/s up, ${t.cpuSlowdown}× CPU), timed by the browser’s Performance API. Median (slowest). “Ready” = hydrated, plus the element named where there is one, and one frame; “blocked” sums the part above 50 ms of every long task until ready, as TBT does. Lighthouse’s own LCP is simulated and counts every preloaded module as a dependency of the largest paint, even when that paint (prerendered HTML) came before any script ran; compare both.`,
		'',
		table(
			['page', 'path', 'FCP', 'LCP', 'LCP element', 'LCP before hydration', 'ready', 'blocked'],
			rows,
			[2, 3, 6, 7]
		)
	].join('\n');
}

function statsRow(label: string, s: Stats): (string | number)[] {
	return [label, ms2(s.p50), ms2(s.p95), ms2(s.max), ms2(s.mean)];
}

function interactionSection(report: BenchReport): string {
	const result = report.interaction;
	if (!result) return '## Interaction\n\nNot measured (see errors).';
	return [
		'## Interaction: key press → saved and shown',
		'',
		`${result.count} key presses on the ${result.pages} questionnaire pages (keys 0–4, N, D on every question, so each press changes the answer), in Chromium. Each: \`performance.now()\` just before dispatching \`keydown\` on the focused option, then microtask by microtask until localStorage holds the new answer, the chosen option is checked and selected and the progress count is right (the count comes from the recomputed scores). “Next frame” adds the wait for the following animation frame.`,
		'',
		table(
			['ms', 'p50', 'p95', 'max', 'mean'],
			[statsRow('saved and shown', result.updated), statsRow('next frame', result.frame)],
			[1, 2, 3, 4]
		),
		'',
		result.failed > 0
			? `**${result.failed} press(es) never showed the expected state:**\n\n${result.failures
					.slice(0, 10)
					.map((f) => `- ${f}`)
					.join('\n')}`
			: 'Every press showed the expected state.'
	].join('\n');
}

function linkSection(report: BenchReport): string {
	const r = report.link;
	if (!r) return '## Share link\n\nNot measured (see errors).';
	return [
		'## Share link length',
		'',
		'From `linkReport()` in scripts/bench-link.ts; characters of the URL fragment.',
		'',
		table(
			['link', 'chars'],
			[
				[`full assessment (${r.questions} answers, ${r.principles} targets)`, r.full],
				['information-theoretic minimum', r.minimum],
				['ratio full / minimum', r.ratio.toFixed(2)],
				['+ organization name', r.withName],
				['+ participant name and date', r.withParticipant],
				[`+ notes for all questions (${r.notesTextChars} chars of text)`, r.withNotes],
				['  as a full URL', r.withNotesUrl],
				['empty assessment', r.empty]
			],
			[1]
		)
	].join('\n');
}

export function renderMarkdown(report: BenchReport): string {
	const text = render(report);
	if (report.routes.length > 0) return text;
	// Without a build only the header, the errors and the share link are meaningful.
	return text.slice(0, text.indexOf('\n## Budgets'));
}

function render(report: BenchReport): string {
	const env = report.environment;
	const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(' / ');
	const busy = Math.max(...env.loadAverageStart.slice(0, 1), ...env.loadAverageEnd.slice(0, 1));
	return [
		'# Commons Check bench report',
		'',
		`Generated ${report.generatedAt} by \`npm run bench\` in ${(report.wallMs / 1000).toFixed(1)} s. ` +
			`Build of ${report.build.builtAt ?? '?'}${report.build.rebuilt ? ` (rebuilt: ${report.build.reason})` : ''}. ` +
			`Node ${env.node}, Chromium ${env.chromium ?? '?'}, ${env.nginx?.startsWith('nginx') ? env.nginx.split(' ')[0] : 'no nginx'}, ${env.cpus} CPUs, load average (1/5/15 min) ${load(env.loadAverageStart)} at start, ${load(env.loadAverageEnd)} at end.`,
		...(busy > env.cpus * 0.75
			? [
					'',
					`> The machine was busy (load ${busy.toFixed(2)} on ${env.cpus} CPUs): Lighthouse performance scores and timings are pessimistic; sizes are unaffected.`
				]
			: []),
		...(report.errors.length > 0
			? ['', '**Errors:**', '', ...report.errors.map((e) => `- ${e}`)]
			: []),
		'',
		...(report.routes.length === 0
			? [
					'Nothing was measured: there was no complete build to measure (see the errors).',
					'',
					linkSection(report),
					''
				]
			: []),
		budgetSection(report),
		'',
		'## First load per route',
		'',
		staticSection(report),
		'',
		measuredSection(report),
		'',
		chunkSection(report),
		'',
		localeSection(report),
		'',
		lighthouseSection(report),
		'',
		paintSection(report),
		'',
		interactionSection(report),
		'',
		linkSection(report),
		''
	].join('\n');
}
