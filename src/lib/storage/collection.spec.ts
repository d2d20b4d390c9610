import { describe, expect, it } from 'vitest';
import { newAssessment, type Assessment } from '$lib/assessment/model';
import {
	activeAssessment,
	addAssessment,
	createAssessment,
	deleteAssessment,
	deleteSnapshot,
	duplicateAssessment,
	importData,
	renameAssessment,
	restoreAssessment,
	setActive,
	snapshotsOf,
	takeSnapshot
} from './collection';
import { freshEnvelope, MAX_ASSESSMENTS, purgeDeleted, type Envelope } from './envelope';
import { envelopeSchema } from './envelope-schema';

const V = '1.0.0';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 9, minute));

function withAnswers(envelope: Envelope, answers: Assessment['answers']): Envelope {
	return {
		...envelope,
		assessments: envelope.assessments.map((a) =>
			a.id === envelope.activeId ? { ...a, answers } : a
		)
	};
}

function valid(envelope: Envelope): Envelope {
	expect(envelopeSchema.safeParse(envelope).success).toBe(true);
	return envelope;
}

describe('assessment list', () => {
	it('creates and switches assessments; there is always one active', () => {
		let env = freshEnvelope(V, at(0));
		const first = env.activeId;
		env = valid(createAssessment(env, 'Team B', V, at(1)));
		expect(env.assessments.map((a) => a.name)).toEqual(['', 'Team B']);
		expect(activeAssessment(env).name).toBe('Team B');
		env = setActive(env, first);
		expect(activeAssessment(env).id).toBe(first);
		expect(setActive(env, 'no-such-id')).toBe(env);
	});

	it('duplicates answers, targets and plan under a new id and name, without the snapshots', () => {
		let env = withAnswers(freshEnvelope(V, at(0)), {
			'commons.literacy': { choice: 2, note: 'n' }
		});
		env = takeSnapshot(env, 'Q1', at(1));
		const source = activeAssessment(env);
		env = valid(duplicateAssessment(env, source.id, 'Copy of Q1', at(2)));
		const copy = activeAssessment(env);
		expect(copy.id).not.toBe(source.id);
		expect(copy.name).toBe('Copy of Q1');
		expect(copy.answers).toEqual(source.answers);
		expect(copy.createdAt).toBe(at(2).toISOString());
		expect(snapshotsOf(env, copy.id)).toEqual([]);
		expect(snapshotsOf(env, source.id)).toHaveLength(1);
	});

	it('renames and stamps the change', () => {
		const env = freshEnvelope(V, at(0));
		const renamed = renameAssessment(env, env.activeId, 'ACME', at(5));
		expect(activeAssessment(renamed)).toMatchObject({
			name: 'ACME',
			updatedAt: at(5).toISOString()
		});
	});

	it('deletes into the recently deleted list with the snapshots, and undo restores both', () => {
		let env = withAnswers(freshEnvelope(V, at(0)), { 'commons.literacy': { choice: 3 } });
		env = takeSnapshot(env, 'Before', at(1));
		const keep = env.activeId;
		env = createAssessment(env, 'Other', V, at(2));
		const other = env.activeId;
		env = valid(deleteAssessment(env, keep, V, at(3)));
		expect(env.assessments.map((a) => a.id)).toEqual([other]);
		expect(env.snapshots).toEqual([]);
		expect(env.deleted).toHaveLength(1);
		expect(env.deleted[0]!.snapshots.map((s) => s.label)).toEqual(['Before']);

		env = valid(restoreAssessment(env, keep));
		expect(env.assessments.map((a) => a.id)).toEqual([other, keep]);
		expect(env.activeId).toBe(keep);
		expect(snapshotsOf(env, keep).map((s) => s.label)).toEqual(['Before']);
		expect(env.deleted).toEqual([]);
	});

	it('deleting the active one activates the most recently changed other one', () => {
		let env = freshEnvelope(V, at(0));
		const a = env.activeId;
		env = createAssessment(env, 'B', V, at(5));
		const b = env.activeId;
		env = createAssessment(env, 'C', V, at(2));
		const c = env.activeId;
		env = deleteAssessment(env, c, V, at(6));
		expect(env.activeId).toBe(b);
		expect(env.assessments.map((x) => x.id)).toEqual([a, b]);
	});

	it('deleting the last assessment leaves a new empty one, which undo replaces again', () => {
		let env = withAnswers(freshEnvelope(V, at(0)), { 'commons.literacy': { choice: 1 } });
		const only = env.activeId;
		env = valid(deleteAssessment(env, only, V, at(1)));
		expect(env.assessments).toHaveLength(1);
		expect(env.assessments[0]!.id).not.toBe(only);
		expect(env.assessments[0]!.answers).toEqual({});
		env = valid(restoreAssessment(env, only));
		expect(env.assessments.map((a) => a.id)).toEqual([only]);
	});

	it('keeps deleted assessments restorable for 30 days', () => {
		let env = withAnswers(freshEnvelope(V, at(0)), { 'commons.literacy': { choice: 1 } });
		env = deleteAssessment(
			createAssessment(env, 'x', V, at(1)),
			env.assessments[0]!.id,
			V,
			new Date('2026-11-01T00:00:00Z')
		);
		expect(purgeDeleted(env, new Date('2026-11-30T00:00:00Z')).deleted).toHaveLength(1);
		expect(purgeDeleted(env, new Date('2026-12-02T00:00:00Z')).deleted).toHaveLength(0);
	});

	it('refuses to go past the limit of assessments', () => {
		let env = freshEnvelope(V, at(0));
		for (let i = 1; i < MAX_ASSESSMENTS; i++) env = createAssessment(env, `n${i}`, V, at(1));
		expect(env.assessments).toHaveLength(MAX_ASSESSMENTS);
		expect(createAssessment(env, 'one too many', V, at(2))).toBe(env);
	});

	it('gives an added assessment a new id when its id is taken', () => {
		const env = freshEnvelope(V, at(0));
		const clash = { ...newAssessment(V, at(1), 'clash'), id: env.activeId };
		const next = valid(addAssessment(env, clash));
		expect(next.assessments).toHaveLength(2);
		expect(new Set(next.assessments.map((a) => a.id)).size).toBe(2);
	});
});

