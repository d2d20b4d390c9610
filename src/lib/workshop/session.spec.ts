import { describe, expect, it } from 'vitest';
import type { Choice } from '$lib/assessment/model';
import type { SharedResult } from '$lib/share/codec';
import { loadDocument, saveDocument } from '$lib/storage/document';
import { FakeStore } from '$lib/testing/storage';
import {
	addParticipant,
	clearParticipants,
	emptySession,
	LEGACY_BACKUP_KEY,
	MAX_PARTICIPANTS,
	parseSession,
	participantLabels,
	removeParticipant,
	serializeSession,
	sessionFormat,
	setPick,
	WORKSHOP_KEY,
	type Session
} from './session';

const NOW = new Date('2026-03-01T10:00:00.000Z');

function result(answers: Record<string, Choice>, participant?: string): SharedResult {
	return {
		frameworkVersion: '1.0.0',
		answers,
		targets: {},
		...(participant === undefined ? {} : { participant }),
		date: '2026-03-01'
	};
}

const ANA = result({ 'commons.leadership-ownership': 3, 'commons.literacy': 'na' }, 'Ana');
const BO = result({ 'commons.leadership-ownership': 1, 'commons.literacy': 'unknown' }, 'Bo');

/** Adds results in order and returns the session; fails the test on anything but 'added'. */
function sessionWith(...results: SharedResult[]): Session {
	let session = emptySession();
	for (const item of results) {
		const outcome = addParticipant(session, item);
		if (outcome.kind !== 'added') throw new Error(`expected added, got ${outcome.kind}`);
		session = outcome.session;
	}
	return session;
}

/** Stores the text and loads the session the way the app does. */
function load(raw: string, setup: (store: FakeStore) => void = () => {}) {
	const store = new FakeStore({ [WORKSHOP_KEY]: raw });
	setup(store);
	return { store, loaded: loadDocument(store, sessionFormat, NOW) };
}

describe('the session as a stored document', () => {
	it('nothing stored: an empty session, nothing written', () => {
		expect(parseSession(null)).toEqual({ value: emptySession(), problem: null });
		const store = new FakeStore();
		expect(loadDocument(store, sessionFormat, NOW)).toMatchObject({
			value: emptySession(),
			problem: null,
			status: 'saved',
			stored: null
		});
		expect(store.data.size).toBe(0);
	});

	it('saves and loads a session unchanged', () => {
		const store = new FakeStore();
		const session = setPick(sessionWith(ANA, BO), 'commons.literacy', 'keep');
		expect(saveDocument(store, sessionFormat, session, 'saved').status).toBe('saved');
		expect(store.json(WORKSHOP_KEY)).toMatchObject({ version: 1 });
		const loaded = loadDocument(store, sessionFormat, NOW);
		expect(loaded.problem).toBeNull();
		expect(loaded.value).toEqual(session);
		expect(loaded.value.participants.map((p) => p.name)).toEqual(['Ana', 'Bo']);
	});

	it.each([
		['not JSON', '{"version":1,', 'not-json'],
		['JSON but not an object', '[1, 2]', 'not-ours'],
		['no version', '{"participants":[]}', 'not-ours'],
		['participants not a list', '{"version":1,"participants":{}}', 'not-ours'],
		['version 0', '{"version":0,"participants":[]}', 'not-ours'],
		['far too large', `{"version":1,"participants":[],"x":"${'a'.repeat(1_000_001)}"}`, 'too-large']
	])('unreadable (%s): starts empty, reports it, keeps a copy, never throws', (_, raw, kind) => {
		const { store, loaded } = load(raw);
		expect(loaded.value).toEqual(emptySession());
		expect(loaded.problem).toMatchObject({ kind });
		expect(store.data.get(loaded.backupKey!)).toBe(raw);
		expect(loaded.backupKey!.startsWith(`${WORKSHOP_KEY}:backup:`)).toBe(true);
		// Written back as an empty session, so the next load is clean.
		expect(store.json(WORKSHOP_KEY)).toEqual({ version: 1, participants: [], picks: {} });
	});

	it('a newer version starts empty, is copied, and stays in place until the first change', () => {
		const raw = '{"version":2,"participants":[],"groups":[]}';
		const { store, loaded } = load(raw);
		expect(loaded).toMatchObject({
			value: emptySession(),
			problem: { kind: 'future-version', version: 2 }
		});
		expect(store.data.get(loaded.backupKey!)).toBe(raw);
		expect(store.data.get(WORKSHOP_KEY)).toBe(raw);
	});

	it('drops damaged participants one by one and keeps the rest', () => {
		const good = sessionWith(ANA, BO);
		const stored = JSON.parse(serializeSession(good));
		stored.participants.splice(
			1,
			0,
			{ id: 'p9', number: 9, answers: { 'commons.literacy': 7 } },
			{ id: 'x', number: 1, answers: {} },
			'nonsense',
			{ ...stored.participants[0] } // the same id twice
		);
		stored.picks = { 'commons.literacy': 'maybe' };
		const parsed = parseSession(JSON.stringify(stored));
		expect(parsed.value.participants).toEqual(good.participants);
		expect(parsed.value.picks).toEqual({});
		expect(parsed.problem).toEqual({ kind: 'repaired', dropped: 5 });
	});

	it('counts fields it does not know as left out, since the next save drops them', () => {
		const stored = JSON.parse(serializeSession(sessionWith(ANA, BO)));
		stored.rooms = ['A'];
		stored.participants[1].colour = 'teal';
		const raw = JSON.stringify(stored);
		const { store, loaded } = load(raw);
		expect(loaded.problem).toEqual({ kind: 'repaired', dropped: 2 });
		expect(loaded.value).toEqual(sessionWith(ANA, BO));
		expect(loaded).toMatchObject({ status: 'saved', raw });
		expect(store.data.get(loaded.backupKey!)).toBe(raw);
	});

	it('leaves the backup key of earlier versions alone', () => {
		const { store } = load('{"version":1,', (store) =>
			store.data.set(LEGACY_BACKUP_KEY, 'an older copy')
		);
		expect(store.data.get(LEGACY_BACKUP_KEY)).toBe('an older copy');
		expect(store.keysWith(`${WORKSHOP_KEY}:backup:`)).toHaveLength(1);
	});

	it('no room for a copy: nothing may be saved over the stored text', () => {
		const { loaded } = load('{"version":1,', (store) => (store.failWrites = 'quota'));
		expect(loaded).toMatchObject({
			problem: { kind: 'not-json' },
			status: 'backup-failed',
			backupKey: null,
			raw: '{"version":1,'
		});
	});
});

