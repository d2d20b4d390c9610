import { describe, expect, it } from 'vitest';
import type { Assessment } from '$lib/assessment/model';
import { FRAMEWORK_VERSION } from '$lib/framework';
import assessmentFixture from '$lib/framework/fixtures/assessment-1.0.0.json';
import { FakeStore } from '$lib/testing/storage';
import { loadDocument } from './document';
import { envelopeFormat, STORAGE_KEY, type Envelope } from './envelope';
import { readEnvelope } from './envelope-schema';
import { updateAssessment, updateEnvelope } from './framework-update';

const NOW = new Date('2027-01-10T09:00:00.000Z');
const old = assessmentFixture as Assessment;

function envelopeWith(assessments: Assessment[], extra: Partial<Envelope> = {}): Envelope {
	return {
		version: 2,
		assessments,
		activeId: assessments[0]!.id,
		snapshots: [],
		deleted: [],
		settings: {},
		...extra
	};
}

describe('updateAssessment', () => {
	it('moves a real 1.0.0 assessment to the current bank and marks changed questions for review', () => {
		const updated = updateAssessment(old, FRAMEWORK_VERSION)!;
		const { answers, plan } = updated.assessment;
		expect(updated.assessment.frameworkVersion).toBe(FRAMEWORK_VERSION);
		// Kept: as it was, no mark.
		expect(answers['commons.leadership-ownership']).toEqual({ choice: 2 });
		// Reworded: kept, marked.
		expect(answers['commons.dependency-inventory']).toEqual({ choice: 3, review: '1.1.0' });
		// Merged (health monitoring + reassessment): the most cautious answer, marked; the
		// retired question's answer is still there.
		expect(answers['bedrock.health-monitoring']).toEqual({ choice: 1, review: '1.1.0' });
		expect(answers['due-diligence.reassessment']).toEqual({ choice: 1 });
		// New questions start unanswered.
		expect(answers['due-diligence.cra-scope']).toBeUndefined();
		// Notes, evidence, not-applicable reasons and plan entries travel unchanged.
		expect(answers['due-diligence.intake-criteria']).toMatchObject({
			choice: 2,
			note: old.answers['due-diligence.intake-criteria']!.note,
			evidence: old.answers['due-diligence.intake-criteria']!.evidence
		});
		expect(answers['partners.engagement-conduct']).toMatchObject({
			choice: 'na',
			naReason: 'We never modify upstream code'
		});
		expect(plan).toEqual(old.plan);
		// Nothing the user had is dropped.
		for (const id of Object.keys(old.answers)) expect(answers[id]?.choice).toBeDefined();
	});

	it('leaves an assessment of the current or an unknown version alone', () => {
		expect(
			updateAssessment({ ...old, frameworkVersion: FRAMEWORK_VERSION }, FRAMEWORK_VERSION)
		).toBe(null);
		expect(updateAssessment({ ...old, frameworkVersion: '0.9.0' }, FRAMEWORK_VERSION)).toBe(null);
	});
});

describe('updateEnvelope', () => {
	it('updates assessments and deleted ones, and keeps the old answers in a snapshot', () => {
		const current = { ...old, id: 'current', frameworkVersion: FRAMEWORK_VERSION };
		const envelope = envelopeWith([old, current], {
			deleted: [{ deletedAt: NOW.toISOString(), assessment: { ...old, id: 'gone' }, snapshots: [] }]
		});
		const { envelope: next, update } = updateEnvelope(envelope, FRAMEWORK_VERSION, NOW);
		expect(update).toEqual({
			from: '1.0.0',
			to: FRAMEWORK_VERSION,
			review: expect.any(Number),
			added: 5
		});
		expect(update!.review).toBeGreaterThan(0);
		expect(next.assessments.map((a) => a.frameworkVersion)).toEqual([
			FRAMEWORK_VERSION,
			FRAMEWORK_VERSION
		]);
		expect(next.assessments[1]).toBe(current);
		expect(next.deleted[0]!.assessment.frameworkVersion).toBe(FRAMEWORK_VERSION);
		expect(next.snapshots).toEqual([
			expect.objectContaining({
				assessmentId: old.id,
				origin: 'framework-update',
				takenAt: NOW.toISOString(),
				assessment: old
			})
		]);
	});

	it('changes nothing when everything is on the current bank', () => {
		const envelope = envelopeWith([{ ...old, frameworkVersion: FRAMEWORK_VERSION }]);
		expect(updateEnvelope(envelope, FRAMEWORK_VERSION, NOW)).toEqual({ envelope, update: null });
	});
});

describe('loading stored 1.0.0 data', () => {
	it('reads it, updates it, reports what changed, backs up the original and saves the update', async () => {
		const raw = JSON.stringify(envelopeWith([old]));
		expect(readEnvelope(raw, FRAMEWORK_VERSION, NOW).repair).toBeTypeOf('function');
		const store = new FakeStore({ [STORAGE_KEY]: raw });
		const loading = loadDocument(
			store,
			envelopeFormat(FRAMEWORK_VERSION, () => NOW),
			NOW
		);
		expect(loading.status).toBe('read-failed');
		const loaded = await loading.repaired!;
		expect(loaded.problem).toMatchObject({ kind: 'framework-updated', from: '1.0.0', to: '1.1.0' });
		expect(loaded.status).toBe('saved');
		expect(store.data.get(loaded.backupKey!)).toBe(raw);
		const saved = JSON.parse(store.data.get(STORAGE_KEY)!) as Envelope;
		expect(saved.assessments[0]!.frameworkVersion).toBe('1.1.0');
		expect(saved.snapshots).toHaveLength(1);
		// Loading again finds nothing more to do.
		expect(readEnvelope(store.data.get(STORAGE_KEY)!, FRAMEWORK_VERSION, NOW)).toMatchObject({
			problem: null
		});
	});
});
