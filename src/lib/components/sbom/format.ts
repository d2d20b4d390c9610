/** Number formats for the SBOM report, per locale ("12 %" in French, "12%" in English). */

const percents = new Map<string, Intl.NumberFormat>();
const integers = new Map<string, Intl.NumberFormat>();

/** A share 0–1 as a whole percentage; shares that are not 0 or 1 never round to 0 % or 100 %. */
export function formatShare(share: number, locale: string): string {
	let format = percents.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
		percents.set(locale, format);
	}
	const shown = share > 0 && share < 0.01 ? 0.01 : share < 1 && share > 0.99 ? 0.99 : share;
	return format.format(shown);
}

export function formatCount(value: number, locale: string): string {
	let format = integers.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale);
		integers.set(locale, format);
	}
	return format.format(value);
}

/** part / whole, 0 when there is no whole. */
export function ratio(part: number, whole: number): number {
	return whole === 0 ? 0 : part / whole;
}
