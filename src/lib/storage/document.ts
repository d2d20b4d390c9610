/**
 * A stored document: one versioned JSON text under one localStorage key, the copies kept of it
 * and the rules for when it may be written. The assessments (envelope.ts) and the workshop
 * session (workshop/session.ts) are both documents; each supplies a `DocumentFormat`, and
 * document.svelte.ts holds one as reactive state.
 *
 * Rules, in the order they matter:
 * 1. Text that could not be read or understood is never overwritten before a copy of it is safe:
 *    it is first written to a backup key; if that fails, the document works in memory and leaves
 *    the stored text alone ('backup-failed').
 * 2. Storage that is missing or cannot be read means working in memory ('unavailable',
 *    'read-failed'), so nothing stored is overwritten either.
 * 3. A full store is reported on every failed save ('full') and retried on the next one.
 *
 * Backups are `<key>:backup:<ISO time>`; the newest MAX_BACKUPS of each document are kept.
 */
import { isRecord } from '$lib/json';
import { keysWithPrefix, readKey, removeKey, writeKey, type KeyValueStore } from './storage';

export const MAX_BACKUPS = 3;

export type StorageStatus =
	/** Every change is saved. */
	| 'saved'
	/** The browser offers no storage (or blocks it): nothing is saved. */
	| 'unavailable'
	/** Reading storage failed: nothing is saved, so nothing stored is overwritten. */
	| 'read-failed'
	/** The last save failed because storage is full; retried on every change. */
	| 'full'
	/** Stored text had a problem and could not be backed up, so it is left untouched. */
	| 'backup-failed';

/** What the move to a newer question bank changed (storage/framework-update.ts). */
export interface FrameworkUpdate {
	from: string;
	to: string;
	/** Answers kept but marked for review, because their question changed. */
	review: number;
	/** New questions, not answered yet. */
	added: number;
}

/**
 * What was wrong with the stored text. 'migrated' (an older storage format) and
 * 'framework-updated' (answers moved to a newer question bank) are no fault: nothing was lost.
 */
export type DocumentProblem =
	| { kind: 'not-json' }
	| { kind: 'not-ours' }
	| { kind: 'too-large'; size: number }
	| { kind: 'future-version'; version: number }
	| { kind: 'repaired'; dropped: number }
	| { kind: 'migrated'; from: number }
	| ({ kind: 'framework-updated' } & FrameworkUpdate);

/** An upgrade loses nothing: its backup is a courtesy, and it is information, not a warning. */
export function isUpgrade(problem: DocumentProblem): boolean {
	return problem.kind === 'migrated' || problem.kind === 'framework-updated';
}

/** What the storage notice shows of a document. */
export interface StorageReport {
	readonly problem: DocumentProblem | null;
	readonly status: StorageStatus;
	/** The stored text that had the problem, for download. */
	readonly rawBackup: string | null;
	/** Where that text was copied, or null when it could not be. */
	readonly backupKey: string | null;
	dismissProblem(): void;
}

export interface Reading<T> {
	value: T;
	/** Null when nothing was stored or the text was valid in the current version. */
	problem: DocumentProblem | null;
	/**
	 * Leave the stored text in place until the first change, instead of writing the repaired
	 * value back at once (the backup is made either way).
	 */
	keepStored?: boolean;
	/**
	 * Set when the text needs repair code that loads on demand (rare, so it stays out of the first
	 * load): `value` and `problem` only stand in until this gives the real reading.
	 */
	repair?: () => Promise<Reading<T>>;
}

export interface DocumentFormat<T> {
	key: string;
	/** Reads stored text (null: nothing stored). Never throws; whatever it drops is a problem. */
	read(raw: string | null): Reading<T>;
	serialize(value: T): string;
}

