import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupI18n } from './index';

afterEach(() => vi.restoreAllMocks());

describe('setupI18n', () => {
	it('makes intl-messageformat resolve a locale once, not once per message', () => {
		setupI18n('en');
		const lookup = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
		const first = new IntlMessageFormat('{count, number}', 'sv');
		for (let i = 0; i < 5; i++) new IntlMessageFormat(`message ${i}`, 'sv');
		expect(lookup.mock.calls.filter(([locales]) => String(locales) === 'sv')).toHaveLength(1);
		expect(first.format({ count: 1234.5 })).toBe(new Intl.NumberFormat('sv').format(1234.5));
	});
});
