/**
 * The link back to the live result for exports that leave the app (issues, the Jira CSV): the
 * answers and targets only, never notes or owners, as on the printed plan. Loaded with the export
 * that needs it, so the share-link code stays out of the plan page's first load.
 */
import type { Assessment } from '$lib/assessment/model';
import { encodeResult } from '$lib/share/codec';
import { shareUrl, toSharedResult } from '$lib/share/share';

/** `resultPage` is the absolute address of the app's /r/ page; null when it cannot be encoded. */
export function resultLink(assessment: Assessment, resultPage: string): string | null {
	try {
		return shareUrl(
			resultPage,
			encodeResult(toSharedResult(assessment, { includeDetails: false }))
		);
	} catch {
		return null;
	}
}
