/**
 * The localStorage key of the workshop session, in a module of its own: pages that only need to
 * know whether a session exists must not load the session's schema code to find out.
 */
export const WORKSHOP_KEY = 'commons-check:workshop';

/** Whether a workshop session is stored in this browser (false when storage is unreadable). */
export function hasWorkshopSession(): boolean {
	try {
		return globalThis.localStorage?.getItem(WORKSHOP_KEY) != null;
	} catch {
		return false;
	}
}
