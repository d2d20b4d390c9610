import { describe, expect, it } from 'vitest';
import type { Answer } from '$lib/assessment/model';
import { assessmentSchema } from '$lib/assessment/schema';
import { scoreAssessment } from '$lib/assessment/scoring';
import { snapshotSchema } from '$lib/storage/envelope-schema';
import { decodeResult } from '$lib/share/codec';
import { LINK_FRAMEWORKS } from '$lib/share/frameworks';
import { bank, FRAMEWORK_VERSION } from './bank';
import { bank_1_0_0 } from './bank-1.0.0';
import {
	applyMigration,
	MIGRATION_1_0_0_TO_1_1_0,
	migrateChoices,
	migrateToVersion,
	pickMergedAnswer,
	retiredIds,
	sourcesOf,
	targetsOf,
	type FrameworkMigration,
	type MigrationInput
} from './migrations';
import { frameworkSourceFor, questionIdsOf } from './versions';
import assessmentFixture from './fixtures/assessment-1.0.0.json';
import snapshotFixture from './fixtures/snapshot-1.0.0.json';
import shareLinkFixture from './fixtures/share-link-1.0.0.json';

const oldIds = questionIdsOf(bank_1_0_0);
const newIds = questionIdsOf(bank);
const map = MIGRATION_1_0_0_TO_1_1_0;

describe('the frozen 1.0.0 bank', () => {
	it('is the bank the 1.0.0 share links were made for: same ids, same order, same principles', () => {
		const entry = LINK_FRAMEWORKS.find((framework) => framework.version === '1.0.0')!;
		expect(oldIds).toEqual([...entry.questionIds]);
		expect(bank_1_0_0.principles.map((p) => p.id)).toEqual([...entry.principleIds]);
	});

	it('keeps the 1.0.0 weights, which the scores of 1.0.0 results depend on', () => {
		const weights = Object.fromEntries(
			bank_1_0_0.principles.flatMap((p) => p.questions.map((q) => [q.id, q.weight]))
		);
		// Spot checks of weights that 1.1.0 keeps, and of questions 1.1.0 merged away.
		expect(weights['commons.leadership-ownership']).toBe(3);
		expect(weights['communities.project-segments']).toBe(2);
		expect(weights['never-free.funding-channels']).toBe(2);
		expect(weights['due-diligence.reassessment']).toBe(2);
		expect(Object.keys(weights)).toHaveLength(40);
	});

	it('is found by version, and so is the current bank', () => {
		expect(frameworkSourceFor('1.0.0')).toBe(bank_1_0_0);
		expect(frameworkSourceFor(FRAMEWORK_VERSION)).toBe(bank);
		expect(frameworkSourceFor('0.9.0')).toBeUndefined();
	});
});

describe('the 1.0.0 → 1.1.0 id map', () => {
	it('goes from 1.0.0 to the current version', () => {
		expect(map.from).toBe('1.0.0');
		expect(map.to).toBe(FRAMEWORK_VERSION);
	});

	it('consumes every 1.0.0 question exactly once', () => {
		const sources = map.changes.flatMap(sourcesOf);
		expect([...sources].sort()).toEqual([...oldIds].sort());
	});

	it('produces every 1.1.0 question exactly once', () => {
		const targets = map.changes.flatMap(targetsOf);
		expect([...targets].sort()).toEqual([...newIds].sort());
	});

	it('never reuses an id: new questions have new ids, retired ids are not in 1.1.0', () => {
		const added = map.changes.filter((change) => change.kind === 'new').flatMap(targetsOf);
		expect(added.filter((id) => oldIds.includes(id))).toEqual([]);
		expect(retiredIds(map).filter((id) => newIds.includes(id))).toEqual([]);
		expect(retiredIds(map).sort()).toEqual([
			'communities.project-segments',
			'due-diligence.reassessment',
			'never-free.funding-channels'
		]);
	});

	it('keeps the weight of every question it keeps unchanged', () => {
		const weight = (source: typeof bank, id: string) =>
			source.principles.flatMap((p) => p.questions).find((q) => q.id === id)!.weight;
		for (const change of map.changes) {
			if (change.kind === 'kept')
				expect(weight(bank, change.id)).toBe(weight(bank_1_0_0, change.id));
		}
	});
});

describe('the merge rule', () => {
	const a = (choice: Answer['choice'], extra: Partial<Answer> = {}): Answer => ({
		choice,
		...extra
	});
	/** The pick between two parts, 'x' and 'y'. */
	const ofTwo = (x: Answer | undefined, y: Answer | undefined) =>
		pickMergedAnswer([
			['x', x],
			['y', y]
		]);

	it('takes the lowest level', () => {
		expect(ofTwo(a(3), a(1))).toBe('y');
		expect(ofTwo(a(0), a(4))).toBe('x');
	});

	it('prefers a known level 0 to don’t know, and don’t know to any higher level', () => {
		expect(ofTwo(a('unknown'), a(0))).toBe('y');
		expect(ofTwo(a(1), a('unknown'))).toBe('y');
	});

	it('ignores not applicable unless every answered part is not applicable', () => {
		expect(ofTwo(a('na'), a(3))).toBe('y');
		expect(ofTwo(a('na', { naReason: 'r' }), a('na'))).toBe('x');
	});

	it('ignores unanswered parts and notes without a choice', () => {
		expect(
			pickMergedAnswer([
				['x', undefined],
				['y', { note: 'n' }],
				['z', a(2)]
			])
		).toBe('z');
		expect(ofTwo(undefined, { note: 'n' })).toBeUndefined();
	});
});

