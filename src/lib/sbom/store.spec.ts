import { describe, expect, it } from 'vitest';
import { backupPrefix, loadDocument } from '$lib/storage/document';
import { FakeStore } from '$lib/testing/storage';
import {
	addSummaries,
	emptySbomStore,
	hashOf,
	MAX_STORED_SBOMS,
	mergeSummaries,
	readSbomStore,
	removeSummary,
	SBOM_STORE_KEY,
	sbomStoreFormat,
	serializeSbomStore
} from './store';
import { EMPTY_SBOM_STORE } from './keys';
import { checkSbomStore } from './store-schema';
import { combinedSummary, fileSummary, files, readFixture, fixture } from './summaries.testing';

const NOW = new Date('2026-12-02T09:00:00.000Z');
const later = new Date('2026-12-05T09:00:00.000Z');

function stored() {
	const small = files.small();
	const spdx = files.spdx();
	return addSummaries(
		emptySbomStore(),
		[fileSummary(small), fileSummary(spdx)],
		combinedSummary([small, spdx])
	).store;
}

/** Loads stored text the way the app does, repair (the schemas) included. */
async function load(store: FakeStore) {
	const loaded = loadDocument(store, sbomStoreFormat, NOW);
	return loaded.repaired ? await loaded.repaired : loaded;
}

describe('keeping summaries', () => {
	it('adds each file once, keyed by its SHA-256, with the combined summary', () => {
		const store = stored();
		expect(store.files.map(hashOf)).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
		expect(store.combined?.scope).toBe('combined');
		expect(store.combined?.files.map((file) => file.sha256)).toEqual(store.files.map(hashOf));
	});

	it('replaces the summary of a file imported again, in its place', () => {
		const store = stored();
		const again = fileSummary(files.small(), later);
		const outcome = addSummaries(store, [again], null);
		expect(outcome).toMatchObject({ added: 0, replaced: 1, skipped: 0 });
		expect(outcome.store.files).toHaveLength(2);
		expect(outcome.store.files[0]!.analysedAt).toBe(later.toISOString());
		// The combined summary still covers the same two files, so it stays.
		expect(outcome.store.combined).toBe(store.combined);
	});

	it('keeps at most MAX_STORED_SBOMS and says how many were left out', () => {
		const many = Array.from({ length: MAX_STORED_SBOMS + 2 }, (_, i) =>
			fileSummary(readFixture(fixture('small-cyclonedx.json'), `f${i}.json`, (i % 16).toString(16)))
		).map((summary, i) => ({
			...summary,
			files: [{ ...summary.files[0]!, sha256: i.toString(16).padStart(64, '0') }]
		}));
		const outcome = addSummaries(emptySbomStore(), many, null);
		expect(outcome.store.files).toHaveLength(MAX_STORED_SBOMS);
		expect(outcome).toMatchObject({ added: MAX_STORED_SBOMS, skipped: 2 });
	});

	it('removes one file, and the combined summary that covered it', () => {
		const store = stored();
		const after = removeSummary(store, 'a'.repeat(64));
		expect(after.files.map(hashOf)).toEqual(['b'.repeat(64)]);
		expect(after.combined).toBeNull();
		expect(removeSummary(store, 'f'.repeat(64))).toEqual(store);
		expect(store.files).toHaveLength(2); // the input is not changed
	});

	it('merges a backup: new files added, newer analyses replace, nothing removed', () => {
		const store = stored();
		const big = fileSummary(files.big());
		const olderSmall = fileSummary(files.small(), new Date('2026-01-01T00:00:00.000Z'));
		const newerSpdx = fileSummary(files.spdx(), later);
		const outcome = mergeSummaries(store, [olderSmall, newerSpdx, big], null);
		expect(outcome).toMatchObject({ added: 1, replaced: 1 });
		expect(outcome.store.files.map(hashOf)).toEqual(['a', 'b', 'c'].map((d) => d.repeat(64)));
		expect(outcome.store.files[0]).toBe(store.files[0]);
		expect(outcome.store.files[1]!.analysedAt).toBe(later.toISOString());
		expect(outcome.store.combined).toBe(store.combined);
	});
});

