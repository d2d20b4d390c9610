import { describe, expect, it } from 'vitest';
import { newAssessment } from './model';
import { comparableSources } from './sources';

describe('comparableSources', () => {
	it('lists assessments, then snapshots newest first, named after their assessment as it is now', () => {
		const a = { ...newAssessment('1.0.0', new Date('2026-01-01T00:00:00Z'), 'Team A'), id: 'a' };
		const b = { ...newAssessment('1.0.0', new Date('2026-01-01T00:00:00Z'), 'Team B'), id: 'b' };
		const snapshots = [
			{
				id: 's1',
				assessmentId: 'a',
				label: 'Q1',
				takenAt: '2026-03-01T00:00:00.000Z',
				assessment: { ...a, name: 'Old name' }
			},
			{
				id: 's2',
				assessmentId: 'a',
				label: 'Q2',
				takenAt: '2026-06-01T00:00:00.000Z',
				assessment: a
			}
		];
		const sources = comparableSources([a, b], snapshots);
		expect(sources.map((s) => s.key)).toEqual([
			'assessment:a',
			'assessment:b',
			'snapshot:s2',
			'snapshot:s1'
		]);
		expect(sources[3]).toMatchObject({ kind: 'snapshot', label: 'Q1', ownerName: 'Team A' });
		expect(sources[3]!.assessment.name).toBe('Old name');
	});
});
