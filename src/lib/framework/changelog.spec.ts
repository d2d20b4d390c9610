import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import { messagesFor } from '$lib/i18n/server-messages';
import { changelogEntries, changelogPage, legacyTextIds, requiredHistoryKeys } from './changelog';
import { MIGRATION_1_0_0_TO_1_1_0 } from './migrations';
import { questionTextKey } from './keys';
import { legacyQuestionTextKey, questionIdsOf } from './versions';
import { bank } from './bank';

const historyPrefix = /^(changelog|legacy)\./;

describe('the changelog and the legacy texts', () => {
	for (const locale of LOCALES) {
		it(`are complete in ${locale}, with no stray keys`, () => {
			const messages = messagesFor(locale);
			const required = new Set(requiredHistoryKeys());
			expect([...required].filter((key) => !messages[key]?.trim())).toEqual([]);
			const stray = Object.keys(messages).filter(
				(key) => historyPrefix.test(key) && !required.has(key)
			);
			expect(stray).toEqual([]);
		});
	}

	it('explain every change except questions kept without a note', () => {
		const entries = changelogEntries(MIGRATION_1_0_0_TO_1_1_0);
		const explained = new Set(entries.map((entry) => entry.id));
		for (const change of MIGRATION_1_0_0_TO_1_1_0.changes) {
			if (change.kind === 'kept' && !change.note) continue;
			const id = change.kind === 'merged' ? change.to : 'id' in change ? change.id : change.from;
			expect(explained.has(id), id).toBe(true);
		}
	});

	it('keep the 1.0.0 text of every removed, merged or reworded question', () => {
		const ids = legacyTextIds(MIGRATION_1_0_0_TO_1_1_0);
		expect(ids).toContain('communities.project-segments');
		expect(ids).toContain('never-free.funding-channels');
		expect(ids).toContain('due-diligence.reassessment');
		expect(ids).toContain('partners.relationship-model');
		expect(ids).not.toContain('commons.oss-policy');
		const english = messagesFor('en');
		// A reworded question's old text differs from its new one; the history must keep the old.
		expect(english[legacyQuestionTextKey('1.0.0', 'commons.literacy')]).not.toBe(
			english[questionTextKey('commons.literacy')]
		);
	});

	it('keep no legacy text for questions that are still asked as they were', () => {
		const kept = MIGRATION_1_0_0_TO_1_1_0.changes.filter((change) => change.kind === 'kept');
		const english = messagesFor('en');
		for (const change of kept) {
			expect(english[legacyQuestionTextKey('1.0.0', change.id)]).toBeUndefined();
			expect(questionIdsOf(bank)).toContain(change.id);
		}
	});
});

describe('changelogPage', () => {
	it('shows the newest version first, with a line per change that has a note', () => {
		const [latest] = changelogPage();
		expect(latest).toMatchObject({ from: '1.0.0', to: '1.1.0', titleKey: 'changelog.1_1_0.title' });
		expect(latest!.generalKeys.length).toBeGreaterThan(0);
		const merged = latest!.lines.find((line) => line.id === 'partners.pay-without-contract');
		expect(merged).toMatchObject({ kind: 'merged' });
		expect(merged!.before).toEqual([
			'legacy.1_0_0.question.partners.pay-without-contract.text',
			'legacy.1_0_0.question.never-free.funding-channels.text'
		]);
		expect(latest!.lines.find((line) => line.kind === 'new')?.before).toEqual([]);
	});
});
