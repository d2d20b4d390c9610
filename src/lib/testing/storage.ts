/**
 * Stores for tests: localStorage in memory, with switches for the ways real storage fails.
 */
import { MemoryStore } from '$lib/storage/storage';

export class FakeStore extends MemoryStore {
	/** getItem throws a SecurityError (storage blocked by policy). */
	failReads = false;
	/** setItem throws: QuotaExceededError (storage full) or SecurityError. */
	failWrites: false | 'quota' | 'security' = false;
	/** Only keys that match fail to be written, e.g. /:backup:/ for "room to replace, none for a copy". */
	failOnly: RegExp = /^/;

	constructor(entries: Record<string, string> = {}) {
		super();
		for (const [key, value] of Object.entries(entries)) this.data.set(key, value);
	}

	override getItem(key: string): string | null {
		if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
		return super.getItem(key);
	}

	override setItem(key: string, value: string): void {
		if (this.failWrites && this.failOnly.test(key)) {
			throw this.failWrites === 'quota'
				? new DOMException('The quota has been exceeded.', 'QuotaExceededError')
				: new DOMException('The operation is insecure.', 'SecurityError');
		}
		super.setItem(key, value);
	}

	/** Room to replace a value, none for a backup copy of it: only the app's own rule protects it. */
	refuseBackups(): this {
		this.failWrites = 'quota';
		this.failOnly = /:backup:/;
		return this;
	}

	/** The keys that start with the prefix, sorted. */
	keysWith(prefix: string): string[] {
		return [...this.data.keys()].filter((key) => key.startsWith(prefix)).sort();
	}

	/** Parsed JSON under a key, or null when there is nothing. */
	json(key: string): unknown {
		const text = this.data.get(key);
		return text === undefined ? null : JSON.parse(text);
	}
}
