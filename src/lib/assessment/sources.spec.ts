import { describe, expect, it } from 'vitest';
import { newAssessment } from './model';
import { comparableSources, sourcesBeside } from './sources';

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
		expect(sources[3]).toMatchObject({
			kind: 'snapshot',
			label: 'Q1',
			ownerId: 'a',
			ownerName: 'Team A'
		});
		expect(sources[3]!.assessment.name).toBe('Old name');
	});
});

describe('sourcesBeside', () => {
	const at = new Date('2026-01-01T00:00:00Z');
	const a = { ...newAssessment('1.0.0', at, 'Team A'), id: 'a' };
	const b = { ...newAssessment('1.0.0', at, 'Team B'), id: 'b' };
	const snapshot = (id: string, owner: typeof a, takenAt: string) => ({
		id,
		assessmentId: owner.id,
		label: id,
		takenAt,
		assessment: owner
	});
	const sources = comparableSources(
		[a, b],
		[
			snapshot('b1', b, '2026-07-01T00:00:00.000Z'),
			snapshot('a1', a, '2026-03-01T00:00:00.000Z'),
			snapshot('a2', a, '2026-06-01T00:00:00.000Z')
		]
	);

	it('leaves the assessment out and puts its own snapshots first, newest first', () => {
		expect(sourcesBeside(sources, 'a').map((s) => s.key)).toEqual([
			'snapshot:a2',
			'snapshot:a1',
			'assessment:b',
			'snapshot:b1'
		]);
		expect(sourcesBeside(sources, 'b').map((s) => s.key)).toEqual([
			'snapshot:b1',
			'assessment:a',
			'snapshot:a2',
			'snapshot:a1'
		]);
	});

	it('is empty when there is nothing else', () => {
		expect(sourcesBeside(comparableSources([a], []), 'a')).toEqual([]);
	});
});
