/**
 * Data written by earlier versions of the app must load without losing anything. The fixtures are
 * localStorage contents captured from the real app at that version ($lib/testing/fixtures/).
 */
import { describe, expect, it } from 'vitest';
import v1Empty from '$lib/testing/fixtures/v1-empty.json';
import v1Workshop from '$lib/testing/fixtures/v1-workshop.json';
import { FakeStore } from '$lib/testing/storage';
import { loadSettled } from '$lib/testing/documents';
import { envelopeFormat, ENVELOPE_VERSION, serializeEnvelope, STORAGE_KEY } from './envelope';
import { readEnvelope } from './envelope-schema';

const NOW = new Date('2026-12-01T08:00:00.000Z');

describe('migration from envelope version 1 (one assessment)', () => {
	it('keeps the assessment whole: answers, notes, reasons, evidence, targets, plan, settings', () => {
		const result = readEnvelope(JSON.stringify(v1Workshop), '1.0.0', NOW);
		expect(result.problem).toEqual({ kind: 'migrated', from: 1 });
		const envelope = result.value;
		expect(envelope.version).toBe(ENVELOPE_VERSION);
		expect(envelope.assessments).toEqual([v1Workshop.assessment]);
		expect(envelope.activeId).toBe(v1Workshop.assessment.id);
		expect(envelope.snapshots).toEqual([]);
		expect(envelope.deleted).toEqual([]);
		expect(envelope.settings).toEqual(v1Workshop.settings);
		// A few facts spelled out, so a broken fixture cannot make this test pass vacuously.
		const [assessment] = envelope.assessments;
		expect(assessment!.name).toBe('Nordlys Software AS');
		expect(Object.keys(assessment!.answers)).toHaveLength(15);
		expect(assessment!.answers['partners.engagement-conduct']).toEqual({
			choice: 'na',
			naReason: 'We never modify upstream code'
		});
		expect(assessment!.answers['due-diligence.intake-criteria']?.evidence).toBe(
			'https://wiki.nordlys.example/intake'
		);
		expect(assessment!.targets).toEqual({ commons: 4 });
		expect(assessment!.plan['commons.oss-policy']).toEqual({
			owner: 'Kari (OSPO)',
			due: '2027-02-15',
			status: 'doing'
		});
		expect(envelope.settings.paper).toBe('letter');
	});

	it('migrates an empty version 1 store too', () => {
		const result = readEnvelope(JSON.stringify(v1Empty), '1.0.0', NOW);
		expect(result.problem).toEqual({ kind: 'migrated', from: 1 });
		expect(result.value.assessments).toEqual([v1Empty.assessment]);
	});

	it('writes the migrated data back as version 2 on load, keeping the original as a backup', async () => {
		const original = JSON.stringify(v1Workshop);
		const store = new FakeStore({ [STORAGE_KEY]: original });
		const loaded = await loadSettled(
			store,
			envelopeFormat('1.0.0', () => NOW),
			NOW
		);
		expect(loaded.problem).toEqual({ kind: 'migrated', from: 1 });
		expect(loaded.raw).toBe(original);
		expect(loaded.backupKey).toBe(`commons-check:backup:${NOW.toISOString()}`);
		expect(store.data.get(loaded.backupKey!)).toBe(original);
		const stored = store.data.get(STORAGE_KEY)!;
		expect(JSON.parse(stored).version).toBe(2);
		expect(readEnvelope(stored, '1.0.0', NOW).value).toEqual(loaded.value);
		expect(stored).toBe(serializeEnvelope(loaded.value));
	});

	it('salvages a damaged version 1 store through the migration', async () => {
		const damaged = structuredClone(v1Workshop) as unknown as {
			assessment: { targets: Record<string, unknown> };
		};
		damaged.assessment.targets.bedrock = 'high';
		const result = await readEnvelope(JSON.stringify(damaged), '1.0.0', NOW).repair!();
		expect(result.problem).toEqual({ kind: 'repaired', dropped: 1 });
		expect(result.value.version).toBe(ENVELOPE_VERSION);
		expect(result.value.assessments[0]!.answers).toEqual(v1Workshop.assessment.answers);
		expect(result.value.assessments[0]!.targets).toEqual({ commons: 4 });
	});
});
