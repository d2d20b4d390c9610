/**
 * The tracker the user chose, remembered in localStorage under its own key. A tiny adapter over
 * the guarded access in storage.ts, so that only these functions know the key and the format
 * when the storage layer changes.
 *
 * What is read is checked with zod and then validated again like typed input (validateTracker),
 * so a stored value edited by hand into a script URL is refused, not used. When the browser
 * cannot store it (storage off or full), the choice is kept in memory for the page's lifetime.
 */
import * as z from 'zod/mini';
import { readKey, writeKey, type KeyValueStore, type WriteResult } from '$lib/storage/storage';
import {
	MAX_BASE_URL_LENGTH,
	MAX_PROJECT_LENGTH,
	TRACKER_KINDS,
	validateTracker,
	type TrackerConfig
} from './tracker';

export const TRACKER_KEY = 'commons-check:tracker';

const storedSchema = z.object({
	version: z.literal(1),
	kind: z.enum(TRACKER_KINDS),
	baseUrl: z.string().check(z.maxLength(MAX_BASE_URL_LENGTH)),
	project: z.string().check(z.maxLength(MAX_PROJECT_LENGTH))
});

/** The choice made on this page, whether or not the browser could store it. */
let current: TrackerConfig | null = null;

/** Parses a stored value; null for anything that is not a valid tracker. */
export function parseStoredTracker(raw: string | null): TrackerConfig | null {
	if (!raw || raw.length > 1_000) return null;
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return null;
	}
	const parsed = storedSchema.safeParse(value);
	if (!parsed.success) return null;
	const checked = validateTracker(parsed.data);
	return checked.ok ? checked.config : null;
}

export function loadTracker(store: KeyValueStore | null): TrackerConfig | null {
	if (current) return current;
	const read = readKey(store, TRACKER_KEY);
	return read.ok ? parseStoredTracker(read.value) : null;
}

export function saveTracker(store: KeyValueStore | null, config: TrackerConfig): WriteResult {
	current = config;
	return writeKey(store, TRACKER_KEY, JSON.stringify({ version: 1, ...config }));
}

/** Forgets the in-memory choice (for tests). */
export function resetTrackerMemory(): void {
	current = null;
}
