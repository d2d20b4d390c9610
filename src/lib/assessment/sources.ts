/**
 * The things a user can compare: each assessment as it is now and each snapshot. Keys are stable
 * strings usable in a URL (`assessment:<id>`, `snapshot:<id>`).
 */
import type { Assessment } from './model';

export interface ComparableSource {
	key: string;
	kind: 'assessment' | 'snapshot';
	/** The assessment's data (for a snapshot, the frozen copy). */
	assessment: Assessment;
	/** For a snapshot: its label, why the app took it (if it did) and when it was taken. */
	label?: string;
	origin?: 'framework-update';
	takenAt?: string;
	/** For a snapshot: the id and the name (as it is now) of the assessment it belongs to. */
	ownerId?: string;
	ownerName?: string;
}

interface SnapshotLike {
	id: string;
	assessmentId: string;
	label: string;
	takenAt: string;
	assessment: Assessment;
	origin?: 'framework-update';
}

export function comparableSources(
	assessments: readonly Assessment[],
	snapshots: readonly SnapshotLike[]
): ComparableSource[] {
	const names = new Map(assessments.map((a) => [a.id, a.name]));
	return [
		...assessments.map((assessment) => ({
			key: `assessment:${assessment.id}`,
			kind: 'assessment' as const,
			assessment
		})),
		...[...snapshots]
			.sort((a, b) => b.takenAt.localeCompare(a.takenAt))
			.map((snapshot) => ({
				key: `snapshot:${snapshot.id}`,
				kind: 'snapshot' as const,
				assessment: snapshot.assessment,
				label: snapshot.label,
				...(snapshot.origin ? { origin: snapshot.origin } : {}),
				takenAt: snapshot.takenAt,
				ownerId: snapshot.assessmentId,
				ownerName: names.get(snapshot.assessmentId) ?? snapshot.assessment.name
			}))
	];
}

/**
 * What can be drawn beside one assessment (the results chart's extra series): everything but the
 * assessment itself, its own snapshots first (newest first), as the likeliest wish is progress.
 */
export function sourcesBeside(
	sources: readonly ComparableSource[],
	assessmentId: string
): ComparableSource[] {
	const others = sources.filter((source) => source.key !== `assessment:${assessmentId}`);
	return [
		...others.filter((source) => source.ownerId === assessmentId),
		...others.filter((source) => source.ownerId !== assessmentId)
	];
}

/** The address of the compare page with both sides chosen. */
export function compareQuery(a: string, b: string): `/compare/?${string}` {
	return `/compare/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}
