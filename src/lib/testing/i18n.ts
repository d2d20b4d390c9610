/**
 * svelte-i18n for component tests: the real English catalogue, set up synchronously, so tests
 * assert the text users read. Call `setupTestI18n()` at the top of a `*.svelte.spec.ts` file.
 */
import { addMessages, init, locale } from 'svelte-i18n';
import { messagesFor } from '$lib/i18n/server-messages';

let ready = false;

export function setupTestI18n(): void {
	if (!ready) {
		addMessages('en', messagesFor('en'));
		void init({ fallbackLocale: 'en', initialLocale: 'en' });
		ready = true;
	}
	void locale.set('en');
}
