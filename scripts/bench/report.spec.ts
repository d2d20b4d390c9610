import { describe, expect, it } from 'vitest';
import type { LighthouseRun } from './lighthouse.ts';
import { lighthouseMedians, median } from './report.ts';

const run = (round: number, performance: number, tbtMs: number, server = 'nginx'): LighthouseRun =>
	({
		page: 'results',
		url: 'http://127.0.0.1/en/results/',
		preset: 'mobile',
		server,
		seeded: true,
		round,
		scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
		metrics: { fcpMs: 1000, lcpMs: 2000 + round, tbtMs, cls: 0, transferBytes: 1 },
		failedAudits: [],
		warnings: [],
		ms: 1
	}) as LighthouseRun;

describe('Lighthouse medians', () => {
	it('takes the middle of three, and the lower middle of an even count', () => {
		expect(median([98, 85, 99])).toBe(98);
		expect(median([3, 1, 4, 2])).toBe(2);
		expect(median([NaN])).toBeNaN();
	});

	it('groups the rounds by page and setup, leaving out runs without scores', () => {
		const failed = { ...run(3, 0, 0), scores: undefined, error: 'timed out' };
		const medians = lighthouseMedians([
			run(1, 85, 400),
			run(2, 99, 90),
			run(3, 97, 120),
			run(1, 70, 900, 'plain'),
			failed
		]);
		expect(medians).toHaveLength(2);
		const nginx = medians.find((m) => m.server === 'nginx')!;
		expect(nginx.scores.performance).toBe(97);
		expect(nginx.tbtMs).toBe(120);
		expect(nginx.lcpMs).toBe(2002);
		expect(nginx.runs).toBe(3);
		expect(medians.find((m) => m.server === 'plain')!.runs).toBe(1);
	});
});
