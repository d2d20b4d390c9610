import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newAssessment, type Assessment } from '$lib/assessment/model';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	createBackup,
	MAX_IMPORT_BYTES,
	parseBackup,
	serializeBackup,
	utf8Length
} from './backup';
import { sampleAssessment } from '$lib/testing/translator';
import backupV1 from './fixtures/backup-v1.json';
import { MAX_STORED_SBOMS } from '$lib/sbom/store';
import { combinedSummary, fileSummary, files } from '$lib/sbom/summaries.testing';

const now = new Date('2027-03-12T10:00:00.000Z');

/** Every kind of data an assessment can hold. */
function fullAssessment(): Assessment {
	const assessment = sampleAssessment();
	assessment.answers['commons.literacy'] = {
		choice: 4,
		note: 'Ünïcödé, emoji 🎉 and "quotes"\n\ttab',
		evidence: 'http://wiki.example.com/oss'
	};
	assessment.answers['boring-work.follow-through'] = { note: 'No choice yet, only a note.' };
	// An answer to a question this framework does not know is kept, never dropped.
	assessment.answers['retired.old-question'] = { choice: 2 };
	assessment.targets = { commons: 4, partners: 1, 'boring-work': 2 };
	return assessment;
}

function documentWith(overrides: Record<string, unknown>): string {
	return JSON.stringify({ ...createBackup([fullAssessment()], [], now), ...overrides });
}

function failure(text: string, byteSize?: number) {
	const result = parseBackup(text, byteSize);
	if (result.ok) throw new Error('expected the import to fail');
	return result;
}

describe('createBackup and serializeBackup', () => {
	it('wraps the assessments in a versioned document, pretty-printed with tabs', () => {
		const backup = createBackup([fullAssessment()], [], now);
		expect(backup).toEqual({
			format: 'commons-check-backup',
			version: 3,
			exportedAt: '2027-03-12T10:00:00.000Z',
			assessments: [fullAssessment()],
			snapshots: [],
			sbom: { files: [], combined: null }
		});
		const text = serializeBackup(backup);
		expect(text.startsWith('{\n\t"format": "commons-check-backup",\n\t"version": 3,\n')).toBe(true);
		expect(text.endsWith('}\n')).toBe(true);
	});
});