describe('snapshots', () => {
	it('freeze the active assessment: later changes do not reach them', () => {
		let env = withAnswers(freshEnvelope(V, at(0)), { 'commons.literacy': { choice: 1 } });
		env = valid(takeSnapshot(env, '  Workshop Q1  ', at(1)));
		env = withAnswers(env, { 'commons.literacy': { choice: 3 } });
		const [snapshot] = snapshotsOf(env, env.activeId);
		expect(snapshot).toMatchObject({ label: 'Workshop Q1', takenAt: at(1).toISOString() });
		expect(snapshot!.assessment.answers).toEqual({ 'commons.literacy': { choice: 1 } });
		expect(activeAssessment(env).answers).toEqual({ 'commons.literacy': { choice: 3 } });
	});

	it('are listed newest first and can be deleted', () => {
		let env = freshEnvelope(V, at(0));
		env = takeSnapshot(env, 'first', at(1));
		env = takeSnapshot(env, 'second', at(2));
		const list = snapshotsOf(env, env.activeId);
		expect(list.map((s) => s.label)).toEqual(['second', 'first']);
		env = deleteSnapshot(env, list[0]!.id);
		expect(snapshotsOf(env, env.activeId).map((s) => s.label)).toEqual(['first']);
	});
});

describe('importData', () => {
	function backupOf(): { assessments: Assessment[]; snapshots: Envelope['snapshots'] } {
		let env = withAnswers(freshEnvelope(V, at(0)), { 'bedrock.long-tail': { choice: 2 } });
		env = renameAssessment(env, env.activeId, 'Imported', at(1));
		env = takeSnapshot(env, 'old', at(2));
		return { assessments: env.assessments, snapshots: env.snapshots };
	}

	it('adds alongside what is there by default, keeping snapshots with their assessment', () => {
		const here = withAnswers(freshEnvelope(V, at(0)), { 'commons.literacy': { choice: 4 } });
		const { assessments, snapshots } = backupOf();
		const next = valid(importData(here, assessments, snapshots, 'add', V, at(3)));
		expect(next.assessments.map((a) => a.name)).toEqual(['', 'Imported']);
		expect(activeAssessment(next).name).toBe('Imported');
		expect(snapshotsOf(next, next.activeId).map((s) => s.label)).toEqual(['old']);
		expect(next.assessments[0]!.answers).toEqual({ 'commons.literacy': { choice: 4 } });
	});

	it('importing the same backup twice gives distinct ids', () => {
		const { assessments, snapshots } = backupOf();
		let env = freshEnvelope(V, at(0));
		env = importData(env, assessments, snapshots, 'add', V, at(3));
		env = valid(importData(env, assessments, snapshots, 'add', V, at(4)));
		expect(env.assessments.filter((a) => a.name === 'Imported')).toHaveLength(2);
		expect(env.snapshots).toHaveLength(2);
	});

	it('replace puts what was here into recently deleted, so it can still be restored', () => {
		const here = withAnswers(freshEnvelope(V, at(0)), { 'commons.literacy': { choice: 4 } });
		const hereId = here.activeId;
		const { assessments, snapshots } = backupOf();
		const next = valid(importData(here, assessments, snapshots, 'replace', V, at(3)));
		expect(next.assessments.map((a) => a.name)).toEqual(['Imported']);
		expect(next.deleted.map((d) => d.assessment.id)).toEqual([hereId]);
		expect(valid(restoreAssessment(next, hereId)).assessments).toHaveLength(2);
	});

	it('replace drops an untouched empty assessment instead of keeping it as deleted', () => {
		const { assessments, snapshots } = backupOf();
		const next = valid(
			importData(freshEnvelope(V, at(0)), assessments, snapshots, 'replace', V, at(3))
		);
		expect(next.assessments.map((a) => a.name)).toEqual(['Imported']);
		expect(next.deleted).toEqual([]);
	});
});
