/**
 * The answer shortcuts of the questionnaire and the presenter view, as pure functions: which
 * action a key press stands for, given where focus is. The `answerKeys` attachment
 * (components/answer-keys.ts) wires them to the page.
 */
import { LEVELS, type Level } from '$lib/framework/types';
import type { Choice } from './model';

/** The answer a key press picks: 0–4, N (not applicable), D (don't know). */
export function choiceForKey(key: string): Choice | undefined {
	if (key.length !== 1) return undefined;
	if (key >= '0' && key <= '4') return Number(key) as Choice;
	const lower = key.toLowerCase();
	if (lower === 'n') return 'na';
	if (lower === 'd') return 'unknown';
	return undefined;
}

/** Every answer in the order the options are shown: the five levels, then the two specials. */
export const CHOICES: readonly Choice[] = [...LEVELS, 'na', 'unknown'];

export function isLevel(choice: Choice | undefined): choice is Level {
	return typeof choice === 'number';
}

export type KeyAction =
	| { kind: 'choose'; choice: Choice }
	| { kind: 'move'; by: 1 | -1 }
	/** Esc in a text field: leave it, so the shortcuts work again. */
	| { kind: 'leave-field' };

export interface KeyOptions {
	/** → / Page Down and ← / Page Up move too (the presenter view, where ↑ ↓ stay in the options). */
	arrows: boolean;
	/**
	 * Enter (Shift+Enter) moves from anywhere but a link, button or disclosure (the presenter
	 * view); otherwise only from an answer option (the questionnaire, where Enter on anything else
	 * keeps its native meaning).
	 */
	enterAnywhere: boolean;
}

interface KeyPress {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	defaultPrevented: boolean;
}

const TEXT_FIELD = 'textarea, select, input:not([type="radio"]), [contenteditable="true"]';

/** What a key press means where focus is, or null when it should keep its native meaning. */
export function keyAction(event: KeyPress, target: Element, options: KeyOptions): KeyAction | null {
	if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
	if (target.closest(TEXT_FIELD)) return event.key === 'Escape' ? { kind: 'leave-field' } : null;
	if (event.key === 'Enter') {
		const moves = options.enterAnywhere
			? target.closest('a, button, summary') === null
			: target.matches('input[type="radio"]');
		return moves ? { kind: 'move', by: event.shiftKey ? -1 : 1 } : null;
	}
	if (options.arrows) {
		if (event.key === 'ArrowRight' || event.key === 'PageDown') return { kind: 'move', by: 1 };
		if (event.key === 'ArrowLeft' || event.key === 'PageUp') return { kind: 'move', by: -1 };
	}
	const choice = choiceForKey(event.key);
	return choice === undefined ? null : { kind: 'choose', choice };
}
