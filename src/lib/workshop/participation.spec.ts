import { describe, expect, it } from 'vitest';
import { loadDocument } from '$lib/storage/document';
import { FakeStore } from '$lib/testing/storage';
import type { Invitation } from '$lib/share/invite';
import {
	answeredCount,
	changeAnswer,
	emptyParticipations,
	ensureEntry,
	JOIN_KEY,
	MAX_ENTRIES,
	parseParticipations,
	participationFormat,
	resultOf,
	serializeParticipations,
	type Participations
} from './participation';

const NOW = new Date('2026-12-07T10:00:00.000Z');
const invitation: Invitation = {
	frameworkVersion: '1.0.0',
	session: '0a0b0c0d',
	date: '2026-12-07',
	title: 'ACME'
};

function withAna(): Participations {
	const value = emptyParticipations();
	const entry = ensureEntry(value, '0a0b0c0d', NOW);
	entry.name = 'Ana';
	changeAnswer(
		entry,
		'commons.literacy',
		(a) => ((a.choice = 'na'), (a.naReason = 'No staff')),
		NOW
	);
	changeAnswer(entry, 'commons.oss-policy', (a) => ((a.choice = 2), (a.note = 'Draft only')), NOW);
	changeAnswer(entry, 'bedrock.long-tail', (a) => ((a.choice = 3), (a.naReason = 'stale')), NOW);
	return value;
}

describe('participations', () => {
	it('keep one entry per session, the newest first, at most MAX_ENTRIES', () => {
		const value = emptyParticipations();
		for (let i = 0; i < MAX_ENTRIES + 3; i++) {
			ensureEntry(value, i.toString(16).padStart(8, '0'), NOW);
		}
		expect(value.entries).toHaveLength(MAX_ENTRIES);
		expect(value.entries[0]?.session).toBe((MAX_ENTRIES + 2).toString(16).padStart(8, '0'));
		const again = ensureEntry(value, value.entries[5]!.session, NOW);
		expect(again).toBe(value.entries[5]);
	});

	it('drop an answer when nothing is left of it', () => {
		const value = withAna();
		const entry = value.entries[0]!;
		changeAnswer(entry, 'commons.oss-policy', (a) => ((a.choice = undefined), (a.note = '')), NOW);
		expect(entry.answers['commons.oss-policy']).toBeUndefined();
	});

	it('save and load unchanged; damaged entries are dropped one by one', () => {
		const value = withAna();
		expect(parseParticipations(serializeParticipations(value))).toEqual({ value, problem: null });
		const stored = JSON.parse(serializeParticipations(value));
		stored.entries.push({ session: 'nope', name: 'x', answers: {}, updatedAt: NOW.toISOString() });
		stored.entries.push({ ...stored.entries[0], extra: 1 });
		const parsed = parseParticipations(JSON.stringify(stored));
		expect(parsed.value).toEqual(value);
		expect(parsed.problem).toEqual({ kind: 'repaired', dropped: 2 });
	});

	it('unreadable text starts empty, is backed up and reported; a newer version is left in place', () => {
		const store = new FakeStore({ [JOIN_KEY]: '{"version":1,' });
		const loaded = loadDocument(store, participationFormat, NOW);
		expect(loaded.value).toEqual(emptyParticipations());
		expect(loaded.problem).toEqual({ kind: 'not-json' });
		expect(store.data.get(loaded.backupKey!)).toBe('{"version":1,');
		expect(parseParticipations('{"version":2,"entries":[]}')).toMatchObject({
			problem: { kind: 'future-version', version: 2 },
			keepStored: true
		});
		expect(parseParticipations('{"version":1}').problem).toEqual({ kind: 'not-ours' });
	});
});

describe('resultOf', () => {
	const ids = ['commons.literacy', 'commons.oss-policy', 'bedrock.long-tail'];

	it('carries the answers, the name, the workshop’s title and date, and the notes and reasons', () => {
		const entry = withAna().entries[0]!;
		expect(resultOf(entry, invitation, '1.0.0', ids, true)).toEqual({
			frameworkVersion: '1.0.0',
			answers: { 'commons.literacy': 'na', 'commons.oss-policy': 2, 'bedrock.long-tail': 3 },
			targets: {},
			name: 'ACME',
			participant: 'Ana',
			date: '2026-12-07',
			details: {
				answers: {
					'commons.literacy': { naReason: 'No staff' },
					'commons.oss-policy': { note: 'Draft only' }
				},
				plan: {}
			}
		});
	});

	it('leaves out questions outside the invitation, and the texts when asked to', () => {
		const entry = withAna().entries[0]!;
		const result = resultOf(
			entry,
			{ ...invitation, title: undefined },
			'1.0.0',
			ids.slice(1),
			false
		);
		expect(result).toEqual({
			frameworkVersion: '1.0.0',
			answers: { 'commons.oss-policy': 2, 'bedrock.long-tail': 3 },
			targets: {},
			participant: 'Ana',
			date: '2026-12-07'
		});
		expect(answeredCount(entry, ids)).toBe(3);
		expect(answeredCount(undefined, ids)).toBe(0);
	});
});
