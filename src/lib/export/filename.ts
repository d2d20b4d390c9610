/**
 * File names for exports: `commons-check-<slug>-<yyyy-mm-dd>.<ext>`, and
 * `commons-check-<slug>-<yyyy-mm-dd>-<variant>.<ext>` for a second file of the same type (the CSV
 * for Jira beside the plain CSV). The slug is plain ASCII so the name survives every file system,
 * archive format and mail attachment, and it can never hold a path separator or a leading dot.
 */
export type ExportExtension = 'md' | 'csv' | 'json' | 'xlsx';
export type ExportVariant = 'jira';

const MAX_SLUG = 40;

/** Letters that NFKD does not decompose into an ASCII letter and a mark. */
const TRANSLITERATIONS: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	ł: 'l',
	þ: 'th',
	ı: 'i'
};

export function slugify(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[ßæœøđðłþı]/g, (letter) => TRANSLITERATIONS[letter] ?? '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, MAX_SLUG)
		// Cutting at 40 can leave a hyphen at the end.
		.replace(/-+$/, '');
	return slug || 'assessment';
}

/** The local calendar date: an export made at 00:30 in Berlin is dated that day, not the day before. */
export function localIsoDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportFilename(
	name: string,
	date: Date,
	ext: ExportExtension,
	variant?: ExportVariant
): string {
	return `commons-check-${slugify(name)}-${localIsoDate(date)}${variant ? `-${variant}` : ''}.${ext}`;
}
