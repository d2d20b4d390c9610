/** A stored document's report as the storage notice reads it, set by hand in component tests. */
import type { DocumentProblem, StorageReport, StorageStatus } from '$lib/storage/document';

export class FakeReport implements StorageReport {
	problem = $state<DocumentProblem | null>(null);
	status = $state<StorageStatus>('saved');
	rawBackup = $state<string | null>(null);
	backupKey = $state<string | null>(null);

	constructor(report: Partial<StorageReport> = {}) {
		Object.assign(this, report);
	}

	dismissProblem(): void {
		this.problem = null;
	}
}
