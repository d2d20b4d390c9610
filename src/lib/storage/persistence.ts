/**
 * Loads and saves the envelope through a guarded store, and decides when it is safe to write.
 *
 * Rules, in the order they matter:
 * 1. Never overwrite data we could not read or understand before a copy of it is safe: when the
 *    stored text has a problem, it is first written to a backup key; if that fails, the app works
 *    in memory and leaves the stored text alone.
 * 2. Storage that is missing or unreadable means working in memory, with a visible warning.
 * 3. A full store is reported on every failed save and retried on the next one.
 */
import {
	BACKUP_KEY_PREFIX,
	readEnvelope,
	serializeEnvelope,
	STORAGE_KEY,
	type Envelope,
	type LoadProblem
} from './envelope';
import { keysWithPrefix, readKey, removeKey, writeKey, type KeyValueStore } from './storage';

/** How many raw backups to keep; older ones are removed when a new one is written. */
export const MAX_BACKUPS = 3;

export type PersistenceStatus =
	/** Every change is saved. */
	| 'saved'
	/** The browser offers no storage (or blocks it): nothing is saved. */
	| 'unavailable'
	/** Reading storage failed: nothing is saved, so nothing stored is overwritten. */
	| 'read-failed'
	/** The last save failed because storage is full; retried on every change. */
	| 'full'
	/** Stored data had a problem and could not be backed up, so it is left untouched. */
	| 'backup-failed';

export interface Loaded {
	envelope: Envelope;
	problem: LoadProblem | null;
	/** The stored text that had the problem, for the user to download. */
	raw: string | null;
	/** Where that text was backed up, or null if it could not be. */
	backupKey: string | null;
}

export class Persistence {
	status: PersistenceStatus = 'saved';

	constructor(
		private readonly store: KeyValueStore | null,
		private readonly frameworkVersion: string,
		private readonly now: () => Date = () => new Date()
	) {}

	load(): Loaded {
		const read = readKey(this.store, STORAGE_KEY);
		if (!read.ok) {
			this.status = this.store ? 'read-failed' : 'unavailable';
			return {
				...readEnvelope(null, this.frameworkVersion, this.now()),
				raw: null,
				backupKey: null
			};
		}
		const result = readEnvelope(read.value, this.frameworkVersion, this.now());
		if (!result.problem && result.migratedFrom !== undefined) {
			// Data of an older version: keep the original as a backup (best effort: it loaded fine,
			// so nothing is lost if there is no room), then store it in the current format at once.
			const backupKey = this.backup(read.value as string);
			this.save(result.envelope);
			return {
				...result,
				problem: { kind: 'migrated', from: result.migratedFrom },
				raw: read.value,
				backupKey
			};
		}
		if (!result.problem) return { ...result, raw: null, backupKey: null };

		const backupKey = this.backup(read.value as string);
		if (!backupKey) {
			this.status = 'backup-failed';
			return { ...result, raw: read.value, backupKey: null };
		}
		// The original is safe under the backup key; store the repaired version in its place.
		this.save(result.envelope);
		return { ...result, raw: read.value, backupKey };
	}

	/** Writes the envelope unless doing so could destroy data the user has not got a copy of. */
	save(envelope: Envelope): PersistenceStatus {
		if (
			this.status === 'unavailable' ||
			this.status === 'read-failed' ||
			this.status === 'backup-failed'
		) {
			return this.status;
		}
		const result = writeKey(this.store, STORAGE_KEY, serializeEnvelope(envelope));
		this.status = result === 'ok' ? 'saved' : result === 'full' ? 'full' : 'unavailable';
		return this.status;
	}

	/** Parses text another tab wrote; returns null when it is not a valid envelope. */
	parseExternal(raw: string | null): Envelope | null {
		if (raw === null) return null;
		const result = readEnvelope(raw, this.frameworkVersion, this.now());
		return result.problem ? null : result.envelope;
	}

	private backup(raw: string): string | null {
		const key = `${BACKUP_KEY_PREFIX}${this.now().toISOString()}`;
		if (writeKey(this.store, key, raw) !== 'ok') return null;
		const backups = keysWithPrefix(this.store, BACKUP_KEY_PREFIX);
		for (const old of backups.slice(0, Math.max(0, backups.length - MAX_BACKUPS)))
			removeKey(this.store, old);
		return key;
	}
}
