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
import { applyMigration, MIGRATIONS, type MigrationReport } from '$lib/framework/migrations';
import type { FrameworkUpdate } from './document';
import { MAX_SNAPSHOTS, type Envelope, type Snapshot } from './envelope';

/** The chain of migrations from `from` to `to`, or null when there is none. */
function chain(from: string, to: string) {
	const steps = [];
	let version = from;
	while (version !== to) {
		const next = MIGRATIONS.find((migration) => migration.from === version);
		if (!next) return null;
		steps.push(next);
		version = next.to;
	}
	return steps;
}

/** One assessment brought up to `to`, with what changed for its answers. */
export function updateAssessment(
	assessment: Assessment,
	to: string
): { assessment: Assessment; reports: MigrationReport[] } | null {
	const steps = chain(assessment.frameworkVersion, to);
	if (!steps || steps.length === 0) return null;
	let current: Assessment = assessment;
	const reports: MigrationReport[] = [];
	for (const step of steps) {
		const { result, report } = applyMigration(current, step);
		const answers = { ...result.answers };
		for (const id of report.review) {
			if (answers[id]) answers[id] = { ...answers[id], review: step.to };
		}
		current = { ...result, answers, frameworkVersion: step.to };
		reports.push(report);
	}
	return { assessment: current, reports };
}

/** The envelope with every assessment (and recently deleted one) on the `to` bank. */
export function updateEnvelope(
	envelope: Envelope,
	to: string,
	now: Date
): { envelope: Envelope; update: FrameworkUpdate | null } {
	let from: string | null = null;
	let review = 0;
	let added = 0;
	const snapshots: Snapshot[] = [...envelope.snapshots];
	const update = (assessment: Assessment, keepSnapshot: boolean): Assessment => {
		const updated = updateAssessment(assessment, to);
		if (!updated) return assessment;
		from ??= assessment.frameworkVersion;
		review += updated.reports.reduce((sum, report) => sum + report.review.length, 0);
		added += updated.reports.reduce((sum, report) => sum + report.added.length, 0);
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
		update: { from, to, review, added }
	};
}
