import { describe, expect, it } from 'vitest';
import { FakeStore } from '$lib/testing/storage';
import { listFormat, LIST_KEY } from '$lib/testing/documents';
import {
	backupPrefix,
	loadDocument,
	MAX_BACKUPS,
	parseStored,
	saveDocument,
	writeBackup
} from './document';

const NOW = new Date('2026-05-01T10:00:00.000Z');
const BACKUPS = backupPrefix(LIST_KEY);

describe('parseStored', () => {
	it('returns the object, or says why there is none', () => {
		expect(parseStored('{"version":1}', 100)).toEqual({ data: { version: 1 } });
		expect(parseStored('{"version":', 100)).toEqual({ problem: { kind: 'not-json' } });
		for (const text of ['[1]', '"text"', '42', 'null']) {
			expect(parseStored(text, 100)).toEqual({ problem: { kind: 'not-ours' } });
		}
		expect(parseStored('{"x":"abc"}', 5)).toEqual({ problem: { kind: 'too-large', size: 11 } });
	});
});

describe('loadDocument', () => {
	it('nothing stored: the fresh value, no problem, nothing written', () => {
		const store = new FakeStore();
		const loaded = loadDocument(store, listFormat, NOW);
		expect(loaded).toMatchObject({ value: [], problem: null, status: 'saved', stored: null });
		expect(store.data.size).toBe(0);
	});

	it('round-trips a value', () => {
		const store = new FakeStore();
		expect(saveDocument(store, listFormat, ['a', 'b'], 'saved')).toEqual({
			status: 'saved',
			stored: '{"version":1,"items":["a","b"]}'
		});
		expect(loadDocument(store, listFormat, NOW)).toMatchObject({
			value: ['a', 'b'],
			problem: null,
			raw: null,
			backupKey: null
		});
	});

	it('backs up unreadable text, then writes the repaired value in its place', () => {
		const store = new FakeStore({ [LIST_KEY]: '{"version":1,"items":' });
		const loaded = loadDocument(store, listFormat, NOW);
		expect(loaded.problem).toEqual({ kind: 'not-json' });
		expect(loaded.raw).toBe('{"version":1,"items":');
		expect(loaded.backupKey).toBe(`${BACKUPS}2026-05-01T10:00:00.000Z`);
		expect(store.data.get(loaded.backupKey!)).toBe(loaded.raw);
		expect(store.json(LIST_KEY)).toEqual({ version: 1, items: [] });
		expect(loaded.status).toBe('saved');
	});

	it('keeps what it can of damaged data and backs the original up', () => {
		const raw = '{"version":1,"items":["a",7,"b"]}';
		const store = new FakeStore({ [LIST_KEY]: raw });
		const loaded = loadDocument(store, listFormat, NOW);
		expect(loaded).toMatchObject({ value: ['a', 'b'], problem: { kind: 'repaired', dropped: 1 } });
		expect(store.keysWith(BACKUPS).map((key) => store.data.get(key))).toEqual([raw]);
		expect(store.json(LIST_KEY)).toEqual({ version: 1, items: ['a', 'b'] });
	});

	it('leaves text the format keeps in place until the first change, with a backup made', () => {
		const raw = '{"version":9,"items":["a"]}';
		const store = new FakeStore({ [LIST_KEY]: raw });
		const loaded = loadDocument(store, listFormat, NOW);
		expect(loaded).toMatchObject({
			problem: { kind: 'future-version', version: 9 },
			status: 'saved'
		});
		expect(store.data.get(LIST_KEY)).toBe(raw);
		expect(store.data.get(loaded.backupKey!)).toBe(raw);
		expect(loaded.stored).toBe(raw);
	});

	it('upgrades older data at once, even without room for the courtesy copy', () => {
		const store = new FakeStore({ [LIST_KEY]: '{"items":["a"]}' }).refuseBackups();
		const loaded = loadDocument(store, listFormat, NOW);
		expect(loaded).toMatchObject({
			value: ['a'],
			problem: { kind: 'migrated', from: 0 },
			status: 'saved',
			backupKey: null,
			raw: '{"items":["a"]}'
		});
		expect(store.json(LIST_KEY)).toEqual({ version: 1, items: ['a'] });
	});

	it('no room for a backup: the original stays untouched and nothing may be written', () => {
		const store = new FakeStore({ [LIST_KEY]: 'not json at all' }).refuseBackups();
		const loaded = loadDocument(store, listFormat, NOW);
		expect(loaded).toMatchObject({
			problem: { kind: 'not-json' },
			status: 'backup-failed',
			backupKey: null,
			raw: 'not json at all'
		});
		// There would be room to replace it: only the rule keeps the original.
		expect(saveDocument(store, listFormat, ['new'], loaded.status)).toEqual({
			status: 'backup-failed'
		});
		expect(store.data.get(LIST_KEY)).toBe('not json at all');
		expect(store.keysWith(BACKUPS)).toEqual([]);
	});

	it('storage that cannot be read: the fresh value in memory, nothing written', () => {
		const store = new FakeStore({ [LIST_KEY]: '{"version":1,"items":["a"]}' });
		store.failReads = true;
		const loaded = loadDocument(store, listFormat, NOW);
		expect(loaded).toMatchObject({ value: [], status: 'read-failed', stored: null });
		expect(saveDocument(store, listFormat, ['b'], loaded.status).status).toBe('read-failed');
		expect(store.json(LIST_KEY)).toEqual({ version: 1, items: ['a'] });
	});

	it('no storage at all: unavailable', () => {
		expect(loadDocument(null, listFormat, NOW).status).toBe('unavailable');
		expect(saveDocument(null, listFormat, ['b'], 'unavailable').status).toBe('unavailable');
	});
});

