import { afterEach, describe, expect, it } from 'vitest';
import { FakeStore } from '$lib/testing/storage';
import {
	loadTracker,
	parseStoredTracker,
	resetTrackerMemory,
	saveTracker,
	TRACKER_KEY
} from './tracker-store';
import type { TrackerConfig } from './tracker';

const config: TrackerConfig = {
	kind: 'gitlab',
	baseUrl: 'https://gitlab.example.org',
	project: 'security/plan'
};

afterEach(resetTrackerMemory);

describe('tracker store', () => {
	it('remembers the tracker under its own key and reads it back', () => {
		const store = new FakeStore();
		expect(saveTracker(store, config)).toBe('ok');
		expect(JSON.parse(store.data.get(TRACKER_KEY)!)).toEqual({ version: 1, ...config });
		resetTrackerMemory();
		expect(loadTracker(store)).toEqual(config);
	});

	it('has nothing before a choice is made', () => {
		expect(loadTracker(new FakeStore())).toBeNull();
		expect(loadTracker(null)).toBeNull();
	});

	it('keeps the choice for this page when storage is full, disabled or absent', () => {
		const full = new FakeStore();
		full.failWrites = 'quota';
		expect(saveTracker(full, config)).toBe('full');
		expect(loadTracker(full)).toEqual(config);
		resetTrackerMemory();
		const blocked = new FakeStore();
		blocked.failWrites = 'security';
		expect(saveTracker(blocked, config)).toBe('failed');
		expect(saveTracker(null, config)).toBe('failed');
		expect(loadTracker(null)).toEqual(config);
	});

	it('reads nothing when reading storage throws', () => {
		const store = new FakeStore();
		store.data.set(TRACKER_KEY, JSON.stringify({ version: 1, ...config }));
		store.failReads = true;
		expect(loadTracker(store)).toBeNull();
	});

	it.each([
		['not JSON', '{'],
		['another shape', JSON.stringify({ kind: 'github' })],
		['a newer version', JSON.stringify({ version: 2, ...config })],
		['an unknown tracker', JSON.stringify({ version: 1, ...config, kind: 'jira' })],
		[
			'a script URL edited in by hand',
			JSON.stringify({ version: 1, ...config, baseUrl: 'javascript:alert(1)' })
		],
		[
			'credentials edited in',
			JSON.stringify({ version: 1, ...config, baseUrl: 'https://u:p@gitlab.example.org' })
		],
		['a malformed project', JSON.stringify({ version: 1, ...config, project: '../../x' })],
		['something huge', JSON.stringify({ version: 1, ...config, project: 'a/'.repeat(600) })]
	])('refuses %s', (_label, raw) => {
		expect(parseStoredTracker(raw)).toBeNull();
		const store = new FakeStore();
		store.data.set(TRACKER_KEY, raw);
		expect(loadTracker(store)).toBeNull();
	});
});
