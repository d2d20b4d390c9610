/**
 * svelte-i18n for component tests: the real catalogue of a locale, loaded synchronously, so a
 * test sees the words a user sees (a missing or renamed key shows up as the key itself).
 */
import { addMessages, init, locale as currentLocale } from 'svelte-i18n';
import type { Locale } from '$lib/i18n/locales';
import { messagesFor } from '$lib/i18n/server-messages';

const added = new Set<Locale>();

export function setupTestI18n(locale: Locale = 'en'): void {
	if (!added.has(locale)) addMessages(locale, messagesFor(locale));
	if (added.size === 0) void init({ fallbackLocale: locale, initialLocale: locale });
	else void currentLocale.set(locale);
	added.add(locale);
}
