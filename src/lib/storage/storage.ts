/**
 * Guarded access to localStorage. Storage can be missing (some embedded browsers), disabled by
 * policy (reading it throws SecurityError) or full (writing throws QuotaExceededError); none of
 * that may break the app, so every access goes through these functions and reports instead of
 * throwing.
 */

/** The part of the Web Storage API the app uses, so tests can pass a fake. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	key(index: number): string | null;
	readonly length: number;
}

export type ReadResult = { ok: true; value: string | null } | { ok: false };
export type WriteResult = 'ok' | 'full' | 'failed';

/** Returns localStorage when it can be read and written, otherwise null. */
export function probeLocalStorage(): KeyValueStore | null {
	try {
		const store = globalThis.localStorage;
		if (!store) return null;
		const probe = 'commons-check:probe';
		store.setItem(probe, '1');
		store.removeItem(probe);
		return store;
	} catch (error) {
		// A full store still allows reading: keep it, writes will report "full".
		if (isQuotaError(error)) return globalThis.localStorage;
		return null;
	}
}

export function isQuotaError(error: unknown): boolean {
	if (
		!(error instanceof Error) &&
		!(typeof DOMException !== 'undefined' && error instanceof DOMException)
	) {
		return false;
	}
	const { name, code } = error as DOMException;
	return (
		name === 'QuotaExceededError' ||
		name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		code === 22 ||
		code === 1014
	);
}

export function readKey(store: KeyValueStore | null, key: string): ReadResult {
	if (!store) return { ok: false };
	try {
		return { ok: true, value: store.getItem(key) };
	} catch {
		return { ok: false };
	}
}

export function writeKey(store: KeyValueStore | null, key: string, value: string): WriteResult {
	if (!store) return 'failed';
	try {
		store.setItem(key, value);
		return 'ok';
	} catch (error) {
		return isQuotaError(error) ? 'full' : 'failed';
	}
}

export function removeKey(store: KeyValueStore | null, key: string): void {
	try {
		store?.removeItem(key);
	} catch {
		// Nothing to do: a key we cannot remove does no harm.
	}
}

export function keysWithPrefix(store: KeyValueStore | null, prefix: string): string[] {
	if (!store) return [];
	try {
		const keys: string[] = [];
		for (let i = 0; i < store.length; i++) {
			const key = store.key(i);
			if (key?.startsWith(prefix)) keys.push(key);
		}
		return keys.sort();
	} catch {
		return [];
	}
}

/** A store in memory: stands in for localStorage while prerendering, where there is none. */
export class MemoryStore implements KeyValueStore {
	readonly data = new Map<string, string>();

	get length(): number {
		return this.data.size;
	}

	key(index: number): string | null {
		return [...this.data.keys()][index] ?? null;
	}

	getItem(key: string): string | null {
		return this.data.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		this.data.set(key, value);
	}

	removeItem(key: string): void {
		this.data.delete(key);
	}
}
