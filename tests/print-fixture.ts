/** Opens a page with an assessment stored the way the app stores it (see $lib/testing/hand-over). */
import type { Page } from '@playwright/test';
import type { Assessment } from '../src/lib/assessment/model';
import { STORAGE_KEY, type Settings } from '../src/lib/storage/envelope';
import { storedEnvelope } from '../src/lib/testing/hand-over';

export { handOver } from '../src/lib/testing/hand-over';

/** Stores the assessment in the page's origin, then opens `path` with it. */
export async function openWith(
	page: Page,
	assessment: Assessment,
	path: string,
	settings: Settings = {}
): Promise<void> {
	await page.goto('/');
	await page.evaluate(
		([key, value]) => localStorage.setItem(key!, value!),
		[STORAGE_KEY, storedEnvelope(assessment, settings)]
	);
	await page.goto(path);
}
