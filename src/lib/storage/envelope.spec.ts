import { describe, expect, it } from 'vitest';
import { FakeStore } from '$lib/testing/storage';
import { loadSettled } from '$lib/testing/documents';
import { loadDocument, saveDocument } from './document';
import {
	BACKUP_KEY_PREFIX,
	envelopeFormat,
	freshEnvelope,
	STORAGE_KEY,
	type Envelope
} from './envelope';
import { readEnvelope } from './envelope-schema';

const VERSION = '1.0.0';
const NOW = new Date('2026-05-01T10:00:00.000Z');
const format = envelopeFormat(VERSION, () => NOW);

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

function backups(store: FakeStore): string[] {
	return store.keysWith(BACKUP_KEY_PREFIX);
}

/** Stores the data as JSON and loads it the way the app does, repair included. */
async function load(data: unknown) {
	const store = new FakeStore({ [STORAGE_KEY]: JSON.stringify(data) });
	return { store, loaded: await loadSettled(store, format, NOW) };
}

describe('the envelope as a stored document', () => {
	it('round-trips an envelope through storage', async () => {
		const store = new FakeStore();
		expect(saveDocument(store, format, sample(), 'saved').status).toBe('saved');
		// Stored text is checked by the schemas, which load on demand: a fresh envelope stands in,
		// and nothing may be written until the real one is there.
		const pending = loadDocument(store, format, NOW);
		expect(pending.repaired).toBeInstanceOf(Promise);
		expect(pending.status).toBe('read-failed');
		const loaded = await loadSettled(store, format, NOW);
		expect(loaded.problem).toBeNull();
		expect(loaded.status).toBe('saved');
		expect(loaded.value).toEqual(sample());
	});

	it('starts fresh without a problem when nothing is stored, without loading the schemas', () => {
		const loaded = loadDocument(new FakeStore(), format, NOW);
		expect(loaded.repaired).toBeUndefined();
		expect(loaded.status).toBe('saved');
		expect(loaded.problem).toBeNull();
		expect(loaded.value.assessments).toHaveLength(1);
		expect(loaded.value.assessments[0]!.answers).toEqual({});
		expect(loaded.value.assessments[0]!.frameworkVersion).toBe(VERSION);
	});

	it('keeps corrupt JSON under a backup key and starts with a fresh assessment', async () => {
		const raw = '{"version":1,"assessment":{"answers":{"commons.x"';
		const store = new FakeStore({ [STORAGE_KEY]: raw });
		const loaded = await loadSettled(store, format, NOW);
		expect(loaded.problem).toEqual({ kind: 'not-json' });
		expect(loaded.raw).toBe(raw);
		expect(loaded.backupKey).toBe(`${BACKUP_KEY_PREFIX}2026-05-01T10:00:00.000Z`);
		expect(store.data.get(loaded.backupKey!)).toBe(raw);
		// The repaired (fresh) envelope now stands under the main key.
		expect(store.json(STORAGE_KEY)).toMatchObject({ version: 2 });
		expect(loaded.status).toBe('saved');
	});

	it('repairs schema-invalid data and keeps every valid part', async () => {
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
		const { store, loaded } = await load(envelope);
		expect(loaded.problem).toEqual({ kind: 'repaired', dropped: 5 });
		const assessment = loaded.value.assessments[0]!;
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

	it('keeps answers to question ids the framework does not know', async () => {
		const envelope = sample();
		envelope.assessments[0]!.answers['commons.retired-question'] = {
			choice: 3,
			note: 'from an older framework'
		};
		const { loaded } = await load(envelope);
		expect(loaded.problem).toBeNull();
		expect(loaded.value.assessments[0]!.answers['commons.retired-question']).toEqual({
			choice: 3,
			note: 'from an older framework'
		});
	});

	it('backs up data with fields it does not know before the first save drops them', async () => {
		const data = JSON.parse(JSON.stringify(sample())) as Record<string, unknown> & {
			assessments: Record<string, unknown>[];
		};
		data.sharedWith = ['team@example.org'];
		data.assessments[0]!.owner = 'Ana';
		(data.assessments[0]!.answers as Record<string, Record<string, unknown>>)[
			'commons.inventory'
		]!.confidence = 'high';
		const { store, loaded } = await load(data);
		expect(loaded.problem).toEqual({ kind: 'repaired', dropped: 3 });
		expect(loaded.value).toEqual(sample());
		expect(backups(store).map((key) => store.data.get(key))).toEqual([JSON.stringify(data)]);
		expect(store.json(STORAGE_KEY)).toEqual(sample());
	});

	it('reports a repair that left nothing out with a count of 0', async () => {
		const envelope = sample();
		const second = structuredClone(envelope.assessments[0]!);
		second.name = 'Same id';
		envelope.assessments.push(second);
		const data = JSON.parse(JSON.stringify(envelope)) as { assessments: Record<string, unknown>[] };
		delete data.assessments[0]!.targets;
		const { store, loaded } = await load(data);
		expect(loaded.problem).toEqual({ kind: 'repaired', dropped: 0 });
		const [first, renumbered] = loaded.value.assessments;
		expect(first!.id).toBe(ID);
		expect(first!.targets).toEqual({});
		expect(renumbered!.name).toBe('Same id');
		expect(renumbered!.id).not.toBe(ID);
		expect(backups(store)).toHaveLength(1);
	});

	it('never writes when reading storage failed, so nothing stored is overwritten', () => {
		const store = new FakeStore({ [STORAGE_KEY]: JSON.stringify(sample()) });
		store.failReads = true;
		const loaded = loadDocument(store, format, NOW);
		expect(loaded.status).toBe('read-failed');
		expect(saveDocument(store, format, freshEnvelope(VERSION), loaded.status).status).toBe(
			'read-failed'
		);
		expect(store.json(STORAGE_KEY)).toEqual(sample());
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

	it('keeps what it understands from a newer version and says so', async () => {
		const future = { ...sample(), version: 7, teams: [] };
		const result = await readEnvelope(JSON.stringify(future), VERSION).repair!();
		expect(result.problem).toEqual({ kind: 'future-version', version: 7 });
		expect(result.value.assessments[0]!.answers).toEqual(sample().assessments[0]!.answers);
		expect(result.keepStored).toBeUndefined();
	});

	it('repairs only through the salvage module, which loads when data needs it', async () => {
		const valid = readEnvelope(JSON.stringify(sample()), VERSION);
		expect(valid.repair).toBeUndefined();
		const broken = { ...sample(), activeId: 'nobody' };
		const stored = new FakeStore({ [STORAGE_KEY]: JSON.stringify(broken) });
		const standIn = loadDocument(stored, format, NOW);
		// Until the repair has run, nothing is written and nothing is reported.
		expect(standIn).toMatchObject({ status: 'read-failed', problem: null });
		expect(stored.keysWith(BACKUP_KEY_PREFIX)).toEqual([]);
		const repaired = await standIn.repaired!;
		expect(repaired.problem).toEqual({ kind: 'repaired', dropped: 0 });
		expect(repaired.value.activeId).toBe(ID);
		expect(stored.keysWith(BACKUP_KEY_PREFIX)).toHaveLength(1);
	});

	it('refuses text larger than the limit without parsing it', () => {
		const result = readEnvelope('x'.repeat(4_000_001), VERSION);
		expect(result.problem).toEqual({ kind: 'too-large', size: 4_000_001 });
	});
});
