import { describe, expect, it } from 'vitest';
import {
	BACKUP_KEY_PREFIX,
	freshEnvelope,
	readEnvelope,
	STORAGE_KEY,
	type Envelope
} from './envelope';
import { MAX_BACKUPS, Persistence } from './persistence';
import { MemoryStore } from './storage';

const VERSION = '1.0.0';
const clock =
	(iso = '2026-05-01T10:00:00.000Z') =>
	() =>
		new Date(iso);

const ID = 'a5e1d7c2-3f4b-4a51-9a0e-2b7d6c1f8e90';

function sample(): Envelope {
	const envelope = freshEnvelope(VERSION, new Date('2026-04-01T09:00:00.000Z'));
	const assessment = envelope.assessments[0]!;
	assessment.id = ID;
	envelope.activeId = ID;
	assessment.name = 'Example GmbH';
	assessment.answers = {
		'commons.inventory': {
			choice: 2,
			note: 'SBOMs for two products',
			evidence: 'https://wiki.example/sbom'
		},
		'partners.upstream-first': { choice: 'na', naReason: 'We ship no modified code' },
		'bedrock.long-tail': { choice: 'unknown' }
	};
	assessment.targets = { commons: 4, bedrock: 2 };
	envelope.settings = { locale: 'en' };
	return envelope;
}

function backups(store: MemoryStore): string[] {
	return [...store.data.keys()].filter((key) => key.startsWith(BACKUP_KEY_PREFIX));
}

