/**
 * How full the browser's storage is for this app. localStorage allows about five million
 * characters per site in the major browsers (Chrome, Firefox and Safari count UTF-16 code units),
 * and writes beyond that fail; the app warns well before that point.
 */
export const LOCAL_STORAGE_CHARS = 5_000_000;
export const WARN_FRACTION = 0.8;

export interface Usage {
	/** Characters used by the app's keys. */
	chars: number;
	/** The share of the limit in use, 0–1. */
	fraction: number;
	level: 'ok' | 'high';
}

export function storageUsage(chars: number): Usage {
	const fraction = Math.min(1, chars / LOCAL_STORAGE_CHARS);
	return { chars, fraction, level: fraction >= WARN_FRACTION ? 'high' : 'ok' };
}

/** Characters stored under every key that starts with the prefix (the app's data and backups). */
export function charsWithPrefix(
	store: Pick<Storage, 'length' | 'key' | 'getItem'> | null,
	prefix: string
): number {
	if (!store) return 0;
	try {
		let total = 0;
		for (let i = 0; i < store.length; i++) {
			const key = store.key(i);
			if (key?.startsWith(prefix)) total += key.length + (store.getItem(key)?.length ?? 0);
		}
		return total;
	} catch {
		return 0;
	}
}
