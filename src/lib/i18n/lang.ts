import { derived } from 'svelte/store';
import { locale } from 'svelte-i18n';
import { DEFAULT_LOCALE } from './locales';

/**
 * The active locale as a plain string for `Intl` and the formatters: svelte-i18n's `locale` is
 * null until a locale is set, and every caller needs a value.
 */
export const lang = derived(locale, ($locale) => $locale ?? DEFAULT_LOCALE);