describe('Persistence', () => {
	it('round-trips an envelope through storage', () => {
		const store = new MemoryStore();
		const writer = new Persistence(store, VERSION, clock());
		expect(writer.save(sample())).toBe('saved');
		const loaded = new Persistence(store, VERSION, clock()).load();
		expect(loaded.problem).toBeNull();
		expect(loaded.envelope).toEqual(sample());
	});

	it('starts fresh without a problem when nothing is stored', () => {
		const loaded = new Persistence(new MemoryStore(), VERSION, clock()).load();
		expect(loaded.problem).toBeNull();
		expect(loaded.envelope.assessments).toHaveLength(1);
		expect(loaded.envelope.assessments[0]!.answers).toEqual({});
		expect(loaded.envelope.assessments[0]!.frameworkVersion).toBe(VERSION);
	});

	it('keeps corrupt JSON under a backup key and starts with a fresh assessment', () => {
		const store = new MemoryStore();
		store.data.set(STORAGE_KEY, '{"version":1,"assessment":{"answers":{"commons.x"');
		const persistence = new Persistence(store, VERSION, clock());
		const loaded = persistence.load();
		expect(loaded.problem).toEqual({ kind: 'not-json' });
		expect(loaded.raw).toBe('{"version":1,"assessment":{"answers":{"commons.x"');
		expect(loaded.backupKey).toBe(`${BACKUP_KEY_PREFIX}2026-05-01T10:00:00.000Z`);
		expect(store.data.get(loaded.backupKey!)).toBe(loaded.raw);
		// The repaired (fresh) envelope now stands under the main key.
		expect(JSON.parse(store.data.get(STORAGE_KEY)!).version).toBe(2);
		expect(persistence.status).toBe('saved');
	});

	it('repairs schema-invalid data and keeps every valid part', () => {
		const envelope = sample();
		const broken = envelope.assessments[0] as unknown as {
			answers: Record<string, unknown>;
			targets: Record<string, unknown>;
			name: unknown;
		};
		broken.answers['commons.bad-level'] = { choice: 7, note: 'kept note' };
		broken.answers['not a question id'] = { choice: 1 };
		broken.answers['communities.evil-link'] = { choice: 1, evidence: 'javascript:alert(1)' };
		broken.targets.partners = 9;
		broken.name = 42;
		const store = new MemoryStore();
		store.data.set(STORAGE_KEY, JSON.stringify(envelope));
		const loaded = new Persistence(store, VERSION, clock()).load();
		expect(loaded.problem).toEqual({ kind: 'repaired', dropped: 5 });
		const assessment = loaded.envelope.assessments[0]!;
		expect(assessment.answers['commons.inventory']).toEqual(
			sample().assessments[0]!.answers['commons.inventory']
		);
		expect(assessment.answers['commons.bad-level']).toEqual({ note: 'kept note' });
		expect(assessment.answers['communities.evil-link']).toEqual({ choice: 1 });
		expect(assessment.answers['not a question id']).toBeUndefined();
		expect(assessment.targets).toEqual({ commons: 4, bedrock: 2 });
		expect(assessment.name).toBe('');
		expect(assessment.id).toBe(ID);
		expect(backups(store)).toHaveLength(1);
	});

	it('keeps answers to question ids the framework does not know', () => {
		const envelope = sample();
		envelope.assessments[0]!.answers['commons.retired-question'] = {
			choice: 3,
			note: 'from an older framework'
		};
		const store = new MemoryStore();
		store.data.set(STORAGE_KEY, JSON.stringify(envelope));
		const loaded = new Persistence(store, VERSION, clock()).load();
		expect(loaded.problem).toBeNull();
		expect(loaded.envelope.assessments[0]!.answers['commons.retired-question']).toEqual({
			choice: 3,
			note: 'from an older framework'
		});
	});

	it('backs up data with fields it does not know before the first save drops them', () => {
		const data = JSON.parse(JSON.stringify(sample())) as Record<string, unknown> & {
			assessments: Record<string, unknown>[];
		};
		data.sharedWith = ['team@example.org'];
		data.assessments[0]!.owner = 'Ana';
		(data.assessments[0]!.answers as Record<string, Record<string, unknown>>)[
			'commons.inventory'
		]!.confidence = 'high';
		const original = JSON.stringify(data);
		const store = new MemoryStore();
		store.data.set(STORAGE_KEY, original);
		const loaded = new Persistence(store, VERSION, clock()).load();
		expect(loaded.problem).toEqual({ kind: 'repaired', dropped: 3 });
		expect(loaded.envelope).toEqual(sample());
		expect(backups(store).map((key) => store.data.get(key))).toEqual([original]);
		expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toEqual(sample());
	});

	it('reports a repair that left nothing out with a count of 0', () => {
		const envelope = sample();
		const second = structuredClone(envelope.assessments[0]!);
		second.name = 'Same id';
		envelope.assessments.push(second);
		const data = JSON.parse(JSON.stringify(envelope)) as { assessments: Record<string, unknown>[] };
		delete data.assessments[0]!.targets;
		const store = new MemoryStore();
		store.data.set(STORAGE_KEY, JSON.stringify(data));
		const loaded = new Persistence(store, VERSION, clock()).load();
		expect(loaded.problem).toEqual({ kind: 'repaired', dropped: 0 });
		const [first, renumbered] = loaded.envelope.assessments;
		expect(first!.id).toBe(ID);
		expect(first!.targets).toEqual({});
		expect(renumbered!.name).toBe('Same id');
		expect(renumbered!.id).not.toBe(ID);
		expect(backups(store)).toHaveLength(1);
	});

	it('reports a full store on save, keeps working, and recovers when space frees up', () => {
		const store = new MemoryStore();
		const persistence = new Persistence(store, VERSION, clock());
		persistence.load();
		store.failWrites = 'quota';
		expect(persistence.save(sample())).toBe('full');
		expect(store.data.get(STORAGE_KEY)).toBeUndefined();
		store.failWrites = false;
		expect(persistence.save(sample())).toBe('saved');
		expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toEqual(sample());
	});

	it('works in memory when storage is unavailable', () => {
		const persistence = new Persistence(null, VERSION, clock());
		const loaded = persistence.load();
		expect(persistence.status).toBe('unavailable');
		expect(loaded.problem).toBeNull();
		expect(persistence.save(sample())).toBe('unavailable');
	});

	it('never writes when reading storage failed, so nothing stored is overwritten', () => {
		const store = new MemoryStore();
		store.data.set(STORAGE_KEY, JSON.stringify(sample()));
		store.failReads = true;
		const persistence = new Persistence(store, VERSION, clock());
		persistence.load();
		expect(persistence.status).toBe('read-failed');
		expect(persistence.save(freshEnvelope(VERSION))).toBe('read-failed');
		expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toEqual(sample());
	});

	it('leaves broken data untouched when it cannot be backed up', () => {
		const store = new MemoryStore();
		store.data.set(STORAGE_KEY, 'not json at all');
		store.failWrites = 'quota';
		const persistence = new Persistence(store, VERSION, clock());
		const loaded = persistence.load();
		expect(loaded.problem).toEqual({ kind: 'not-json' });
		expect(loaded.backupKey).toBeNull();
		expect(loaded.raw).toBe('not json at all');
		expect(persistence.status).toBe('backup-failed');
		store.failWrites = false;
		expect(persistence.save(freshEnvelope(VERSION))).toBe('backup-failed');
		expect(store.data.get(STORAGE_KEY)).toBe('not json at all');
	});

	it(`keeps at most ${MAX_BACKUPS} backups, dropping the oldest`, () => {
		const store = new MemoryStore();
		for (let day = 1; day <= MAX_BACKUPS + 2; day++) {
			store.data.set(STORAGE_KEY, `garbage ${day}`);
			new Persistence(store, VERSION, clock(`2026-05-0${day}T10:00:00.000Z`)).load();
		}
		expect(backups(store).map((key) => store.data.get(key))).toEqual([
			'garbage 3',
			'garbage 4',
			'garbage 5'
		]);
	});

	it('accepts a valid envelope from another tab and ignores anything else', () => {
		const persistence = new Persistence(new MemoryStore(), VERSION, clock());
		expect(persistence.parseExternal(JSON.stringify(sample()))).toEqual(sample());
		expect(persistence.parseExternal('{"version":1')).toBeNull();
		expect(persistence.parseExternal(null)).toBeNull();
	});
});

describe('readEnvelope', () => {
	it('recognizes data that is not ours', () => {
		expect(readEnvelope('{"theme":"dark","todos":[]}', VERSION).problem).toEqual({
			kind: 'not-ours'
		});
		expect(readEnvelope('[1,2,3]', VERSION).problem).toEqual({ kind: 'not-ours' });
		expect(readEnvelope('"a string"', VERSION).problem).toEqual({ kind: 'not-ours' });
	});

	it('keeps what it understands from a newer version and says so', () => {
		const future = { ...sample(), version: 7, teams: [] };
		const result = readEnvelope(JSON.stringify(future), VERSION);
		expect(result.problem).toEqual({ kind: 'future-version', version: 7 });
		expect(result.envelope.assessments[0]!.answers).toEqual(sample().assessments[0]!.answers);
	});

	it('refuses text larger than the limit without parsing it', () => {
		const result = readEnvelope('x'.repeat(4_000_001), VERSION);
		expect(result.problem).toEqual({ kind: 'too-large', size: 4_000_001 });
	});
});