export interface Loaded<T> extends Reading<T> {
	status: StorageStatus;
	/** The stored text that had a problem, for the user to download; otherwise null. */
	raw: string | null;
	/** Where that text was copied, or null when there was none or it could not be. */
	backupKey: string | null;
	/** The text under the key after loading; null when there is none or it cannot be read. */
	stored: string | null;
	/**
	 * Set while the text is being repaired: this result stands in ('read-failed': nothing may be
	 * written) until the promise gives the real one. Should the repair code fail to load, the
	 * stand-in stays: the app works in memory and leaves the stored text alone.
	 */
	repaired?: Promise<Loaded<T>>;
}

export interface Saved {
	status: StorageStatus;
	/** The text written, when it was. */
	stored?: string;
}

/** The JSON object in stored text, or why there is none. */
export function parseStored(
	raw: string,
	maxChars: number
): { data: Record<string, unknown> } | { problem: DocumentProblem } {
	if (raw.length > maxChars) return { problem: { kind: 'too-large', size: raw.length } };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { problem: { kind: 'not-json' } };
	}
	return isRecord(data) ? { data } : { problem: { kind: 'not-ours' } };
}

/** A version number higher than `current`: data written by a newer app. */
export function isFutureVersion(version: unknown, current: number): version is number {
	return typeof version === 'number' && Number.isInteger(version) && version > current;
}

export function backupPrefix(key: string): string {
	return `${key}:backup:`;
}

/** Copies text to a new backup key and drops the oldest beyond MAX_BACKUPS; null on failure. */
export function writeBackup(
	store: KeyValueStore | null,
	key: string,
	raw: string,
	now: Date
): string | null {
	const prefix = backupPrefix(key);
	const backupKey = prefix + now.toISOString();
	if (writeKey(store, backupKey, raw) !== 'ok') return null;
	// ISO times sort as text: the oldest come first.
	for (const old of keysWithPrefix(store, prefix).slice(0, -MAX_BACKUPS)) removeKey(store, old);
	return backupKey;
}

/** Writes the value unless the status forbids it (see the rules above). */
export function saveDocument<T>(
	store: KeyValueStore | null,
	format: DocumentFormat<T>,
	value: T,
	status: StorageStatus
): Saved {
	if (status !== 'saved' && status !== 'full') return { status };
	const text = format.serialize(value);
	const result = writeKey(store, format.key, text);
	if (result === 'ok') return { status: 'saved', stored: text };
	return { status: result === 'full' ? 'full' : 'unavailable' };
}

/** Reads the document, backs up text with a problem, and writes the repaired value back. */
export function loadDocument<T>(
	store: KeyValueStore | null,
	format: DocumentFormat<T>,
	now: Date
): Loaded<T> {
	const read = readKey(store, format.key);
	if (!read.ok) {
		return {
			...format.read(null),
			status: store ? 'read-failed' : 'unavailable',
			raw: null,
			backupKey: null,
			stored: null
		};
	}
	const raw = read.value;
	const { repair, ...reading } = format.read(raw);
	if (!repair) return settle(store, format, raw, reading, now);
	return {
		...reading,
		problem: null,
		status: 'read-failed',
		raw: null,
		backupKey: null,
		stored: raw,
		repaired: repair().then((repaired) => settle(store, format, raw, repaired, now))
	};
}

/** The rules above, once the text has been read. */
function settle<T>(
	store: KeyValueStore | null,
	format: DocumentFormat<T>,
	raw: string | null,
	reading: Reading<T>,
	now: Date
): Loaded<T> {
	const loaded: Loaded<T> = {
		...reading,
		status: 'saved',
		raw: null,
		backupKey: null,
		stored: raw
	};
	if (!reading.problem || raw === null) return loaded;

	const backupKey = writeBackup(store, format.key, raw, now);
	// An upgrade loses nothing, so its copy is a courtesy: no room for it is no reason to stop.
	if (!backupKey && !isUpgrade(reading.problem)) {
		return { ...loaded, status: 'backup-failed', raw };
	}
	const kept = { ...loaded, raw, backupKey };
	if (reading.keepStored) return kept;
	const saved = saveDocument(store, format, reading.value, 'saved');
	return { ...kept, status: saved.status, stored: saved.stored ?? raw };
}
