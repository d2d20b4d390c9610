import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIST_KEY, listFormat, listText } from '$lib/testing/documents';
import { FakeStore } from '$lib/testing/storage';
import { StoredDocument, WRITE_DELAY } from './document.svelte';

/** Reads the document in an effect, as a component would, until the returned function is called. */
function watch(document: StoredDocument<string[]>): () => void {
	return $effect.root(() => {
		$effect(() => {
			void document.value;
		});
	});
}

/** Lets createSubscriber count the effect down (it waits a microtask). */
const microtask = () => Promise.resolve();

/** How often a window.addEventListener or removeEventListener spy saw the 'storage' event. */
function storageListeners(spy: { mock: { calls: unknown[][] } }): number {
	return spy.mock.calls.filter(([type]) => type === 'storage').length;
}

describe('StoredDocument', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});

	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});

	it('touches neither storage nor window until it is used', () => {
		const store = new FakeStore({ [LIST_KEY]: listText('a') });
		const getItem = vi.spyOn(store, 'getItem');
		const listen = vi.spyOn(window, 'addEventListener');
		const document = new StoredDocument(listFormat, store);
		expect(getItem).not.toHaveBeenCalled();
		expect(listen).not.toHaveBeenCalled();
		expect(document.value).toEqual(['a']);
		expect(document.present).toBe(true);
		// Read outside any effect: nothing to keep up to date, so no listener.
		expect(storageListeners(listen)).toBe(0);
	});

	it('listens to other tabs only while an effect reads it', async () => {
		const store = new FakeStore({ [LIST_KEY]: listText('a') });
		const listen = vi.spyOn(window, 'addEventListener');
		const unlisten = vi.spyOn(window, 'removeEventListener');
		const document = new StoredDocument(listFormat, store);
		const stop = watch(document);
		flushSync();
		expect(storageListeners(listen)).toBe(1);

		dispatchEvent(new StorageEvent('storage', { key: LIST_KEY, newValue: listText('a', 'b') }));
		expect(document.value).toEqual(['a', 'b']);

		stop();
		await microtask();
		expect(storageListeners(unlisten)).toBe(1);
		dispatchEvent(new StorageEvent('storage', { key: LIST_KEY, newValue: listText('c') }));
		expect(document.value).toEqual(['a', 'b']);
	});

	it('when listening starts, takes over what another tab wrote meanwhile', () => {
		const store = new FakeStore({ [LIST_KEY]: listText('a') });
		const document = new StoredDocument(listFormat, store);
		expect(document.value).toEqual(['a']);
		store.setItem(LIST_KEY, listText('a', 'from another tab'));
		const stop = watch(document);
		flushSync();
		expect(document.value).toEqual(['a', 'from another tab']);
		stop();
	});

	it('writes a batched change once, WRITE_DELAY after the first of a series', () => {
		const store = new FakeStore();
		const setItem = vi.spyOn(store, 'setItem');
		const document = new StoredDocument(listFormat, store);
		document.update((items) => items.push('N'), true);
		vi.advanceTimersByTime(WRITE_DELAY / 2);
		document.update((items) => (items[0] = 'No'), true);
		document.update((items) => (items[0] = 'Note'), true);
		expect(document.value).toEqual(['Note']);
		expect(setItem).not.toHaveBeenCalled();
		vi.advanceTimersByTime(WRITE_DELAY / 2);
		expect(setItem).toHaveBeenCalledTimes(1);
		expect(store.data.get(LIST_KEY)).toBe(listText('Note'));
		vi.runAllTimers();
		expect(setItem).toHaveBeenCalledTimes(1);
	});

	it('writes batched changes when the page is hidden; listens for that from the first one on', () => {
		const store = new FakeStore();
		const listen = vi.spyOn(window, 'addEventListener');
		const document = new StoredDocument(listFormat, store);
		document.update((items) => items.push('clicked'));
		expect(listen).not.toHaveBeenCalled();
		document.update((items) => items.push('typed'), true);
		expect(listen.mock.calls.map(([type]) => type)).toEqual(['pagehide', 'visibilitychange']);
		vi.spyOn(window.document, 'visibilityState', 'get').mockReturnValue('hidden');
		window.document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
		expect(store.data.get(LIST_KEY)).toBe(listText('clicked', 'typed'));
	});

	it('while stored text is being repaired, stands in without writing; ready says when done', async () => {
		const store = new FakeStore({ [LIST_KEY]: '{"version":1,"items":["a"],"repair":"ok"}' });
		const document = new StoredDocument(listFormat, store);
		expect(document.status).toBe('read-failed');
		document.set(['lost']);
		expect(store.data.get(LIST_KEY)).toContain('"repair":"ok"');
		await document.ready;
		expect(document.value).toEqual(['a']);
		expect(document.problem).toEqual({ kind: 'repaired', dropped: 1 });
		expect(document.status).toBe('saved');
		expect(store.data.get(LIST_KEY)).toBe(listText('a'));
	});

	it('when the repair code cannot load, leaves the stored text alone and works in memory', async () => {
		const raw = '{"version":1,"items":["a"],"repair":"fails"}';
		const store = new FakeStore({ [LIST_KEY]: raw });
		const document = new StoredDocument(listFormat, store);
		await document.ready;
		expect(document.status).toBe('read-failed');
		document.set(['in memory']);
		expect(document.value).toEqual(['in memory']);
		expect(store.data.get(LIST_KEY)).toBe(raw);
		expect(store.keysWith(`${LIST_KEY}:backup:`)).toEqual([]);
	});

	it('writes at once what is not batched, batched changes included', () => {
		const store = new FakeStore();
		const document = new StoredDocument(listFormat, store);
		document.update((items) => items.push('typed'), true);
		document.update((items) => items.push('clicked'));
		expect(store.data.get(LIST_KEY)).toBe(listText('typed', 'clicked'));
		document.set(['replaced']);
		expect(store.data.get(LIST_KEY)).toBe(listText('replaced'));
	});

	it('applies batched changes again over another tab’s write, and writes both', () => {
		const store = new FakeStore({ [LIST_KEY]: listText('a') });
		const document = new StoredDocument(listFormat, store);
		document.update((items) => items.push('typed here'), true);
		document.receive(LIST_KEY, listText('a', 'from there'));
		expect(document.value).toEqual(['a', 'from there', 'typed here']);
		expect(store.data.get(LIST_KEY)).toBe(listText('a', 'from there', 'typed here'));
	});

	it('ignores other keys and text that does not read cleanly; follows a cleared storage', () => {
		const document = new StoredDocument(listFormat, new FakeStore({ [LIST_KEY]: listText('a') }));
		document.receive('other', listText('x'));
		document.receive(LIST_KEY, '{"version":1,');
		document.receive(LIST_KEY, '{"version":1,"items":["b",2]}');
		document.receive(LIST_KEY, '{"version":5,"items":[]}');
		expect(document.value).toEqual(['a']);
		document.receive(LIST_KEY, '{"items":["older app"]}');
		expect(document.value).toEqual(['older app']);
		document.receive(null, null);
		expect(document.value).toEqual([]);
		expect(document.present).toBe(false);
	});

	it('reports problems and status from the load, and never writes over what it could not copy', () => {
		const store = new FakeStore({ [LIST_KEY]: 'garbage' });
		store.failWrites = 'quota';
		const document = new StoredDocument(listFormat, store);
		expect(document.problem).toEqual({ kind: 'not-json' });
		expect(document.status).toBe('backup-failed');
		expect(document.rawBackup).toBe('garbage');
		expect(document.backupKey).toBeNull();
		store.failWrites = false;
		document.set(['new']);
		expect(document.value).toEqual(['new']);
		expect(store.data.get(LIST_KEY)).toBe('garbage');
		document.dismissProblem();
		expect(document.problem).toBeNull();
	});

	it('without storage, works in memory and counts as present once changed', () => {
		const document = new StoredDocument(listFormat, null);
		expect(document.status).toBe('unavailable');
		expect(document.present).toBe(false);
		document.set(['kept in memory']);
		expect(document.value).toEqual(['kept in memory']);
		expect(document.present).toBe(true);
	});
});