describe('parseBackup', () => {
	it('still imports a version 1 file written by an earlier app, as version 3 without snapshots or SBOM summaries', () => {
		const result = parseBackup(JSON.stringify(backupV1));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.backup.version).toBe(3);
		expect(result.backup.snapshots).toEqual([]);
		expect(result.backup.sbom).toEqual({ files: [], combined: null });
		expect(result.preview.sbomFiles).toBe(0);
		expect(result.backup.assessments).toEqual(backupV1.assessments);
		expect(result.preview.assessments[0]).toMatchObject({
			name: 'Nordlys Software AS',
			// 14 of its 15 answers are to questions of the current bank (1.1.0); one was merged.
			answered: 14,
			snapshots: 0
		});
	});

	it('round-trips snapshots with their assessment', () => {
		const assessment = fullAssessment();
		const snapshot = {
			id: 'snap-1',
			assessmentId: assessment.id,
			label: 'Workshop Q1',
			takenAt: '2027-01-15T09:00:00.000Z',
			assessment: { ...assessment, answers: {} }
		};
		const result = parseBackup(serializeBackup(createBackup([assessment], [snapshot], now)));
		expect(result.ok && result.backup.snapshots).toEqual([snapshot]);
		expect(result.ok && result.preview.assessments[0]!.snapshots).toBe(1);
	});

	it('round-trips losslessly', () => {
		const second = { ...newAssessment('1.0.0', now, 'Second'), id: 'second' };
		const backup = createBackup([fullAssessment(), second], [], now);
		const result = parseBackup(serializeBackup(backup));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.backup).toEqual(backup);
		expect(result.backup.assessments).toEqual([fullAssessment(), second]);
		expect(result.preview).toEqual({
			sbomFiles: 0,
			assessments: [
				{
					id: 'sample-1',
					name: 'ACME <img src=x onerror=alert(1)> [x](javascript:alert(1))\n# heading',
					updatedAt: '2027-03-01T16:30:00.000Z',
					// Six sample answers and commons.literacy; not the note-only or the retired one.
					answered: 7,
					total: 42,
					planEntries: 4,
					snapshots: 0
				},
				{
					id: 'second',
					name: 'Second',
					updatedAt: '2027-03-12T10:00:00.000Z',
					answered: 0,
					total: 42,
					planEntries: 0,
					snapshots: 0
				}
			]
		});
	});

	it('accepts a file saved with a byte order mark', () => {
		const text = '\uFEFF' + serializeBackup(createBackup([fullAssessment()], [], now));
		expect(parseBackup(text).ok).toBe(true);
	});

	it('refuses a file over 1 MiB before reading it', () => {
		const valid = serializeBackup(createBackup([fullAssessment()], [], now));
		expect(failure(valid, MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, error: 'too-large' });
		expect(parseBackup(valid, MAX_IMPORT_BYTES).ok).toBe(true);
		expect(failure(' '.repeat(MAX_IMPORT_BYTES + 1)).error).toBe('too-large');
		// 400 000 euro signs are fewer characters than the limit but 1.2 MB in UTF-8.
		expect(failure('€'.repeat(400_000)).error).toBe('too-large');
	});

	it.each(['', '   \n\t', '\uFEFF'])('refuses empty text %j', (text) => {
		expect(failure(text)).toEqual({ ok: false, error: 'empty' });
	});

	it.each(['{', 'hello', '{"format": "commons-check-backup",}', "{'a': 1}"])(
		'refuses text that is not JSON: %j',
		(text) => {
			expect(failure(text)).toEqual({ ok: false, error: 'not-json' });
		}
	);

	it.each([
		['another app’s JSON', '{"name": "My project", "dependencies": {}}'],
		['an array', '[1, 2, 3]'],
		['a number', '42'],
		['null', 'null'],
		['a wrong format name', documentWith({ format: 'commons-check' })],
		['the storage envelope', JSON.stringify({ version: 1, assessment: sampleAssessment() })],
		['a bare assessment', JSON.stringify(sampleAssessment())]
	])('refuses %s as not ours', (_label, text) => {
		expect(failure(text)).toEqual({ ok: false, error: 'not-ours' });
	});

	it('refuses a newer format version', () => {
		expect(failure(documentWith({ version: BACKUP_VERSION + 1, snapshots: [] }))).toEqual({
			ok: false,
			error: 'newer-version',
			detail: 'version 4'
		});
	});

	it.each([
		[
			'a choice out of range',
			(a: Assessment) => (a.answers['commons.leadership-ownership'] = { choice: 7 as 4 }),
			'assessments[0].answers["commons.leadership-ownership"].choice: expected one of 0, 1, 2, 3, 4, "na", "unknown"'
		],
		[
			'a missing name',
			(a: Assessment) => delete (a as Partial<Assessment>).name,
			'assessments[0].name: expected string'
		],
		[
			'an evidence link that is not http(s)',
			(a: Assessment) =>
				(a.answers['commons.oss-policy'] = { choice: 3, evidence: 'javascript:alert(1)' }),
			'assessments[0].answers["commons.oss-policy"].evidence: invalid value'
		],
		[
			'a malformed question id',
			(a: Assessment) => (a.answers['Not An Id'] = { choice: 1 }),
			'assessments[0].answers["Not An Id"]: invalid key'
		],
		[
			'a bad due date',
			(a: Assessment) => (a.plan['commons.dependency-inventory'] = { due: '31/03/2027' }),
			'assessments[0].plan["commons.dependency-inventory"].due: not a valid date'
		],
		[
			'an unknown status',
			(a: Assessment) => (a.plan['commons.dependency-inventory'] = { status: 'late' as 'done' }),
			'assessments[0].plan["commons.dependency-inventory"].status: expected one of "todo", "doing", "done"'
		],
		[
			'a note over the limit',
			(a: Assessment) => (a.answers['commons.literacy'] = { note: 'x'.repeat(5_001) }),
			'assessments[0].answers["commons.literacy"].note: at most 5000 characters'
		]
	])('refuses %s with the path of the problem', (_label, spoil, detail) => {
		const assessment = fullAssessment();
		spoil(assessment);
		const text = JSON.stringify(createBackup([assessment], [], now));
		expect(failure(text)).toEqual({ ok: false, error: 'invalid', detail });
	});

	it.each([
		['an unknown older version', { version: 0 }, 'version: expected 3'],
		['a version as text', { version: '1' }, 'version: expected 3'],
		[
			'a snapshot of an assessment not in the file',
			{
				snapshots: [
					{
						id: 's1',
						assessmentId: 'someone-else',
						label: '',
						takenAt: '2027-01-01T00:00:00.000Z',
						assessment: newAssessment('1.0.0', now)
					}
				]
			},
			'snapshots[0].assessmentId: belongs to no assessment in this file'
		],
		['no export date', { exportedAt: undefined }, 'exportedAt: expected string'],
		['no assessments', { assessments: [] }, 'assessments: at least 1 item'],
		['assessments not a list', { assessments: {} }, 'assessments: expected array'],
		[
			'too many assessments',
			{
				assessments: Array.from({ length: 101 }, (_, i) => ({
					...newAssessment('1.0.0', now),
					id: `a${i}`
				}))
			},
			'assessments: at most 100 items'
		],
		[
			'two assessments with one id',
			{ assessments: [fullAssessment(), fullAssessment()] },
			'assessments[1].id: duplicate id'
		]
	])('refuses a document with %s', (_label, overrides, detail) => {
		expect(failure(documentWith(overrides))).toEqual({ ok: false, error: 'invalid', detail });
	});

	it('never throws, whatever the text', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((v) => JSON.stringify(v))
				),
				(text) => {
					const result = parseBackup(text);
					expect(typeof result.ok).toBe('boolean');
				}
			)
		);
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const text = JSON.stringify({ format: BACKUP_FORMAT, version: 1, assessments: value });
				expect(parseBackup(text).ok).toBe(false);
			})
		);
	});
});

