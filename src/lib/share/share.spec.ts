import { describe, expect, it } from 'vitest';
import { newAssessment, type Assessment } from '$lib/assessment/model';
import * as codec from './codec';
import { compression } from './compression';
import { assessmentFromShared, LINK_FRAMEWORK, shareUrl, toSharedResult } from './share';
import type { SharedResult } from './types';
import { everyTarget } from '$lib/testing/targets';

// Links with notes need the compressor, which the app loads on demand; here every call has it.
const encodeResult = (result: SharedResult) => codec.encodeResult(result, { compression });
const decodeResult = (input: string) => codec.decodeResult(input, { compression });

function sample(): Assessment {
	const assessment = newAssessment('1.0.0', new Date('2026-06-15T12:00:00Z'), '  ACME GmbH ');
	assessment.answers = {
		'commons.dependency-inventory': {
			choice: 2,
			note: 'Two products',
			evidence: 'https://wiki.example/sbom'
		},
		'partners.upstream-first': { choice: 'na', naReason: 'No patches' },
		'bedrock.long-tail': { choice: 'unknown' },
		'commons.literacy': { note: 'A note without an answer' },
		'commons.retired-question': { choice: 4, note: 'From an older framework' }
	};
	assessment.targets = { commons: 4 };
	assessment.plan = {
		'commons.dependency-inventory': { owner: 'Ana', due: '2027-01-31', status: 'doing' }
	};
	return assessment;
}

describe('toSharedResult', () => {
	it('carries only choices, targets, name and date unless details are asked for', () => {
		const result = toSharedResult(sample(), { includeDetails: false });
		expect(result).toEqual({
			frameworkVersion: LINK_FRAMEWORK.version,
			answers: {
				'commons.dependency-inventory': 2,
				'partners.upstream-first': 'na',
				'bedrock.long-tail': 'unknown'
			},
			targets: { commons: 4 },
			name: 'ACME GmbH',
			date: '2026-06-15'
		});
		expect(JSON.stringify(result)).not.toContain('Two products');
	});

	it('adds notes, evidence, reasons and the plan when asked, and a participant name', () => {
		const result = toSharedResult(sample(), { includeDetails: true, participant: ' Ben ' });
		expect(result.participant).toBe('Ben');
		expect(result.details).toEqual({
			answers: {
				'commons.dependency-inventory': {
					note: 'Two products',
					evidence: 'https://wiki.example/sbom'
				},
				'partners.upstream-first': { naReason: 'No patches' },
				'commons.literacy': { note: 'A note without an answer' }
			},
			plan: { 'commons.dependency-inventory': { owner: 'Ana', due: '2027-01-31', status: 'doing' } }
		});
	});

	it('leaves out answers to questions the link’s framework does not have, so encoding works', () => {
		const result = toSharedResult(sample(), { includeDetails: true });
		expect(result.answers['commons.retired-question']).toBeUndefined();
		expect(() => encodeResult(result)).not.toThrow();
	});
});

describe('assessmentFromShared', () => {
	it('round-trips through a link into a new assessment with the same answers, targets and plan', () => {
		const original = sample();
		const decoded = decodeResult(encodeResult(toSharedResult(original, { includeDetails: true })));
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		const copy = assessmentFromShared(decoded.result, '1.0.0', new Date('2026-07-01T08:00:00Z'));
		expect(copy.id).not.toBe(original.id);
		expect(copy.name).toBe('ACME GmbH');
		expect(copy.createdAt).toBe('2026-07-01T08:00:00.000Z');
		const { 'commons.retired-question': _retired, ...expectedAnswers } = original.answers;
		expect(copy.answers).toEqual(expectedAnswers);
		expect(copy.targets).toEqual(everyTarget(3, { commons: 4 }));
		expect(copy.plan).toEqual(original.plan);
	});

	it('without details keeps the choices only', () => {
		const decoded = decodeResult(encodeResult(toSharedResult(sample(), { includeDetails: false })));
		if (!decoded.ok) throw new Error('decode failed');
		const copy = assessmentFromShared(decoded.result, '1.0.0');
		expect(copy.answers['commons.dependency-inventory']).toEqual({ choice: 2 });
		expect(copy.plan).toEqual({});
	});
});

describe('shareUrl', () => {
	it('puts the fragment after the viewer page, under any base path', () => {
		expect(shareUrl('https://example.org/commons-check/r/', 'AbC_-1')).toBe(
			'https://example.org/commons-check/r/#AbC_-1'
		);
		expect(shareUrl('http://localhost:4173/r/#old', 'new')).toBe('http://localhost:4173/r/#new');
	});
});
