import { describe, expect, it } from 'vitest';
import { choiceForKey } from './keyboard';

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
