/**
 * The locales the app ships. English is the source and the fallback; every other locale must
 * have exactly the same message keys (enforced by `messages.spec.ts`).
 */
export const LOCALES = ['en', 'de', 'fr', 'nb', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each locale's name in its own language, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	de: 'Deutsch',
	fr: 'Français',
	nb: 'Norsk bokmål',
	pt: 'Português (Portugal)'
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale for a list of BCP 47 tags in order of preference
 * (e.g. `navigator.languages`): an exact match wins, then a match on the language alone.
 * Norwegian `no` and `nn` map to Bokmål because that is the written form most readers use.
 *
 * Self-contained (it uses only its arguments): the language-neutral pages inline its source in
 * their redirect script (neutral-redirect.ts), so the script and the app choose alike.
 */
export function pickLocale<T extends string = Locale>(
	preferred: readonly string[],
	locales: readonly T[] = LOCALES as unknown as readonly T[],
	fallback: T = DEFAULT_LOCALE as T
): T {
	for (const tag of preferred) {
		const lower = String(tag).toLowerCase();
		let language = lower.split('-')[0] ?? '';
		if (language === 'no' || language === 'nn') language = 'nb';
		for (const candidate of [lower, language]) {
			if ((locales as readonly string[]).includes(candidate)) return candidate as T;
		}
	}
	return fallback;
}
