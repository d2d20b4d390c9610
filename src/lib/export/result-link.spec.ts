import { describe, expect, it } from 'vitest';
import { decodeResult } from '$lib/share/codec';
import { resultLink } from './result-link';
import { sampleAssessment } from '$lib/testing/translator';

describe('resultLink', () => {
	it('links to the result page with the answers and targets, without notes or owners', () => {
		const link = resultLink(sampleAssessment(), 'https://commons.example.org/app/r/');
		expect(link).toMatch(/^https:\/\/commons\.example\.org\/app\/r\/#[A-Za-z0-9_-]+$/);
		const decoded = decodeResult(new URL(link!).hash.slice(1));
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.result.answers['commons.leadership-ownership']).toBe(1);
		expect(decoded.result.targets).toMatchObject({ commons: 3, partners: 4 });
		expect(JSON.stringify(decoded.result)).not.toContain('Jane Doe');
		expect(JSON.stringify(decoded.result)).not.toContain('SBOMs');
	});
});