describe('migrating the 1.0.0 assessment fixture (from the storage fixtures)', () => {
	const input = assessmentSchema.parse(assessmentFixture);
	const { result, report } = applyMigration(input, map);

	it('is still a valid assessment, now of 1.1.0, and the input is untouched', () => {
		expect(assessmentSchema.safeParse(result).success).toBe(true);
		expect(result.frameworkVersion).toBe('1.1.0');
		expect(input.frameworkVersion).toBe('1.0.0');
		expect(result.id).toBe(input.id);
		expect(result.targets).toEqual(input.targets);
	});

	it('keeps every answer and plan entry it had, under the same ids', () => {
		for (const [id, answer] of Object.entries(input.answers)) {
			if (id === 'bedrock.health-monitoring') continue;
			expect(result.answers[id]).toEqual(answer);
		}
		expect(result.plan).toEqual(input.plan);
	});

	it('merges re-assessment into health monitoring, and lists it for review', () => {
		// The fixture answered due-diligence.reassessment 1 and not bedrock.health-monitoring.
		expect(result.answers['bedrock.health-monitoring']).toEqual({ choice: 1 });
		expect(result.answers['due-diligence.reassessment']).toEqual({ choice: 1 });
		expect(report.derivedFrom['bedrock.health-monitoring']).toEqual(['due-diligence.reassessment']);
		expect(report.review).toContain('bedrock.health-monitoring');
	});

	it('lists the reworded and merged questions it answered for review, and only those', () => {
		expect(report.review.sort()).toEqual(
			[
				'bedrock.health-monitoring',
				'commons.dependency-inventory',
				'commons.literacy',
				'due-diligence.acting-on-findings',
				'due-diligence.incident-readiness',
				'due-diligence.intake-criteria',
				'due-diligence.lifetime-fit',
				'partners.engagement-conduct',
				'partners.pay-without-contract',
				'partners.relationship-model',
				'partners.upstream-first',
				'partners.vulnerability-reporting'
			].sort()
		);
		expect(report.added).toEqual([
			'partners.disclosure-policy',
			'bedrock.security-review',
			'due-diligence.cra-scope',
			'due-diligence.evidence-record',
			'maintainers-live.recognition'
		]);
		for (const id of report.added) expect(result.answers[id]).toBeUndefined();
	});

	it('scores as it was against the 1.0.0 bank, and the same where the weights did not change', () => {
		const before = scoreAssessment(bank_1_0_0.principles, input.answers, input.targets);
		const after = scoreAssessment(bank.principles, result.answers, result.targets);
		const commons = (s: typeof before) => s.principles.find((p) => p.principleId === 'commons')!;
		// 3×2 + 3×3 + 2×1 + 2×0 (don't know) + 1×2 = 19 over weight 11 → 1.7
		expect(commons(before).rounded).toBe(1.7);
		expect(commons(after).rounded).toBe(1.7);
		// Partners gains an unanswered question; its score stays that of the answered ones.
		const partners = (s: typeof before) => s.principles.find((p) => p.principleId === 'partners')!;
		expect(partners(after).rounded).toBe(partners(before).rounded);
		expect(partners(after).total).toBe(6);
	});
});

describe('migrating a 1.0.0 snapshot with merged questions, notes and plan entries', () => {
	const snapshot = snapshotSchema.parse(snapshotFixture);
	const { result, report } = applyMigration(snapshot.assessment, map);

	it('merges project segments (1) and tailored engagement (3) to the lower level, keeping the own note', () => {
		expect(result.answers['communities.tailored-engagement']).toEqual({
			choice: 1,
			note: 'Playbooks for foundations and solo projects.',
			evidence: 'https://wiki.nordlys.example/playbooks'
		});
		// The absorbed answer, with its own note, is still there under its old id.
		expect(result.answers['communities.project-segments']).toEqual(
			snapshot.assessment.answers['communities.project-segments']
		);
		expect(report.derivedFrom['communities.tailored-engagement']).toEqual([
			'communities.project-segments'
		]);
	});

	it('ignores a not-applicable answer when another part was answered, and takes its plan entry', () => {
		expect(result.answers['partners.pay-without-contract']).toEqual({
			choice: 2,
			note: 'GitHub Sponsors and Open Collective.'
		});
		expect(result.plan['partners.pay-without-contract']).toEqual({
			owner: 'Finance',
			status: 'todo'
		});
	});

	it('prefers a known 0 over don’t know, and carries the chosen plan entry', () => {
		expect(result.answers['bedrock.health-monitoring']).toEqual({
			choice: 0,
			note: 'Never re-checked.'
		});
		expect(result.plan['bedrock.health-monitoring']).toEqual({ excluded: true });
	});

	it('keeps every old answer and plan entry, so the snapshot history loses nothing', () => {
		for (const [id, answer] of Object.entries(snapshot.assessment.answers)) {
			if (newIds.includes(id) && report.derivedFrom[id]) continue;
			expect(result.answers[id]).toEqual(answer);
		}
		for (const [id, entry] of Object.entries(snapshot.assessment.plan)) {
			expect(result.plan[id]).toEqual(entry);
		}
		expect(report.retired.sort()).toEqual(retiredIds(map).sort());
		expect(snapshotSchema.safeParse({ ...snapshot, assessment: result }).success).toBe(true);
	});

	it('marks a reworded question that has only a note for review', () => {
		expect(report.review).toContain('maintainers-live.predictable-funding');
		expect(result.answers['maintainers-live.predictable-funding']).toEqual({
			note: 'Discuss with finance.'
		});
	});
});

