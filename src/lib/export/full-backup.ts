/**
 * The backup of everything in this browser: the assessments and snapshots the caller passes, and
 * the SBOM summaries kept here (export/backup.ts, version 3). Loaded with the download only.
 */
import type { Assessment } from '$lib/assessment/model';
import { sbomStore } from '$lib/sbom/store.svelte';
import type { Snapshot } from '$lib/storage/envelope';
import { createBackup, serializeBackup } from './backup';

export async function fullBackupText(
	assessments: readonly Assessment[],
	snapshots: readonly Snapshot[],
	now = new Date()
): Promise<string> {
	await sbomStore.ready;
	return serializeBackup(createBackup(assessments, snapshots, now, sbomStore.data));
}