describe('the key module', () => {
	it('knows what an emptied store looks like, so an emptied store counts as none', () => {
		expect(EMPTY_SBOM_STORE).toBe(serializeSbomStore(emptySbomStore()));
	});
});

describe('reading stored summaries', () => {
	it('nothing stored: an empty store, no schema needed', () => {
		expect(readSbomStore(null)).toEqual({ value: emptySbomStore(), problem: null });
	});

	it('round-trips what it writes, checked by the schemas', async () => {
		const store = stored();
		const reading = readSbomStore(serializeSbomStore(store));
		expect(reading.repair).toBeDefined();
		const checked = await reading.repair!();
		expect(checked).toEqual({ value: JSON.parse(JSON.stringify(store)), problem: null });
	});

	it('reports unreadable text, and leaves text of a newer version in place', () => {
		expect(readSbomStore('{"version":')).toMatchObject({ problem: { kind: 'not-json' } });
		expect(readSbomStore('{"version":1}')).toMatchObject({ problem: { kind: 'not-ours' } });
		expect(readSbomStore('{"version":2,"files":[]}')).toMatchObject({
			problem: { kind: 'future-version', version: 2 },
			keepStored: true
		});
	});

	it('keeps every valid entry when one is damaged, and counts what it left out', () => {
		const data = JSON.parse(serializeSbomStore(stored())) as {
			files: Record<string, unknown>[];
			combined: unknown;
		};
		(data.files[0]!.counts as Record<string, unknown>).components = 'many';
		const reading = checkSbomStore(data as unknown as Record<string, unknown>);
		expect(reading.value.files.map(hashOf)).toEqual(['b'.repeat(64)]);
		// The combined summary covered the lost file: it describes something else now.
		expect(reading.value.combined).toBeNull();
		expect(reading.problem).toEqual({ kind: 'repaired', dropped: 2 });
	});

	it('counts fields it does not know as damage, so the original is backed up', () => {
		const data = JSON.parse(serializeSbomStore(stored())) as Record<string, unknown>;
		data.extra = true;
		(data.files as Record<string, unknown>[])[1]!.note = 'from a newer app';
		const reading = checkSbomStore(data);
		expect(reading.value.files).toHaveLength(2);
		expect(reading.problem).toEqual({ kind: 'repaired', dropped: 2 });
	});

	it('a file summary in the place of the combined one is not taken for it', () => {
		const store = stored();
		const data = JSON.parse(serializeSbomStore({ ...store, combined: store.files[0]! })) as Record<
			string,
			unknown
		>;
		expect(checkSbomStore(data)).toMatchObject({
			value: { combined: null },
			problem: { kind: 'repaired', dropped: 1 }
		});
	});
});

describe('the stored document', () => {
	it('backs up damaged text, keeps the valid entries and writes them back', async () => {
		const data = JSON.parse(serializeSbomStore(stored())) as { files: unknown[] };
		data.files[1] = { format: 'commons-check-sbom-summary', version: 1 };
		const raw = JSON.stringify(data);
		const store = new FakeStore({ [SBOM_STORE_KEY]: raw });
		const loaded = await load(store);
		expect(loaded.status).toBe('saved');
		expect(loaded.problem).toEqual({ kind: 'repaired', dropped: 2 });
		expect(loaded.value.files.map(hashOf)).toEqual(['a'.repeat(64)]);
		expect(loaded.backupKey).toBe(backupPrefix(SBOM_STORE_KEY) + NOW.toISOString());
		expect(store.getItem(loaded.backupKey!)).toBe(raw);
		expect(JSON.parse(store.getItem(SBOM_STORE_KEY)!).files).toHaveLength(1);
	});

	it('when no copy can be made, leaves the damaged text alone and writes nothing', async () => {
		const raw = '{"version":1,"files":[{"broken":true}],"combined":null}';
		const store = new FakeStore({ [SBOM_STORE_KEY]: raw }).refuseBackups();
		const loaded = await load(store);
		expect(loaded.status).toBe('backup-failed');
		expect(loaded.raw).toBe(raw);
		expect(store.getItem(SBOM_STORE_KEY)).toBe(raw);
	});
});
