import { describe, expect, it } from 'vitest';
import { siteUrl } from './site.js';

describe('siteUrl (SITE_URL)', () => {
	it('is empty when not set', () => {
		expect(siteUrl('')).toBe('');
		expect(siteUrl(undefined)).toBe('');
	});

	it('accepts an http(s) origin, with or without the final slash', () => {
		expect(siteUrl('https://check.example.org')).toBe('https://check.example.org');
		expect(siteUrl('https://check.example.org/')).toBe('https://check.example.org');
		expect(siteUrl('http://localhost:8080')).toBe('http://localhost:8080');
		// GitHub Pages: the owner's name may have capitals; host names do not care.
		expect(siteUrl('https://Some-Owner.github.io')).toBe('https://some-owner.github.io');
	});

	it('refuses anything but an origin, and says what BASE_PATH is for', () => {
		expect(() => siteUrl('check.example.org')).toThrow(/origin/);
		expect(() => siteUrl('ftp://example.org')).toThrow(/origin/);
		expect(() => siteUrl('https://example.org/commons-check')).toThrow(/BASE_PATH/);
		expect(() => siteUrl('https://user:pw@example.org')).toThrow(/origin/);
		expect(() => siteUrl('https://example.org/?q=1')).toThrow(/origin/);
		expect(() => siteUrl('https://example.org/#top')).toThrow(/origin/);
		expect(() => siteUrl('https://example.org?')).toThrow(/origin/);
	});
});