describe('addParticipant', () => {
	it('numbers participants, keeps name, team and date, and copies the answers', () => {
		const input = { ...result({ 'commons.literacy': 2 }), name: ' Example AB ' };
		const session = sessionWith(ANA, input);
		expect(session.participants).toEqual([
			{
				id: 'p1',
				number: 1,
				name: 'Ana',
				date: '2026-03-01',
				answers: ANA.answers
			},
			{ id: 'p2', number: 2, team: 'Example AB', date: '2026-03-01', answers: input.answers }
		]);
		expect(session.participants[0]!.answers).not.toBe(ANA.answers);
	});

	it('does not change the session it is given', () => {
		const session = sessionWith(ANA);
		const copy = structuredClone(session);
		addParticipant(session, BO);
		expect(session).toEqual(copy);
	});

	it('the same link twice is a duplicate, names compared without case and spacing', () => {
		const session = sessionWith(ANA);
		expect(addParticipant(session, ANA)).toEqual({
			kind: 'duplicate',
			existing: session.participants[0]
		});
		expect(addParticipant(session, { ...ANA, participant: '  ana ' }).kind).toBe('duplicate');
	});

	it('two unnamed results with the same answers are a duplicate too', () => {
		const session = sessionWith(result({ 'commons.literacy': 2 }));
		expect(addParticipant(session, result({ 'commons.literacy': 2 })).kind).toBe('duplicate');
		expect(addParticipant(session, result({ 'commons.literacy': 3 })).kind).toBe('added');
	});

	it('the same answers under another name are another participant', () => {
		const outcome = addParticipant(sessionWith(ANA), { ...ANA, participant: 'Cy' });
		expect(outcome.kind).toBe('added');
	});

	it('the same name with other answers is added, and the earlier one is pointed out', () => {
		const session = sessionWith(ANA);
		const outcome = addParticipant(session, { ...BO, participant: 'ANA' });
		expect(outcome).toMatchObject({
			kind: 'added',
			sameName: session.participants[0],
			participant: { id: 'p2', name: 'ANA' }
		});
	});

	it('never reuses a number after a removal', () => {
		let session = sessionWith(ANA, BO);
		session = removeParticipant(session, 'p1');
		const outcome = addParticipant(session, result({ 'commons.literacy': 4 }, 'Cy'));
		expect(outcome.kind === 'added' && outcome.participant).toMatchObject({ id: 'p3', number: 3 });
	});

	it(`refuses more than ${MAX_PARTICIPANTS} participants`, () => {
		let session = emptySession();
		for (let i = 0; i < MAX_PARTICIPANTS; i++) {
			const outcome = addParticipant(session, result({ 'commons.literacy': 1 }, `P${i}`));
			if (outcome.kind === 'added') session = outcome.session;
		}
		expect(session.participants).toHaveLength(MAX_PARTICIPANTS);
		expect(addParticipant(session, result({}, 'One more')).kind).toBe('full');
	});
});

describe('remove, clear and picks', () => {
	it('removes one participant by id and leaves the others', () => {
		const session = sessionWith(ANA, BO);
		expect(removeParticipant(session, 'p1').participants.map((p) => p.name)).toEqual(['Bo']);
		expect(removeParticipant(session, 'p7')).toEqual(session);
		expect(session.participants).toHaveLength(2);
	});

	it('clear leaves no participants and no picks', () => {
		expect(clearParticipants()).toEqual({ participants: [], picks: {} });
	});

	it('sets and removes picks without changing the input', () => {
		const session = sessionWith(ANA);
		const picked = setPick(session, 'commons.literacy', 2);
		expect(picked.picks).toEqual({ 'commons.literacy': 2 });
		expect(session.picks).toEqual({});
		expect(setPick(picked, 'commons.literacy', undefined).picks).toEqual({});
	});
});

describe('participantLabels', () => {
	it('names, "Participant N" without one, and the number for repeated names', () => {
		const session = sessionWith(
			ANA,
			result({ 'commons.literacy': 1 }),
			{ ...BO, participant: 'ana' },
			BO
		);
		const labels = participantLabels(session.participants, {
			unnamed: (n) => `Participant ${n}`,
			repeated: (name, n) => `${name} (${n})`
		});
		expect([...labels.values()]).toEqual(['Ana (1)', 'Participant 2', 'ana (3)', 'Bo']);
	});
});
