/** Locale-aware formatting of the numbers and dates the app shows. */

const scoreFormats = new Map<string, Intl.NumberFormat>();

/** A score on the 0–4 scale with exactly one decimal: "2.5" in English, "2,5" in German. */
export function formatScore(value: number, locale: string): string {
	let format = scoreFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
		scoreFormats.set(locale, format);
	}
	return format.format(value);
}

/** A number with a fixed count of decimals, e.g. an exact mean shown as "2.67". */
export function formatDecimal(value: number, locale: string, digits: number): string {
	return new Intl.NumberFormat(locale, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

/** A signed difference of scores with one decimal: "+0.5", "−1.0", "0.0". */
export function formatDelta(value: number, locale: string): string {
	return new Intl.NumberFormat(locale, {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1,
		signDisplay: 'exceptZero'
	}).format(value);
}

/** A calendar date; `YYYY-MM-DD` strings are read as local dates, not UTC midnight. */
export function formatDate(
	value: string | Date,
	locale: string,
	style: 'long' | 'medium' = 'long'
): string {
	const date = typeof value === 'string' ? parseDate(value) : value;
	return new Intl.DateTimeFormat(locale, { dateStyle: style }).format(date);
}

export function formatDateTime(value: string | Date, locale: string): string {
	const date = typeof value === 'string' ? new Date(value) : value;
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function parseDate(value: string): Date {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (match) return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	return new Date(value);
}
