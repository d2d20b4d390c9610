/**
 * The tracker the user chose, kept with the other settings in the stored envelope (one
 * persistence path): the plan page hands the components a `TrackerSettings` backed by the app
 * state, tests an in-memory one.
 *
 * What is read is checked again like typed input (validateTracker), so a stored value edited by
 * hand into a script URL is refused, not used. When the browser cannot store it (storage off or
 * full), the app state keeps it for the page's lifetime and `remember` says it was not stored.
 */
import * as z from 'zod/mini';
import {
	MAX_BASE_URL_LENGTH,
	MAX_PROJECT_LENGTH,
	TRACKER_KINDS,
	validateTracker,
	type TrackerConfig
} from './tracker';

export interface TrackerSettings {
	/** The stored choice as it is (unchecked), or undefined. */
	read(): unknown;
	/** Stores the choice; false when the browser could not keep it beyond this page. */
	remember(config: TrackerConfig): boolean;
}

const storedSchema = z.object({
	kind: z.enum(TRACKER_KINDS),
	baseUrl: z.string().check(z.maxLength(MAX_BASE_URL_LENGTH)),
	project: z.string().check(z.maxLength(MAX_PROJECT_LENGTH))
});

/** The remembered tracker, or null when there is none or it is not a valid one. */
export function loadTracker(settings: TrackerSettings): TrackerConfig | null {
	const parsed = storedSchema.safeParse(settings.read());
	if (!parsed.success) return null;
	const checked = validateTracker(parsed.data);
	return checked.ok ? checked.config : null;
}

export function saveTracker(settings: TrackerSettings, config: TrackerConfig): boolean {
	return settings.remember(config);
}

/** Settings in memory, for tests: `stores` false plays storage that is off or full. */
export function memoryTrackerSettings(
	initial?: unknown,
	stores = true
): TrackerSettings & { value: unknown } {
	return {
		value: initial,
		read() {
			return this.value;
		},
		remember(config) {
			this.value = { ...config };
			return stores;
		}
	};
}
