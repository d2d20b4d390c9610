/**
 * Operations on the list of assessments, their snapshots and the recently deleted ones. Pure:
 * each takes an envelope and returns a new one, so they are easy to test and the state class
 * only has to store the result.
 *
 * Rules
 * - There is always at least one assessment, and exactly one is active.
 * - Deleting moves an assessment, with its snapshots, to `deleted`; restoring brings both back.
 *   Deleted entries expire after DELETED_KEEP_DAYS (see envelope.ts).
 * - Snapshots are frozen copies; they are never edited, only taken or deleted.
 * - Ids stay unique: anything added with an id that is already taken gets a new one.
 */
import { isUntouched, LIMITS, newAssessment, newId, type Assessment } from '$lib/assessment/model';

export { isUntouched };
import {
	MAX_ASSESSMENTS,
	MAX_DELETED,
	MAX_SNAPSHOTS,
	SNAPSHOT_LABEL_MAX,
	type Envelope,
	type Snapshot
} from './envelope';

export function activeAssessment(envelope: Envelope): Assessment {
	return envelope.assessments.find((a) => a.id === envelope.activeId) ?? envelope.assessments[0]!;
}

export function canAddAssessment(envelope: Envelope): boolean {
	return envelope.assessments.length < MAX_ASSESSMENTS;
}

function takenIds(envelope: Envelope): Set<string> {
	return new Set([
		...envelope.assessments.map((a) => a.id),
		...envelope.deleted.map((d) => d.assessment.id)
	]);
}

/** Adds an assessment (a copy) and makes it the active one. */
export function addAssessment(envelope: Envelope, assessment: Assessment): Envelope {
	if (!canAddAssessment(envelope)) return envelope;
	const copy = structuredClone(assessment);
	if (takenIds(envelope).has(copy.id)) copy.id = newId();
	return { ...envelope, assessments: [...envelope.assessments, copy], activeId: copy.id };
}

export function createAssessment(
	envelope: Envelope,
	name: string,
	frameworkVersion: string,
	now = new Date()
): Envelope {
	return addAssessment(envelope, newAssessment(frameworkVersion, now, name.slice(0, LIMITS.name)));
}

/** A copy of an assessment's answers, targets and plan under a new name; snapshots stay behind. */
export function duplicateAssessment(
	envelope: Envelope,
	id: string,
	name: string,
	now = new Date()
): Envelope {
	const source = envelope.assessments.find((a) => a.id === id);
	if (!source) return envelope;
	const stamp = now.toISOString();
	return addAssessment(envelope, {
		...structuredClone(source),
		id: newId(),
		name: name.slice(0, LIMITS.name),
		createdAt: stamp,
		updatedAt: stamp
	});
}

export function renameAssessment(
	envelope: Envelope,
	id: string,
	name: string,
	now = new Date()
): Envelope {
	return {
		...envelope,
		assessments: envelope.assessments.map((a) =>
			a.id === id ? { ...a, name: name.slice(0, LIMITS.name), updatedAt: now.toISOString() } : a
		)
	};
}

export function setActive(envelope: Envelope, id: string): Envelope {
	return envelope.assessments.some((a) => a.id === id) ? { ...envelope, activeId: id } : envelope;
}

/**
 * Moves an assessment and its snapshots to the recently deleted list. When it was the active one,
 * the most recently changed of the others becomes active; when it was the only one, a new empty
 * assessment takes its place.
 */
export function deleteAssessment(
	envelope: Envelope,
	id: string,
	frameworkVersion: string,
	now = new Date()
): Envelope {
	const target = envelope.assessments.find((a) => a.id === id);
	if (!target) return envelope;
	let assessments = envelope.assessments.filter((a) => a.id !== id);
	if (assessments.length === 0) assessments = [newAssessment(frameworkVersion, now)];
	const activeId =
		envelope.activeId === id
			? [...assessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]!.id
			: envelope.activeId;
	const deleted = [
		{
			deletedAt: now.toISOString(),
			assessment: target,
			snapshots: envelope.snapshots.filter((s) => s.assessmentId === id)
		},
		...envelope.deleted
	].slice(0, MAX_DELETED);
	return {
		...envelope,
		assessments,
		activeId,
		snapshots: envelope.snapshots.filter((s) => s.assessmentId !== id),
		deleted
	};
}