describe('saveDocument', () => {
	it('reports a full store, and writes again once there is room', () => {
		const store = new FakeStore();
		store.failWrites = 'quota';
		expect(saveDocument(store, listFormat, ['a'], 'saved')).toEqual({ status: 'full' });
		expect(store.data.has(LIST_KEY)).toBe(false);
		store.failWrites = false;
		expect(saveDocument(store, listFormat, ['a'], 'full').status).toBe('saved');
		expect(store.json(LIST_KEY)).toEqual({ version: 1, items: ['a'] });
	});

	it('a write refused for another reason: unavailable from then on', () => {
		const store = new FakeStore();
		store.failWrites = 'security';
		expect(saveDocument(store, listFormat, ['a'], 'saved').status).toBe('unavailable');
	});
});

describe('writeBackup', () => {
	it(`keeps the newest ${MAX_BACKUPS} backups of a document and no others`, () => {
		const store = new FakeStore({
			// The fixed key versions before the shared scheme used for the workshop session, and
			// another document's backup: neither is this document's to remove.
			'list:backup': 'legacy',
			'other:backup:2026-01-01T00:00:00.000Z': 'other'
		});
		for (let day = 1; day <= MAX_BACKUPS + 2; day++) {
			const key = writeBackup(store, LIST_KEY, `text ${day}`, new Date(`2026-05-0${day}T10:00Z`));
			expect(key).toBe(`${BACKUPS}2026-05-0${day}T10:00:00.000Z`);
		}
		expect(store.keysWith(BACKUPS).map((key) => store.data.get(key))).toEqual([
			'text 3',
			'text 4',
			'text 5'
		]);
		expect(store.data.get('list:backup')).toBe('legacy');
		expect(store.data.get('other:backup:2026-01-01T00:00:00.000Z')).toBe('other');
	});

	it('returns null when the copy cannot be written', () => {
		const store = new FakeStore();
		store.failWrites = 'quota';
		expect(writeBackup(store, LIST_KEY, 'text', NOW)).toBeNull();
		expect(writeBackup(null, LIST_KEY, 'text', NOW)).toBeNull();
	});
});
