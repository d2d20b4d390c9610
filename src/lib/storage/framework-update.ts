/**
 * Brings stored assessments made with an older question bank up to the current one, when the app
 * loads them (envelope.ts loads this module only then). Nothing is lost:
 * - the id map of each release (framework/migrations.ts) moves answers and plan entries; answers
 *   to questions that changed are kept and marked for review (`Answer.review`); answers to retired
 *   ids stay in the data under their old ids;
 * - before an assessment with answers is changed, a snapshot of it as it was is taken (origin
 *   'framework-update'), so the history keeps the original answers and scores;
 * - existing snapshots stay frozen in their own version and are scored with that version's bank;
 * - the stored text before the update is backed up by the document (a 'framework-updated' reading).
 * An assessment of a version the app does not know is left as it is.
 */
import { isUntouched, newId, type Assessment } from '$lib/assessment/model';
import { migrateToVersion, type MigrationReport } from '$lib/framework/migrations';
import type { FrameworkUpdate } from './document';
import { MAX_SNAPSHOTS, type Envelope, type Snapshot } from './envelope';

/** One assessment brought up to `to`, with what changed for its answers. */
export function updateAssessment(
	assessment: Assessment,
	to: string
): { assessment: Assessment; reports: MigrationReport[] } | null {
	const { result, reports } = migrateToVersion(assessment, to);
	if (reports.length === 0 || result.frameworkVersion !== to) return null;
	const answers = { ...result.answers };
	for (const report of reports) {
		for (const id of report.review) {
			if (answers[id]) answers[id] = { ...answers[id], review: report.to };
		}
	}
	return { assessment: { ...result, answers }, reports };
}

/** The envelope with every assessment (and recently deleted one) on the `to` bank. */
export function updateEnvelope(
	envelope: Envelope,
	to: string,
	now: Date
): { envelope: Envelope; update: FrameworkUpdate | null } {
	let from: string | null = null;
	// Marked answers across the assessments in use; new questions counted once.
	let review = 0;
	const added = new Set<string>();
	const snapshots: Snapshot[] = [...envelope.snapshots];
	// In use (counted and snapshotted), or recently deleted (only updated, so a restore fits).
	const update = (assessment: Assessment, keepSnapshot: boolean): Assessment => {
		const updated = updateAssessment(assessment, to);
		if (!updated) return assessment;
		from ??= assessment.frameworkVersion;
		if (keepSnapshot) {
			review += Object.values(updated.assessment.answers).filter((answer) => answer.review).length;
			for (const report of updated.reports) for (const id of report.added) added.add(id);
		}
		if (keepSnapshot && !isUntouched(assessment) && snapshots.length < MAX_SNAPSHOTS) {
			snapshots.push({
				id: newId(),
				assessmentId: assessment.id,
				label: '',
				takenAt: now.toISOString(),
				assessment: structuredClone(assessment),
				origin: 'framework-update'
			});
		}
		return updated.assessment;
	};
	const assessments = envelope.assessments.map((assessment) => update(assessment, true));
	const deleted = envelope.deleted.map((entry) => ({
		...entry,
		assessment: update(entry.assessment, false)
	}));
	if (from === null) return { envelope, update: null };
	return {
		envelope: { ...envelope, assessments, deleted, snapshots },
		update: { from, to, review, added: added.size }
	};
}
