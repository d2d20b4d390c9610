import { derived } from 'svelte/store';
import { locale } from 'svelte-i18n';
import { DEFAULT_LOCALE, isLocale, languageTag } from './locales';

/**
 * The active locale's language tag for `Intl` and the formatters (`pt-PT` for the app's
 * Portuguese): svelte-i18n's `locale` is null until a locale is set, and every caller needs a value.
 */
export const lang = derived(locale, ($locale) =>
	languageTag(isLocale($locale) ? $locale : DEFAULT_LOCALE)
);
