import { describe, expect, it } from 'vitest';
import { charsWithPrefix, storageUsage } from './quota';
import { FakeStore } from '$lib/testing/storage';

describe('storageUsage', () => {
	it('warns from 80 % of the limit on', () => {
		expect(storageUsage(40_000)).toEqual({ chars: 40_000, fraction: 0.008, level: 'ok' });
		expect(storageUsage(3_999_999).level).toBe('ok');
		expect(storageUsage(4_000_000).level).toBe('high');
		expect(storageUsage(9_000_000).fraction).toBe(1);
	});
});

describe('charsWithPrefix', () => {
	it('counts keys and values of the app only, and survives a store that throws', () => {
		const store = new FakeStore();
		store.data.set('commons-check', 'x'.repeat(100));
		store.data.set('commons-check:backup:1', 'y'.repeat(10));
		store.data.set('other-app', 'z'.repeat(1000));
		expect(charsWithPrefix(store, 'commons-check')).toBe(13 + 100 + 22 + 10);
		store.failReads = true;
		expect(charsWithPrefix(store, 'commons-check')).toBe(0);
		expect(charsWithPrefix(null, 'commons-check')).toBe(0);
	});
});