describe('utf8Length', () => {
	it.each([
		['', 0],
		['abc', 3],
		['é', 2],
		['€', 3],
		['🎉', 4],
		['\uD83D', 3]
	])('%j is %i bytes', (text, bytes) => {
		expect(utf8Length(text)).toBe(bytes);
		// A lone surrogate is encoded as U+FFFD, three bytes, by TextEncoder too.
		expect(new TextEncoder().encode(text).length).toBe(bytes);
	});
});

describe('SBOM summaries in the backup (version 3)', () => {
	function withSummaries() {
		const small = files.small();
		const spdx = files.spdx();
		return {
			files: [fileSummary(small), fileSummary(spdx)],
			combined: combinedSummary([small, spdx])
		};
	}

	it('round-trips the stored summaries and counts them in the preview', () => {
		const sbom = withSummaries();
		const backup = createBackup([fullAssessment()], [], now, sbom);
		const result = parseBackup(serializeBackup(backup));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.backup.sbom).toEqual(JSON.parse(JSON.stringify(sbom)));
		expect(result.preview.sbomFiles).toBe(2);
	});

	it('still imports a version 2 file, as version 3 without summaries', () => {
		const v2 = JSON.parse(documentWith({ version: 2 })) as Record<string, unknown>;
		delete v2.sbom;
		const result = parseBackup(JSON.stringify(v2));
		expect(result.ok && result.backup).toMatchObject({
			version: 3,
			sbom: { files: [], combined: null }
		});
	});

	it('refuses a version 3 file without its summaries', () => {
		expect(failure(documentWith({ sbom: undefined }))).toMatchObject({
			error: 'invalid',
			detail: 'sbom: expected object'
		});
	});

	it.each([
		[
			'a damaged summary',
			(sbom: ReturnType<typeof withSummaries>) =>
				((sbom.files[1]!.counts as { components: unknown }).components = -3),
			'sbom.files[1].counts.components: at least 0'
		],
		[
			'the same file twice',
			(sbom: ReturnType<typeof withSummaries>) => sbom.files.push(sbom.files[0]!),
			'sbom.files[2].files[0].sha256: duplicate file'
		],
		[
			'a combined summary of files not in it',
			(sbom: ReturnType<typeof withSummaries>) => sbom.files.pop(),
			'sbom.combined.files[1].sha256: names a file that is not in this backup'
		],
		[
			'a combined summary among the files',
			(sbom: ReturnType<typeof withSummaries>) => sbom.files.push(sbom.combined),
			'sbom.files[2]: not a file summary'
		]
	])('refuses %s with the path of the problem', (_label, spoil, detail) => {
		const sbom = withSummaries();
		spoil(sbom);
		const text = JSON.stringify(createBackup([fullAssessment()], [], now, sbom));
		expect(failure(text)).toEqual({ ok: false, error: 'invalid', detail });
	});

	it('stays far under the import limit with as many summaries as the browser keeps', () => {
		const big = fileSummary(files.big());
		const many = Array.from({ length: MAX_STORED_SBOMS }, (_, i) => ({
			...big,
			files: [{ ...big.files[0]!, sha256: i.toString(16).padStart(64, '0') }]
		}));
		const text = serializeBackup(
			createBackup([fullAssessment()], [], now, { files: many, combined: null })
		);
		expect(utf8Length(text)).toBeLessThan(MAX_IMPORT_BYTES / 2);
		expect(parseBackup(text).ok).toBe(true);
	});
});
