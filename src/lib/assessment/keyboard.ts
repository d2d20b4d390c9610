import type { Choice } from './model';

/** The answer a key press picks in the questionnaire: 0–4, N (not applicable), D (don't know). */
export function choiceForKey(key: string): Choice | undefined {
	if (key.length !== 1) return undefined;
	if (key >= '0' && key <= '4') return Number(key) as Choice;
	const lower = key.toLowerCase();
	if (lower === 'n') return 'na';
	if (lower === 'd') return 'unknown';
	return undefined;
}
