import type { ComparableSource } from '$lib/assessment/sources';
import type { Translate } from '$lib/export/plan';
import { formatDateTime } from '$lib/i18n/format';

/** A snapshot's name: its label, what the app took it for, or "unlabelled". */
export function snapshotLabel(
	snapshot: {
		label?: string;
		origin?: 'framework-update';
		assessment: { frameworkVersion: string };
	},
	t: Translate
): string {
	if (snapshot.label) return snapshot.label;
	if (snapshot.origin === 'framework-update') {
		return t('snapshots.before_update', {
			values: { version: snapshot.assessment.frameworkVersion }
		});
	}
	return t('snapshots.unlabelled');
}

/**
 * How an assessment, a snapshot or a pasted link is named wherever one is picked or shown beside
 * another (the compare page, the extra series on the results chart). Unnamed ones say so.
 */
export function describeSource(source: ComparableSource, t: Translate, lang: string): string {
	const name = (value: string | undefined) => value || t('export.untitled');
	if (source.key === 'link') {
		return t('compare.source_link', { values: { name: name(source.assessment.name) } });
	}
	if (source.kind === 'snapshot') {
		return t('compare.source_snapshot', {
			values: {
				label: snapshotLabel(source, t),
				name: name(source.ownerName),
				when: formatDateTime(source.takenAt ?? '', lang)
			}
		});
	}
	return t('compare.source_assessment', { values: { name: name(source.assessment.name) } });
}
