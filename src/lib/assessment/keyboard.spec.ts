import { describe, expect, it } from 'vitest';
import { choiceForKey, keyAction } from './keyboard';

describe('choiceForKey', () => {
	it('maps 0–4 to levels and N / D (either case) to not applicable / don’t know', () => {
		expect(['0', '1', '2', '3', '4'].map(choiceForKey)).toEqual([0, 1, 2, 3, 4]);
		expect([choiceForKey('n'), choiceForKey('N')]).toEqual(['na', 'na']);
		expect([choiceForKey('d'), choiceForKey('D')]).toEqual(['unknown', 'unknown']);
	});

	it('ignores every other key', () => {
		for (const key of ['5', '9', 'a', 'x', ' ', 'Enter', 'Tab', 'ArrowDown', 'Numpad1', '']) {
			expect(choiceForKey(key)).toBeUndefined();
		}
	});
});

/** A stand-in for the focused element: what `matches` and `closest` see. */
function focusOn(selector: 'radio' | 'text' | 'button' | 'summary' | 'body'): Element {
	const matching: Record<typeof selector, (css: string) => boolean> = {
		radio: (css) => css.includes('input[type="radio"]') && !css.includes(':not'),
		text: (css) => css.includes('textarea'),
		button: (css) => css.includes('button'),
		summary: (css) => css.includes('summary'),
		body: () => false
	};
	const test = matching[selector];
	return {
		matches: (css: string) => test(css),
		closest: (css: string) => (test(css) ? ({} as Element) : null)
	} as unknown as Element;
}

const press = (key: string, extra: Partial<KeyboardEvent> = {}) => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	defaultPrevented: false,
	...extra
});

const questionnaire = { arrows: false, enterAnywhere: false };
const presenter = { arrows: true, enterAnywhere: true };

describe('keyAction', () => {
	it('answers with 0–4, N and D outside text fields, in both views', () => {
		for (const options of [questionnaire, presenter]) {
			expect(keyAction(press('3'), focusOn('radio'), options)).toEqual({
				kind: 'choose',
				choice: 3
			});
			expect(keyAction(press('n'), focusOn('summary'), options)).toEqual({
				kind: 'choose',
				choice: 'na'
			});
		}
	});

	it('leaves typing alone, and Esc leaves the text field', () => {
		expect(keyAction(press('3'), focusOn('text'), presenter)).toBeNull();
		expect(keyAction(press('Enter'), focusOn('text'), questionnaire)).toBeNull();
		expect(keyAction(press('Escape'), focusOn('text'), presenter)).toEqual({
			kind: 'leave-field'
		});
	});

	it('ignores keys with a modifier and keys already handled', () => {
		expect(keyAction(press('3', { ctrlKey: true }), focusOn('radio'), questionnaire)).toBeNull();
		expect(keyAction(press('3', { metaKey: true }), focusOn('radio'), questionnaire)).toBeNull();
		expect(keyAction(press('3', { altKey: true }), focusOn('radio'), questionnaire)).toBeNull();
		expect(
			keyAction(press('3', { defaultPrevented: true }), focusOn('radio'), questionnaire)
		).toBeNull();
	});

	it('moves with Enter from an option in the questionnaire, and only there', () => {
		expect(keyAction(press('Enter'), focusOn('radio'), questionnaire)).toEqual({
			kind: 'move',
			by: 1
		});
		expect(keyAction(press('Enter', { shiftKey: true }), focusOn('radio'), questionnaire)).toEqual({
			kind: 'move',
			by: -1
		});
		expect(keyAction(press('Enter'), focusOn('summary'), questionnaire)).toBeNull();
		expect(keyAction(press('ArrowRight'), focusOn('radio'), questionnaire)).toBeNull();
	});

	it('moves with Enter anywhere but on controls, and with the arrows, in the presenter view', () => {
		expect(keyAction(press('Enter'), focusOn('body'), presenter)).toEqual({ kind: 'move', by: 1 });
		expect(keyAction(press('Enter'), focusOn('button'), presenter)).toBeNull();
		expect(keyAction(press('PageDown'), focusOn('body'), presenter)).toEqual({
			kind: 'move',
			by: 1
		});
		expect(keyAction(press('ArrowLeft'), focusOn('radio'), presenter)).toEqual({
			kind: 'move',
			by: -1
		});
		expect(keyAction(press('ArrowDown'), focusOn('radio'), presenter)).toBeNull();
	});
});
