/**
 * Share-link sizes: how long the fragment of a result link is for typical content, next to the
 * information-theoretic minimum of a full assessment.
 *
 *   npx tsx scripts/bench-link.ts          prints a table
 *   import { linkReport } from './bench-link.ts'   the same numbers for other scripts
 */
import { pathToFileURL } from 'node:url';
import type { Choice } from '$lib/assessment/model';
import { FRAMEWORK_VERSION, PRINCIPLE_IDS } from '$lib/framework';
import {
	CHAT_LINK_LIMIT,
	encodeResult,
	minimumFragmentChars,
	type SharedDetails,
	type SharedResult
} from '$lib/share/codec';
import { compression } from '$lib/share/compression';
import { LINK_FRAMEWORKS, linkFrameworkIndex } from '$lib/share/frameworks';

export interface LinkReport {
	questions: number;
	principles: number;
	/** Every question answered, targets set, nothing else. */
	full: number;
	/** ceil((Q·log2 7 + P·2) / 6): the least any encoding of a full assessment could take. */
	minimum: number;
	/** full / minimum. */
	ratio: number;
	/** full + an organization name. */
	withName: number;
	/** full + organization name + participant name + date. */
	withParticipant: number;
	/** withParticipant + a note, evidence URL or N/A reason and a plan entry for every question. */
	withNotes: number;
	/** Characters of text in the details (notes, URLs, reasons, owners, dates, status). */
	notesTextChars: number;
	/** Nothing answered, default targets. */
	empty: number;
	/** Full URL length with notes on an example origin, to compare with CHAT_LINK_LIMIT. */
	withNotesUrl: number;
}

const EXAMPLE_ORIGIN = 'https://commons-check.example.org/r/#';

const framework = LINK_FRAMEWORKS[linkFrameworkIndex(FRAMEWORK_VERSION)]!;
const CHOICES: readonly Choice[] = [0, 1, 2, 3, 4, 'na', 'unknown', 2, 3, 1];

function fullAssessment(): SharedResult {
	const answers: Record<string, Choice> = {};
	framework.questionIds.forEach((id, i) => (answers[id] = CHOICES[(i * 7) % CHOICES.length]!));
	return {
		frameworkVersion: FRAMEWORK_VERSION,
		answers,
		targets: { commons: 4, communities: 2, partners: 3, bedrock: 4, 'never-free': 1 }
	};
}

/** Notes as a team writes them: one distinct sentence or two per question (no repeats to flatter deflate). */
const NOTES = [
	'The CTO raised this at the offsite, but nobody on the board owns it yet.',
	'SBOMs exist for the two main products in Dependency-Track; reviewed monthly by platform.',
	'We know our top 20 libraries by usage, not by how much risk they carry for us.',
	'Policy drafted in 2023, approved by legal, never announced to the developers.',
	'Two lunch-and-learn sessions last year; attendance was about 30 people.',
	'We split projects into foundation-backed, company-backed and solo; solo is about 60%.',
	'Checked the bus factor of our ten critical dependencies once, in a spreadsheet.',
	"Developers follow each project's CONTRIBUTING file; nobody checks codes of conduct.",
	'Same approach for all projects so far. The Rust crates would need a different one.',
	'Everything comes from npm and Maven Central through Artifactory, no vendor in between.',
	'We have a support contract with one vendor for the database; nothing else is covered.',
	'Our engineers are told to be polite upstream; there is no written guideline.',
	'Patches are usually kept in forks. Two teams upstream as a rule, the rest do not.',
	'Security issues we find go to the maintainers by mail; we had one bad experience.',
	'Finance cannot pay anyone without a purchase order, which rules out most projects.',
	'Risk ranking exists for the payment stack only, done by the security team in 2024.',
	'OpenSSF Scorecard runs in CI for new dependencies; results are not looked at later.',
	'Sponsoring two maintainers of our logging library, 500 EUR a month each.',
	'The long tail of small npm packages is invisible to us; hundreds of them.',
	'No continuity plan. If the YAML parser were abandoned we would fork it, probably.',
	'There is a line in the engineering budget since January, 40k EUR for the year.',
	'Before replacing a library the team must ask upstream first; written in the ADR template.',
	'Engineers may spend Friday afternoons upstream; few do, it is not tracked.',
	'We use GitHub Sponsors and Open Collective; Thanks.dev is being evaluated.',
	'Contributions are counted by the OSPO and reported to the CTO every quarter.',
	'Intake checklist: license, activity, security policy. Applied to new services only.',
	'Lifetime fit is discussed informally; nobody writes down how long we will need it.',
	'Dependencies are not reassessed after adoption unless something breaks.',
	'After log4shell we wrote a runbook; it has not been tested since.',
	'Findings from audits go into Jira and mostly stay there.',
	'We file issues with reproductions and do not demand fixes; mostly true, some exceptions.',
	'One engineer is paid part-time to maintain a project we depend on heavily.',
	'Funding is renewed yearly, which maintainers told us makes planning hard.',
	'We asked two maintainers about succession; one has a co-maintainer now.',
	'CRA questionnaires go out to maintainers from procurement; we should stop that.',
	'Release automation and docs for our own projects are neglected; a backlog of 200 issues.',
	'We fixed flaky CI upstream in two projects this year, nothing else.',
	"Package registry and build tooling are not on anybody's radar here.",
	'Commissioned a security audit of one library through OSTIF in 2025.',
	'Action items from the last assessment were half done; no one followed up.'
];
const URLS = [
	'https://wiki.example.com/display/OSPO/Open+Source+Policy',
	'https://git.example.com/platform/sbom/-/blob/main/README.md',
	'https://example.com/blog/2025/our-open-source-funding'
];
const OWNERS = ['Anna Schmidt', 'Platform team', 'OSPO', 'Jonas (Legal)', 'CTO office'];

