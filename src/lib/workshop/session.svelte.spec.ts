import { describe, expect, it } from 'vitest';
import type { Choice } from '$lib/assessment/model';
import type { SharedResult } from '$lib/share/codec';
import { FakeStore } from '$lib/testing/storage';
import { WORKSHOP_KEY, serializeSession } from './session';
import { WorkshopState } from './session.svelte';

function result(participant: string, answers: Record<string, Choice>): SharedResult {
	return { frameworkVersion: '1.0.0', answers, targets: {}, participant };
}

const stored = (store: FakeStore) => JSON.parse(store.data.get(WORKSHOP_KEY) ?? 'null');

describe('WorkshopState', () => {
	it('opening writes an empty session, so shared links offer to join it', () => {
		const store = new FakeStore();
		const workshop = new WorkshopState(store);
		expect(workshop.exists).toBe(false);
		workshop.open();
		expect(workshop.exists).toBe(true);
		expect(stored(store)).toEqual({ version: 2, participants: [], picks: {} });
	});

	it('saves every change at once', () => {
		const store = new FakeStore();
		const workshop = new WorkshopState(store);
		expect(workshop.add(result('Ana', { 'commons.literacy': 2 })).kind).toBe('added');
		workshop.setPick('commons.literacy', 3);
		expect(stored(store).participants.map((p: { name: string }) => p.name)).toEqual(['Ana']);
		expect(stored(store).picks).toEqual({ 'commons.literacy': 3 });
		workshop.remove('p1');
		expect(stored(store).participants).toEqual([]);
		workshop.add(result('Bo', { 'commons.literacy': 1 }));
		workshop.clear();
		expect(stored(store)).toEqual({ version: 2, participants: [], picks: {} });
		expect(workshop.exists).toBe(true);
	});

	it('makes the invitation once, changes its scope, and gives the next group a new session', () => {
		const store = new FakeStore();
		let id = 0;
		const workshop = new WorkshopState(store, () => `0000000${++id}`);
		expect(workshop.ensureInvitation('2026-12-07')).toEqual({
			session: '00000001',
			date: '2026-12-07'
		});
		expect(workshop.ensureInvitation('2026-12-08').session).toBe('00000001');
		workshop.setInvitationScope({ principles: ['commons'], roles: ['cto'] }, '2026-12-08');
		expect(stored(store).invitation).toEqual({
			session: '00000001',
			date: '2026-12-07',
			principles: ['commons'],
			roles: ['cto']
		});
		workshop.clear();
		expect(stored(store).invitation).toEqual({
			session: '00000002',
			date: '2026-12-07',
			principles: ['commons'],
			roles: ['cto']
		});
	});

	it('replaces a participant only when asked', () => {
		const store = new FakeStore();
		const workshop = new WorkshopState(store);
		workshop.add(result('Ana', { 'commons.literacy': 2 }));
		const update = {
			...result('Ana', { 'commons.literacy': 2 }),
			details: { answers: { 'commons.literacy': { note: 'new' } }, plan: {} }
		};
		expect(workshop.add(update).kind).toBe('update');
		expect(stored(store).participants[0].texts).toBeUndefined();
		expect(workshop.replace('p1', update)).toBe(true);
		expect(stored(store).participants[0].texts).toEqual({ 'commons.literacy': { note: 'new' } });
		expect(workshop.replace('p7', update)).toBe(false);
	});

	it('reports a duplicate without saving anything', () => {
		const store = new FakeStore();
		const workshop = new WorkshopState(store);
		workshop.add(result('Ana', { 'commons.literacy': 2 }));
		const before = store.data.get(WORKSHOP_KEY);
		expect(workshop.add(result('Ana', { 'commons.literacy': 2 })).kind).toBe('duplicate');
		expect(store.data.get(WORKSHOP_KEY)).toBe(before);
	});

	it('keeps working in memory when storage is full or absent, and says so', () => {
		const store = new FakeStore();
		store.failWrites = 'quota';
		const full = new WorkshopState(store);
		full.add(result('Ana', { 'commons.literacy': 2 }));
		expect(full.status).toBe('full');
		expect(full.participants).toHaveLength(1);

		const none = new WorkshopState(null);
		none.add(result('Ana', { 'commons.literacy': 2 }));
		expect(none.status).toBe('unavailable');
		expect(none.participants).toHaveLength(1);
	});

	it('a corrupt session starts empty with a problem that can be dismissed', () => {
		const store = new FakeStore();
		store.data.set(WORKSHOP_KEY, 'not json');
		const workshop = new WorkshopState(store);
		expect(workshop.problem).toEqual({ kind: 'not-json' });
		expect(workshop.backupKey).not.toBeNull();
		expect(workshop.participants).toEqual([]);
		workshop.dismissProblem();
		expect(workshop.problem).toBeNull();
	});

	it('never saves over a session it could neither read nor copy, and offers it for download', () => {
		const store = new FakeStore();
		store.data.set(WORKSHOP_KEY, 'not json');
		store.failWrites = 'quota';
		const workshop = new WorkshopState(store);
		expect(workshop.problem).toEqual({ kind: 'not-json' });
		expect(workshop.backupKey).toBeNull();
		expect(workshop.status).toBe('backup-failed');
		expect(workshop.rawBackup).toBe('not json');
		// Even once there is room again, this page leaves the original alone; it works in memory.
		store.failWrites = false;
		workshop.add(result('Ana', { 'commons.literacy': 2 }));
		expect(workshop.participants).toHaveLength(1);
		expect(store.data.get(WORKSHOP_KEY)).toBe('not json');
	});

	it('copies a repaired session before the next save drops its damaged participant', () => {
		const store = new FakeStore();
		const raw = JSON.stringify({
			version: 1,
			participants: [
				{ id: 'p1', number: 1, name: 'Ana', answers: { 'commons.literacy': 2 } },
				{ id: 'p2', number: 2, name: 'Bo', answers: { 'commons.literacy': 9 } }
			],
			picks: {}
		});
		store.data.set(WORKSHOP_KEY, raw);
		const workshop = new WorkshopState(store);
		expect(workshop.problem).toEqual({ kind: 'repaired', dropped: 1 });
		expect(workshop.rawBackup).toBe(raw);
		expect(store.data.get(workshop.backupKey!)).toBe(raw);
		workshop.add(result('Cy', { 'commons.literacy': 1 }));
		expect(stored(store).participants.map((p: { name: string }) => p.name)).toEqual(['Ana', 'Cy']);
		expect(store.data.get(workshop.backupKey!)).toBe(raw);
	});

	it('takes over what another tab saved, and ignores what it cannot read', () => {
		const store = new FakeStore();
		const workshop = new WorkshopState(store);
		const other = new WorkshopState(new FakeStore());
		other.add(result('Ana', { 'commons.literacy': 2 }));
		const raw = serializeSession({ participants: [...other.participants], picks: {} });
		workshop.receiveExternal(WORKSHOP_KEY, raw);
		expect(workshop.participants.map((p) => p.name)).toEqual(['Ana']);
		expect(workshop.exists).toBe(true);
		workshop.receiveExternal(WORKSHOP_KEY, '{broken');
		workshop.receiveExternal('commons-check', null);
		expect(workshop.participants).toHaveLength(1);
		// Another tab cleared all of storage.
		workshop.receiveExternal(null, null);
		expect(workshop.participants).toEqual([]);
		expect(workshop.exists).toBe(false);
	});
});
