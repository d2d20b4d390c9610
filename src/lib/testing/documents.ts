/**
 * A small document format for testing the stored-document machinery on its own: a list of
 * strings, `{ version: 1, items }`. Version 0 had no version field; items that are not strings
 * are damage; a higher version is kept in place until the first change. `"repair": "ok"` makes
 * the text need repair code loaded on demand; `"repair": "fails"`, code that cannot load.
 */
import {
	isFutureVersion,
	loadDocument,
	parseStored,
	type DocumentFormat,
	type Loaded,
	type Reading
} from '$lib/storage/document';
import type { KeyValueStore } from '$lib/storage/storage';

export const LIST_KEY = 'list';

function readList(raw: string | null): Reading<string[]> {
	if (raw === null) return { value: [], problem: null };
	const stored = parseStored(raw, 1000);
	if ('problem' in stored) return { value: [], problem: stored.problem };
	const { version, items, repair } = stored.data;
	if (repair === 'ok' || repair === 'fails') {
		const { repair: _, ...rest } = stored.data;
		return {
			value: [],
			problem: { kind: 'repaired', dropped: 0 },
			repair: () =>
				repair === 'ok'
					? Promise.resolve({
							...readList(JSON.stringify(rest)),
							problem: { kind: 'repaired', dropped: 1 }
						})
					: Promise.reject(new Error('the repair code did not load'))
		};
	}
	if (isFutureVersion(version, 1)) {
		return { value: [], problem: { kind: 'future-version', version }, keepStored: true };
	}
	if (!Array.isArray(items) || (version !== undefined && version !== 1)) {
		return { value: [], problem: { kind: 'not-ours' } };
	}
	const value = items.filter((item): item is string => typeof item === 'string');
	const dropped = items.length - value.length;
	if (dropped > 0) return { value, problem: { kind: 'repaired', dropped } };
	return { value, problem: version === undefined ? { kind: 'migrated', from: 0 } : null };
}

export const listFormat: DocumentFormat<string[]> = {
	key: LIST_KEY,
	read: readList,
	serialize: (items) => JSON.stringify({ version: 1, items })
};

/** The stored text of a list. */
export const listText = (...items: string[]): string => listFormat.serialize(items);

/** Loads a document the way the app does, repair included (see Loaded.repaired). */
export async function loadSettled<T>(
	store: KeyValueStore | null,
	format: DocumentFormat<T>,
	now: Date
): Promise<Loaded<T>> {
	const loaded = loadDocument(store, format, now);
	return loaded.repaired ? await loaded.repaired : loaded;
}
