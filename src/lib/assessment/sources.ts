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
	/** For a snapshot: its label and when it was taken. */
	label?: string;
	takenAt?: string;
	/** For a snapshot: the name of the assessment it belongs to now. */
	ownerName?: string;
}

interface SnapshotLike {
	id: string;
	assessmentId: string;
	label: string;
	takenAt: string;
	assessment: Assessment;
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
				takenAt: snapshot.takenAt,
				ownerName: names.get(snapshot.assessmentId) ?? snapshot.assessment.name
			}))
	];
}

/** The address of the compare page with both sides chosen. */
export function compareQuery(a: string, b: string): `/compare/?${string}` {
	return `/compare/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}