describe('migrating the answers of a 1.0.0 share link', () => {
	const decoded = decodeResult(shareLinkFixture.link);

	it('decodes as a 1.0.0 result', () => {
		expect(decoded.ok).toBe(true);
		expect(decoded.ok && decoded.result.frameworkVersion).toBe('1.0.0');
		expect(decoded.ok && decoded.result.name).toBe('Nordlys Software AS');
	});

	it('migrates its choices by the same rules and keeps the retired ones', () => {
		if (!decoded.ok) throw new Error('fixture link does not decode');
		const { frameworkVersion, choices, reports } = migrateChoices(
			decoded.result.frameworkVersion,
			decoded.result.answers,
			FRAMEWORK_VERSION
		);
		expect(frameworkVersion).toBe('1.1.0');
		expect(reports).toHaveLength(1);
		// tailored engagement 3 + project segments 4 → 3
		expect(choices['communities.tailored-engagement']).toBe(3);
		// pay without contract 2 + funding channels don't know → don't know
		expect(choices['partners.pay-without-contract']).toBe('unknown');
		// health monitoring 0 + re-assessment unanswered → 0
		expect(choices['bedrock.health-monitoring']).toBe(0);
		expect(choices['never-free.funding-channels']).toBe('unknown');
		expect(choices['communities.project-segments']).toBe(4);
		for (const id of reports[0]!.added) expect(choices[id]).toBeUndefined();
		const unchanged = Object.entries(decoded.result.answers).filter(
			([id]) => !reports[0]!.derivedFrom[id]
		);
		for (const [id, choice] of unchanged) expect(choices[id]).toBe(choice);
	});
});

describe('migrateToVersion', () => {
	it('leaves data of the target version alone', () => {
		const input = {
			frameworkVersion: '1.1.0',
			answers: { 'commons.literacy': { choice: 2 as const } },
			plan: {}
		};
		const { result, reports } = migrateToVersion(input, '1.1.0');
		expect(result).toBe(input);
		expect(reports).toEqual([]);
	});

	it('leaves data of an unknown version alone instead of guessing', () => {
		const input = { frameworkVersion: '0.9.0', answers: {}, plan: {} };
		expect(migrateToVersion(input, '1.1.0').result).toBe(input);
	});

	it('chains migrations and splits a question into copies marked for review', () => {
		const split: FrameworkMigration = {
			from: '1.1.0',
			to: '1.2.0',
			changes: [
				{ kind: 'split', from: 'x.a', to: ['x.b', 'x.c'] },
				{ kind: 'removed', id: 'x.d' }
			]
		};
		const input: MigrationInput = {
			frameworkVersion: '1.0.0',
			answers: { 'x.a': { choice: 2, note: 'n' }, 'x.d': { choice: 1 } },
			plan: { 'x.a': { owner: 'o' } }
		};
		const { result, reports } = migrateToVersion(input, '1.2.0', [
			{
				from: '1.0.0',
				to: '1.1.0',
				changes: [
					{ kind: 'kept', id: 'x.a' },
					{ kind: 'kept', id: 'x.d' }
				]
			},
			split
		]);
		expect(result.frameworkVersion).toBe('1.2.0');
		expect(result.answers['x.b']).toEqual({ choice: 2, note: 'n' });
		expect(result.answers['x.c']).toEqual({ choice: 2, note: 'n' });
		expect(result.plan['x.c']).toEqual({ owner: 'o' });
		expect(result.answers['x.a']).toEqual({ choice: 2, note: 'n' });
		expect(result.answers['x.d']).toEqual({ choice: 1 });
		expect(reports.map((r) => r.to)).toEqual(['1.1.0', '1.2.0']);
		expect(reports[1]!.review).toEqual(['x.b', 'x.c']);
		expect(reports[1]!.retired.sort()).toEqual(['x.a', 'x.d']);
	});
});
