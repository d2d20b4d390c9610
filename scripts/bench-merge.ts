/**
 * A micro-benchmark of the workshop merge (a report, not a test): a synthetic framework of
 * 8 principles and 44 questions, 30 participants with seeded random answers, mergeParticipants
 * timed over many iterations with performance.now().
 *
 *   npx tsx scripts/bench-merge.ts [iterations]      (default 2000)
 *
 * The answers are deterministic (a seeded PRNG), so runs differ only by machine noise.
 */
import { performance } from 'node:perf_hooks';
import type { Choice } from '../src/lib/assessment/model.ts';
import {
	PRINCIPLE_IDS,
	type Level,
	type PrincipleSource,
	type QuestionSource
} from '../src/lib/framework/types.ts';
import { mergeParticipants, type Participant } from '../src/lib/workshop/merge.ts';

const PARTICIPANTS = 30;
/** Questions per principle: 6 + 6 + 6 + 6 + 5 + 5 + 5 + 5 = 44. */
const QUESTIONS_PER_PRINCIPLE = [6, 6, 6, 6, 5, 5, 5, 5];
const WARMUP = 200;
const SEED = 0xc0ffee;

/** mulberry32: a tiny, well-known seeded PRNG; returns floats in [0, 1). */
function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const random = prng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function syntheticFramework(): PrincipleSource[] {
	return PRINCIPLE_IDS.map((id, p) => ({
		id,
		questions: Array.from({ length: QUESTIONS_PER_PRINCIPLE[p] ?? 5 }, (_, q): QuestionSource => ({
			id: `${id}.q${q + 1}`,
			weight: pick([1, 2, 3] as const),
			owner: 'cto',
			nextSteps: ([0, 1, 2, 3] as const).map((fromLevel) => ({
				fromLevel,
				effort: 'medium',
				references: ['ref']
			}))
		}))
	}));
}

/**
 * Answers cluster around a per-question "true" level (so some questions agree and some do not),
 * with some N/A, don't know and unanswered questions mixed in.
 */
function syntheticParticipants(principles: readonly PrincipleSource[]): Participant[] {
	const questions = principles.flatMap((principle) => principle.questions);
	const truth = new Map(questions.map((question) => [question.id, Math.floor(random() * 5)]));
	return Array.from({ length: PARTICIPANTS }, (_, index) => {
		const answers: Record<string, Choice> = {};
		for (const question of questions) {
			const roll = random();
			if (roll < 0.06) continue; // unanswered
			if (roll < 0.12) answers[question.id] = 'na';
			else if (roll < 0.18) answers[question.id] = 'unknown';
			else {
				const level = (truth.get(question.id) ?? 2) + pick([-2, -1, -1, 0, 0, 0, 0, 1, 1, 2]);
				answers[question.id] = Math.min(4, Math.max(0, level)) as Level;
			}
		}
		return { id: `p${index + 1}`, name: `Participant ${index + 1}`, answers };
	});
}

function percentile(sorted: readonly number[], p: number): number {
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[index] ?? NaN;
}

function main(): void {
	const argument = Number(process.argv[2]);
	const iterations = Number.isInteger(argument) && argument > 0 ? argument : 2000;

	const principles = syntheticFramework();
	const participants = syntheticParticipants(principles);
	const questionCount = principles.reduce((sum, principle) => sum + principle.questions.length, 0);

	// Keep results alive so the work cannot be optimised away.
	let sink = 0;
	for (let i = 0; i < WARMUP; i++) sink += mergeParticipants(principles, participants).discussCount;

	const times: number[] = [];
	for (let i = 0; i < iterations; i++) {
		const start = performance.now();
		const result = mergeParticipants(principles, participants);
		times.push(performance.now() - start);
		sink += result.discussCount;
	}
	times.sort((a, b) => a - b);
	const mean = times.reduce((sum, t) => sum + t, 0) / times.length;

	const ms = (value: number) => value.toFixed(4);
	const rows: [string, string][] = [
		['participants', String(participants.length)],
		['questions', String(questionCount)],
		['iterations', String(iterations)],
		['mean ms', ms(mean)],
		['p50 ms', ms(percentile(times, 50))],
		['p95 ms', ms(percentile(times, 95))],
		['max ms', ms(times[times.length - 1] ?? NaN)]
	];
	const width = Math.max(...rows.map(([label]) => label.length));
	console.log(`mergeParticipants — Node ${process.version}, seed 0x${SEED.toString(16)}`);
	for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(10)}`);
	const discuss = mergeParticipants(principles, participants).discussCount;
	console.log(`(${discuss} of ${questionCount} questions flagged for discussion; sink ${sink})`);
}

main();