function realisticDetails(): SharedDetails {
	const details: SharedDetails = { answers: {}, plan: {} };
	framework.questionIds.forEach((id, i) => {
		const entry: SharedDetails['answers'][string] = { note: NOTES[i]! };
		if (i % 3 === 0) entry.evidence = URLS[i % URLS.length]!;
		if (i % 7 === 5)
			entry.naReason = 'We do not ship software to customers, only run it internally.';
		details.answers[id] = entry;
		if (i % 2 === 0) {
			details.plan[id] = {
				owner: OWNERS[i % OWNERS.length]!,
				due: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
				status: (['todo', 'doing', 'done'] as const)[i % 3]!
			};
		}
	});
	return details;
}

function textChars(details: SharedDetails): number {
	const texts = [...Object.values(details.answers), ...Object.values(details.plan)].flatMap(
		(entry) => Object.values(entry).filter((value) => typeof value === 'string')
	);
	return texts.reduce((sum, text) => sum + text.length, 0);
}

export function linkReport(): LinkReport {
	const questions = framework.questionIds.length;
	const principles = PRINCIPLE_IDS.length;
	const full = fullAssessment();
	const withName = { ...full, name: 'Example Software GmbH' };
	const withParticipant = { ...withName, participant: 'Ana Müller', date: '2026-05-01' };
	const details = realisticDetails();
	// Notes need the compressor, which the app loads on demand.
	const withNotes = encodeResult({ ...withParticipant, details }, { compression });
	const minimum = minimumFragmentChars(questions, principles);
	const fullChars = encodeResult(full).length;
	return {
		questions,
		principles,
		full: fullChars,
		minimum,
		ratio: Math.round((fullChars / minimum) * 100) / 100,
		withName: encodeResult(withName).length,
		withParticipant: encodeResult(withParticipant).length,
		withNotes: withNotes.length,
		notesTextChars: textChars(details),
		empty: encodeResult({ frameworkVersion: FRAMEWORK_VERSION, answers: {}, targets: {} }).length,
		withNotesUrl: EXAMPLE_ORIGIN.length + withNotes.length
	};
}

function main() {
	const r = linkReport();
	const rows: [string, string][] = [
		[`full assessment (${r.questions} answers, ${r.principles} targets)`, `${r.full}`],
		['information-theoretic minimum', `${r.minimum}`],
		['ratio full / minimum', r.ratio.toFixed(2)],
		['+ organization name (21 chars)', `${r.withName}`],
		['+ participant name and date', `${r.withParticipant}`],
		[`+ notes for all questions (${r.notesTextChars} chars of text)`, `${r.withNotes}`],
		[`  as a full URL (chat limit ${CHAT_LINK_LIMIT})`, `${r.withNotesUrl}`],
		['empty assessment', `${r.empty}`]
	];
	const width = Math.max(...rows.map(([label]) => label.length));
	console.log(`${'link'.padEnd(width)}  fragment chars`);
	for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(14)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
