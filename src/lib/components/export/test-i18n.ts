/**
 * Test helper (component tests only): svelte-i18n with a locale's real catalogue, as the app
 * has it after loading, so components render the text users see.
 */
import { addMessages, init, locale, waitLocale } from 'svelte-i18n';
import type { Locale } from '$lib/i18n/locales';
import { messagesFor } from '$lib/i18n/server-messages';

let initialised = false;

export async function useLocale(code: Locale = 'en'): Promise<void> {
	addMessages(code, messagesFor(code));
	if (!initialised) {
		init({ fallbackLocale: code, initialLocale: code });
		initialised = true;
	}
	await locale.set(code);
	await waitLocale(code);
}

/** jsdom has no modal dialogs: enough of showModal()/close() for components that use them. */
export function stubDialogs(): void {
	const proto = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
	if (typeof proto.showModal === 'function') return;
	proto.showModal = function (this: HTMLDialogElement) {
		this.setAttribute('open', '');
	};
	proto.close = function (this: HTMLDialogElement) {
		this.removeAttribute('open');
	};
}