/** Brings a deleted assessment and its snapshots back, and makes it active. */
export function restoreAssessment(envelope: Envelope, id: string): Envelope {
	const entry = envelope.deleted.find((d) => d.assessment.id === id);
	if (!entry || !canAddAssessment(envelope)) return envelope;
	const rest = { ...envelope, deleted: envelope.deleted.filter((d) => d !== entry) };
	// A new, untouched assessment created only to replace the deleted last one is not worth keeping.
	const placeholder =
		rest.assessments.length === 1 && isUntouched(rest.assessments[0]!)
			? rest.assessments[0]!.id
			: null;
	const assessments = rest.assessments.filter((a) => a.id !== placeholder);
	const idTaken = assessments.some((a) => a.id === id);
	const assessment = idTaken ? { ...entry.assessment, id: newId() } : entry.assessment;
	const snapshots = entry.snapshots.map((s) => ({ ...s, assessmentId: assessment.id }));
	return {
		...rest,
		assessments: [...assessments, assessment],
		activeId: assessment.id,
		snapshots: [...rest.snapshots, ...snapshots].slice(0, MAX_SNAPSHOTS)
	};
}

/** Freezes the active assessment as a dated snapshot. */
export function takeSnapshot(envelope: Envelope, label: string, now = new Date()): Envelope {
	if (envelope.snapshots.length >= MAX_SNAPSHOTS) return envelope;
	const assessment = activeAssessment(envelope);
	const snapshot: Snapshot = {
		id: newId(),
		assessmentId: assessment.id,
		label: label.trim().slice(0, SNAPSHOT_LABEL_MAX),
		takenAt: now.toISOString(),
		assessment: structuredClone(assessment)
	};
	return { ...envelope, snapshots: [...envelope.snapshots, snapshot] };
}

export function deleteSnapshot(envelope: Envelope, snapshotId: string): Envelope {
	return { ...envelope, snapshots: envelope.snapshots.filter((s) => s.id !== snapshotId) };
}

/** Snapshots of one assessment, newest first. */
export function snapshotsOf(envelope: Envelope, assessmentId: string): Snapshot[] {
	return envelope.snapshots
		.filter((s) => s.assessmentId === assessmentId)
		.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/**
 * Brings assessments and snapshots in from a backup.
 * - 'add' keeps everything already here and adds the imported ones (new ids where they clash);
 * - 'replace' makes the backup the whole content (the user chose this explicitly); what was here
 *   goes to the recently deleted list, so even that can be undone.
 */
export function importData(
	envelope: Envelope,
	assessments: readonly Assessment[],
	snapshots: readonly Snapshot[],
	mode: 'add' | 'replace',
	frameworkVersion: string,
	now = new Date()
): Envelope {
	let next: Envelope = envelope;
	if (mode === 'replace') {
		for (const assessment of envelope.assessments) {
			if (!isUntouched(assessment))
				next = deleteAssessment(next, assessment.id, frameworkVersion, now);
		}
		// Whatever is left (untouched placeholders) makes way for the import.
		next = { ...next, assessments: [], snapshots: [] };
	}
	const renamed = new Map<string, string>();
	for (const assessment of assessments) {
		const before = new Set(next.assessments.map((a) => a.id));
		next = addAssessment(next, assessment);
		const added = next.assessments.find((a) => !before.has(a.id));
		if (added) renamed.set(assessment.id, added.id);
	}
	if (next.assessments.length === 0) {
		const fresh = newAssessment(frameworkVersion, now);
		next = { ...next, assessments: [fresh], activeId: fresh.id };
	}
	const known = new Set(next.snapshots.map((s) => s.id));
	const added: Snapshot[] = [];
	for (const snapshot of snapshots) {
		const assessmentId = renamed.get(snapshot.assessmentId);
		if (!assessmentId) continue;
		const id = known.has(snapshot.id) ? newId() : snapshot.id;
		known.add(id);
		added.push({ ...structuredClone(snapshot), id, assessmentId });
	}
	const firstImported = assessments[0] ? renamed.get(assessments[0].id) : undefined;
	return {
		...next,
		snapshots: [...next.snapshots, ...added].slice(0, MAX_SNAPSHOTS),
		activeId: firstImported ?? next.activeId
	};
}
