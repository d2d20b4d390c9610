import { describe, expect, it } from 'vitest';
import { loadTracker, memoryTrackerSettings, saveTracker } from './tracker-store';
import type { TrackerConfig } from './tracker';

const config: TrackerConfig = {
	kind: 'gitlab',
	baseUrl: 'https://gitlab.example.org',
	project: 'security/plan'
};

describe('tracker settings', () => {
	it('remembers the tracker and reads it back', () => {
		const settings = memoryTrackerSettings();
		expect(saveTracker(settings, config)).toBe(true);
		expect(settings.value).toEqual(config);
		expect(loadTracker(settings)).toEqual(config);
	});

	it('has nothing before a choice is made', () => {
		expect(loadTracker(memoryTrackerSettings())).toBeNull();
	});

	it('says when the browser could not keep the choice, and keeps it for this page', () => {
		const settings = memoryTrackerSettings(undefined, false);
		expect(saveTracker(settings, config)).toBe(false);
		expect(loadTracker(settings)).toEqual(config);
	});

	it.each([
		['another shape', { kind: 'github' }],
		['an unknown tracker', { ...config, kind: 'jira' }],
		['a script URL edited in by hand', { ...config, baseUrl: 'javascript:alert(1)' }],
		['a data URL', { ...config, baseUrl: 'data:text/html,<script>alert(1)</script>' }],
		['credentials in the URL', { ...config, baseUrl: 'https://user:secret@gitlab.example.org' }],
		['a project that is not a path', { ...config, project: '../../admin' }],
		['a string', 'https://github.com'],
		['an over-long project', { ...config, project: 'x/'.repeat(300) }]
	])('refuses %s', (_, stored) => {
		expect(loadTracker(memoryTrackerSettings(stored))).toBeNull();
	});
});
