import { describe, expect, it } from 'vitest';
import type { Choice } from '$lib/assessment/model';
import type { SharedResult } from '$lib/share/codec';
import { MemoryStore } from '$lib/storage/storage';
import {
	addParticipant,
	BACKUP_KEY,
	clearParticipants,
	emptySession,
	loadSession,
	MAX_PARTICIPANTS,
	parseSession,
	participantLabels,
	removeParticipant,
	saveSession,
	serializeSession,
	setPick,
	WORKSHOP_KEY,
	type Session
} from './session';

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

describe('parseSession and loadSession', () => {
	it('nothing stored: an empty session that does not exist yet', () => {
		expect(parseSession(null)).toEqual({ session: emptySession(), exists: false, problem: null });
		const loaded = loadSession(new MemoryStore());
		expect(loaded).toMatchObject({ exists: false, problem: null, storage: 'saved' });
	});

	it('saves and loads a session unchanged', () => {
		const store = new MemoryStore();
		const session = setPick(sessionWith(ANA, BO), 'commons.literacy', 'keep');
		expect(saveSession(store, session)).toBe('ok');
		const stored = JSON.parse(store.data.get(WORKSHOP_KEY)!);
		expect(stored.version).toBe(1);
		const loaded = loadSession(store);
		expect(loaded.problem).toBeNull();
		expect(loaded.exists).toBe(true);
		expect(loaded.session).toEqual(session);
		expect(loaded.session.participants.map((p) => p.name)).toEqual(['Ana', 'Bo']);
	});

	it('an empty stored session exists (the facilitator opened it)', () => {
		const store = new MemoryStore();
		saveSession(store, emptySession());
		expect(loadSession(store)).toMatchObject({ exists: true, problem: null });
	});

	it.each([
		['not JSON', '{"version":1,'],
		['JSON but not an object', '[1, 2]'],
		['no version', '{"participants":[]}'],
		['participants not a list', '{"version":1,"participants":{}}'],
		['version 0', '{"version":0,"participants":[]}'],
		['far too large', `{"version":1,"participants":[],"x":"${'a'.repeat(1_000_001)}"}`]
	])('corrupt (%s): starts empty, reports it, keeps a copy, never throws', (_, raw) => {
		const store = new MemoryStore();
		store.data.set(WORKSHOP_KEY, raw);
		const loaded = loadSession(store);
		expect(loaded.session).toEqual(emptySession());
		expect(loaded.problem).toEqual({ kind: 'corrupt' });
		expect(loaded.backupKey).toBe(BACKUP_KEY);
		expect(store.data.get(BACKUP_KEY)).toBe(raw);
	});

	it('a newer version starts empty and is reported as such', () => {
		const store = new MemoryStore();
		store.data.set(WORKSHOP_KEY, '{"version":2,"participants":[],"groups":[]}');
		expect(loadSession(store)).toMatchObject({
			session: emptySession(),
			problem: { kind: 'newer-version' },
			backupKey: BACKUP_KEY
		});
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
		expect(parsed.session.participants).toEqual(good.participants);
		expect(parsed.session.picks).toEqual({});
		expect(parsed.problem).toEqual({ kind: 'repaired', dropped: 5 });
	});

	it('counts fields it does not know as left out, since the next save drops them', () => {
		const stored = JSON.parse(serializeSession(sessionWith(ANA, BO)));
		stored.rooms = ['A'];
		stored.participants[1].colour = 'teal';
		const store = new MemoryStore();
		const raw = JSON.stringify(stored);
		store.data.set(WORKSHOP_KEY, raw);
		const loaded = loadSession(store);
		expect(loaded.problem).toEqual({ kind: 'repaired', dropped: 2 });
		expect(loaded.session).toEqual(sessionWith(ANA, BO));
		expect(loaded).toMatchObject({ storage: 'saved', backupKey: BACKUP_KEY, raw });
		expect(store.data.get(BACKUP_KEY)).toBe(raw);
	});

	it('no room for a copy: nothing may be saved over the stored text', () => {
		const store = new MemoryStore();
		store.data.set(WORKSHOP_KEY, '{"version":1,');
		store.failWrites = 'quota';
		expect(loadSession(store)).toMatchObject({
			problem: { kind: 'corrupt' },
			storage: 'backup-failed',
			backupKey: null,
			raw: '{"version":1,'
		});
	});

	it('storage that cannot be read: an empty session in memory, nothing written', () => {
		const store = new MemoryStore();
		store.data.set(WORKSHOP_KEY, serializeSession(sessionWith(ANA)));
		store.failReads = true;
		expect(loadSession(store)).toMatchObject({ storage: 'memory', exists: false });
		expect(loadSession(null)).toMatchObject({ storage: 'memory', exists: false });
	});

	it('a full store is reported, not thrown', () => {
		const store = new MemoryStore();
		store.failWrites = 'quota';
		expect(saveSession(store, sessionWith(ANA))).toBe('full');
		store.failWrites = 'security';
		expect(saveSession(store, sessionWith(ANA))).toBe('failed');
		expect(saveSession(null, sessionWith(ANA))).toBe('failed');
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
