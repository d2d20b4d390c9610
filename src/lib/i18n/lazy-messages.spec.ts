import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLazyMessageFile, LAZY_MESSAGE_FILES, ROUTE_MESSAGE_FILES } from './lazy-messages';
import { LOCALES } from './locales';

const here = import.meta.dirname;

describe('message files only one page loads', () => {
	it('exist in every locale and belong to a page', () => {
		for (const file of LAZY_MESSAGE_FILES) {
			for (const code of LOCALES) expect(existsSync(join(here, 'messages', code, file))).toBe(true);
			expect(Object.values(ROUTE_MESSAGE_FILES).flat()).toContain(file);
		}
	});

	it('are left out of the start-up glob and are the lazy glob, exactly', () => {
		const index = readFileSync(join(here, 'index.ts'), 'utf8');
		const lazy = readFileSync(join(here, 'route-messages.ts'), 'utf8');
		for (const file of LAZY_MESSAGE_FILES) {
			expect(index).toContain(`'!./messages/*/${file}'`);
			expect(lazy).toContain(`'./messages/*/${file}'`);
		}
		expect(index.match(/'!\.\/messages\/\*\/[^']+'/g)).toHaveLength(LAZY_MESSAGE_FILES.length);
	});

	it('are recognised by path', () => {
		expect(isLazyMessageFile('src/lib/i18n/messages/de/sbom.json')).toBe(true);
		expect(isLazyMessageFile('de/ui.json')).toBe(false);
	});
});
