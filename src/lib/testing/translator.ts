/**
 * Test helpers for the export modules (imported by tests only, never by the app).
 *
 * `createTranslator` has the signature of svelte-i18n's `$_` and is built from a locale's merged
 * catalogue with intl-messageformat, which is what svelte-i18n formats with. A missing key
 * throws, so a typo in a key fails the test instead of printing the key.
 *
 * `sampleAssessment` is the known plan the Markdown and CSV tests compare against exact text.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Assessment } from '$lib/assessment/model';
import type { Locale } from '$lib/i18n/locales';
import { messagesFor } from '$lib/i18n/server-messages';
import type { Translate } from '$lib/export/plan';

/**
 * `overrides` replaces messages of the catalogue (framework wording in exact-output tests, so
 * they test the format and do not break whenever a question is reworded).
 */
export function createTranslator(
	locale: Locale = 'en',
	overrides: Record<string, string> = {}
): Translate {
	const messages = { ...messagesFor(locale), ...overrides };
	const formats = new Map<string, IntlMessageFormat>();
	return (key, options) => {
		let format = formats.get(key);
		if (!format) {
			const message = messages[key];
			if (message === undefined) throw new Error(`No message "${key}" in locale ${locale}`);
			format = new IntlMessageFormat(message, locale);
			formats.set(key, format);
		}
		return String(format.format(options?.values));
	};
}

/** Short wording for the sample's questions; the `*` checks that catalogue text is escaped too. */
export const sampleWording: Record<string, string> = {
	'question.commons.dependency-inventory.text': 'Do you know what you depend on?',
	'guidance.commons.dependency-inventory.step.0': 'List *all* direct dependencies.',
	'question.commons.leadership-ownership.text': 'Does leadership own open source risk?',
	'guidance.commons.leadership-ownership.step.1': 'Name one executive owner.',
	'question.communities.ecosystem-norms.text': 'Do you follow each ecosystem’s norms?',
	'guidance.communities.ecosystem-norms.step.0': 'Read the contribution guides.',
	'question.partners.vulnerability-reporting.text': 'Do you report vulnerabilities upstream?',
	'guidance.partners.vulnerability-reporting.step.2': 'Write a disclosure policy.'
};

/**
 * A plan with one item of each kind. Priorities (weight × gap, target 3, partners 4):
 * dependency-inventory "don't know" 3 × 3 = 9; ecosystem-norms 2 × 3 = 6, leadership-ownership
 * 3 × 2 = 6 and vulnerability-reporting 3 × 2 = 6, ordered by principle score (communities 0,
 * commons 1.125, partners 2). Overall score (1.125 + 0 + 2) / 3 = 1.0, "Ad hoc"; bedrock has only
 * a "not applicable" answer and is not assessed.
 */
export function sampleAssessment(): Assessment {
	return {
		id: 'sample-1',
		name: 'ACME <img src=x onerror=alert(1)> [x](javascript:alert(1))\n# heading',
		createdAt: '2027-01-10T09:00:00.000Z',
		updatedAt: '2027-03-01T16:30:00.000Z',
		frameworkVersion: '1.0.0',
		answers: {
			'commons.dependency-inventory': {
				choice: 'unknown',
				note: 'Ask the platform team, they keep the "SBOMs".\nSecond line, with a comma.'
			},
			'commons.leadership-ownership': { choice: 1 },
			'commons.oss-policy': {
				choice: 3,
				evidence: 'https://intranet.example.com/policies/open-source?v=2'
			},
			'communities.ecosystem-norms': { choice: 0 },
			'partners.vulnerability-reporting': {
				choice: 2,
				note: '# heading\n<img src=x onerror=alert(1)>'
			},
			'bedrock.long-tail': { choice: 'na', naReason: 'We ship no software, only services.' }
		},
		targets: { partners: 4 },
		plan: {
			'commons.dependency-inventory': {
				owner: '=HYPERLINK("https://evil.example","click")',
				due: '2027-03-31'
			},
			'commons.leadership-ownership': {
				owner: 'Jane Doe, CISO "acting"',
				due: '2027-06-30',
				status: 'doing'
			},
			'communities.ecosystem-norms': { owner: '<img src=x onerror=alert(1)>', excluded: true },
			'partners.vulnerability-reporting': { owner: '[x](javascript:alert(1))', status: 'done' }
		}
	};
}
