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
	replaceParticipant,
	setAdoption,
	setInvitation,
	setPick,
	MAX_SESSION_CHARS,
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
		expect(store.json(WORKSHOP_KEY)).toMatchObject({ version: 2 });
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
		expect(store.json(WORKSHOP_KEY)).toEqual({ version: 2, participants: [], picks: {} });
	});

	it('reads version 1 as version 2 without loss', () => {
		const v1 = JSON.parse(serializeSession(setPick(sessionWith(ANA, BO), 'commons.literacy', 1)));
		v1.version = 1;
		const parsed = parseSession(JSON.stringify(v1));
		expect(parsed.problem).toBeNull();
		expect(parsed.value).toEqual(setPick(sessionWith(ANA, BO), 'commons.literacy', 1));
	});

	it('keeps texts, the invitation and the adoption; drops each alone when damaged', () => {
		const withAll: Session = {
			...sessionWith({
				...ANA,
				details: { answers: { 'commons.literacy': { naReason: 'No staff', note: 'n' } }, plan: {} }
			}),
			invitation: {
				session: '00ff00ff',
				date: '2026-12-07',
				principles: ['commons'],
				roles: ['cto']
			},
			adoption: {
				snapshotId: 's1',
				assessmentId: 'a1',
				at: '2026-12-07T10:00:00.000Z',
				questionIds: ['commons.literacy']
			}
		};
		expect(withAll.participants[0]?.texts).toEqual({
			'commons.literacy': { naReason: 'No staff', note: 'n' }
		});
		expect(parseSession(serializeSession(withAll))).toEqual({ value: withAll, problem: null });
		const damaged = JSON.parse(serializeSession(withAll));
		damaged.invitation.session = 'nope';
		damaged.adoption.questionIds = 'all';
		const parsed = parseSession(JSON.stringify(damaged));
		expect(parsed.problem).toEqual({ kind: 'repaired', dropped: 2 });
		expect(parsed.value).toEqual({ participants: withAll.participants, picks: {} });
	});

	it('a newer version starts empty, is copied, and stays in place until the first change', () => {
		const raw = '{"version":3,"participants":[],"groups":[]}';
		const { store, loaded } = load(raw);
		expect(loaded).toMatchObject({
			value: emptySession(),
			problem: { kind: 'future-version', version: 3 }
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

	it('the same answers with new notes are an update, replaced in place only when asked', () => {
		const session = sessionWith(ANA, BO);
		const withNote = {
			...ANA,
			details: { answers: { 'commons.literacy': { note: 'Only in the UK office' } }, plan: {} }
		};
		const outcome = addParticipant(session, withNote);
		expect(outcome).toEqual({
			kind: 'update',
			existing: session.participants[0],
			result: withNote
		});
		const replaced = replaceParticipant(session, 'p1', withNote);
		expect(replaced.participants.map((p) => [p.id, p.number, p.name])).toEqual([
			['p1', 1, 'Ana'],
			['p2', 2, 'Bo']
		]);
		expect(replaced.participants[0]?.texts).toEqual({
			'commons.literacy': { note: 'Only in the UK office' }
		});
		// The same notes again are a plain duplicate; a removed participant cannot be replaced.
		expect(addParticipant(replaced, withNote).kind).toBe('duplicate');
		expect(replaceParticipant(session, 'p9', withNote)).toBe(session);
	});

	it('refuses a participant whose notes would make the session too large to store', () => {
		const long = 'x'.repeat(4_900);
		const answers: Record<string, { note: string }> = {};
		for (const id of ['a', 'b', 'c', 'd', 'e'].map((slug) => `commons.${slug}`))
			answers[id] = { note: long };
		let session = emptySession();
		let outcome = addParticipant(session, ANA);
		for (let i = 0; outcome.kind === 'added'; i++) {
			session = outcome.session;
			outcome = addParticipant(session, {
				...ANA,
				participant: `P${i}`,
				details: { answers, plan: {} }
			});
		}
		expect(outcome.kind).toBe(
			session.participants.length >= MAX_PARTICIPANTS ? 'full' : 'too-large'
		);
		expect(serializeSession(session).length).toBeLessThanOrEqual(MAX_SESSION_CHARS);
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

	it('clear leaves no participants, picks or adoption; the invitation gets a new session id', () => {
		const session: Session = {
			...setPick(sessionWith(ANA), 'commons.literacy', 2),
			invitation: { session: '00000001', date: '2026-12-07', roles: ['cto'] },
			adoption: { snapshotId: 's', assessmentId: 'a', at: NOW.toISOString(), questionIds: [] }
		};
		expect(clearParticipants(session, '00000002')).toEqual({
			participants: [],
			picks: {},
			invitation: { session: '00000002', date: '2026-12-07', roles: ['cto'] }
		});
		expect(clearParticipants(emptySession())).toEqual({ participants: [], picks: {} });
	});

	it('records and forgets the adoption, and sets the invitation', () => {
		const adoption = {
			snapshotId: 's',
			assessmentId: 'a',
			at: NOW.toISOString(),
			questionIds: ['x.y']
		};
		const adopted = setAdoption(emptySession(), adoption);
		expect(adopted.adoption).toEqual(adoption);
		expect(setAdoption(adopted, undefined)).toEqual(emptySession());
		expect(
			setInvitation(emptySession(), { session: '0000000a', date: '2026-12-07' }).invitation
		).toEqual({
			session: '0000000a',
			date: '2026-12-07'
		});
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
