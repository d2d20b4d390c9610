/**
 * A participant's side of a workshop, on their own phone: per session they joined (share/invite.ts),
 * their name and their answers with notes and not-applicable reasons, so a reload or a crash loses
 * nothing. It is kept apart from the participant's own assessments (which it never touches) and
 * from a facilitator's session, under `commons-check:join`:
 *
 *   { version: 1, entries: [{ session, name, answers: { <id>: { choice?, note?, naReason? } },
 *     updatedAt }] }
 *
 * At most MAX_ENTRIES sessions are kept, the most recently changed. A stored document
 * (storage/document.ts), validated with zod on load: damaged entries are dropped one by one and
 * reported; unreadable text is backed up first.
 *
 * Answers go back to the facilitator as a result link (share/codec.ts) with the participant's
 * name, the workshop's title as the organization, and the notes and reasons in the details
 * section. Everything here is pure: no input is mutated.
 */
import * as z from 'zod/mini';
import { LIMITS, type Answer, type Choice } from '$lib/assessment/model';
import { answerSchema } from '$lib/assessment/schema';
import { PARTICIPANT_MAX, type SharedDetails, type SharedResult } from '$lib/share/codec';
import type { Invitation } from '$lib/share/invite';
import {
	isFutureVersion,
	parseStored,
	type DocumentFormat,
	type Reading
} from '$lib/storage/document';
import { countUnknownFields } from '$lib/storage/unknown-fields';

export const JOIN_KEY = 'commons-check:join';
export const PARTICIPATION_VERSION = 1;
/** Sessions kept on one phone; older ones go first. */
export const MAX_ENTRIES = 20;
export const MAX_PARTICIPATION_CHARS = 2_000_000;

/** What a participant gives per question: no evidence link (it is not sent). */
export type JoinAnswer = Pick<Answer, 'choice' | 'note' | 'naReason'>;

export interface Participation {
	/** The invitation's session id. */
	session: string;
	name: string;
	answers: Record<string, JoinAnswer>;
	/** ISO time of the last change. */
	updatedAt: string;
}

export interface Participations {
	entries: Participation[];
}

const entrySchema = z.object({
	session: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
	name: z.string().check(z.maxLength(PARTICIPANT_MAX)),
	answers: z
		.record(
			z.string().check(z.minLength(1), z.maxLength(LIMITS.questionId)),
			z.omit(answerSchema, { evidence: true })
		)
		.check(z.refine((answers) => Object.keys(answers).length <= LIMITS.answers)),
	updatedAt: z.iso.datetime({ offset: true })
});

const FIELDS = new Set(['version', 'entries']);

export function emptyParticipations(): Participations {
	return { entries: [] };
}

export function parseParticipations(raw: string | null): Reading<Participations> {
	const empty = (problem: Reading<Participations>['problem'] = null) => ({
		value: emptyParticipations(),
		problem
	});
	if (raw === null) return empty();
	const stored = parseStored(raw, MAX_PARTICIPATION_CHARS);
	if ('problem' in stored) return empty(stored.problem);
	const data = stored.data;
	if (isFutureVersion(data.version, PARTICIPATION_VERSION)) {
		return { ...empty({ kind: 'future-version', version: data.version }), keepStored: true };
	}
	if (data.version !== PARTICIPATION_VERSION || !Array.isArray(data.entries)) {
		return empty({ kind: 'not-ours' });
	}
	const entries: Participation[] = [];
	const sessions = new Set<string>();
	let dropped = Math.max(0, data.entries.length - MAX_ENTRIES);
	for (const item of data.entries.slice(0, MAX_ENTRIES)) {
		const parsed = entrySchema.safeParse(item);
		if (!parsed.success || sessions.has(parsed.data.session)) {
			dropped++;
			continue;
		}
		dropped += countUnknownFields(item, parsed.data);
		sessions.add(parsed.data.session);
		entries.push(parsed.data as Participation);
	}
	dropped += Object.keys(data).filter((key) => !FIELDS.has(key)).length;
	return { value: { entries }, problem: dropped > 0 ? { kind: 'repaired', dropped } : null };
}

export function serializeParticipations(value: Participations): string {
	return JSON.stringify({ version: PARTICIPATION_VERSION, entries: value.entries });
}

export const participationFormat: DocumentFormat<Participations> = {
	key: JOIN_KEY,
	read: parseParticipations,
	serialize: serializeParticipations
};

export function entryOf(value: Participations, session: string): Participation | undefined {
	return value.entries.find((entry) => entry.session === session);
}

/**
 * The entry for a session, made when missing (at the front: the most recent first), with
 * MAX_ENTRIES kept. Changes `value` in place: the reactive wrapper's update() hands it a draft.
 */
export function ensureEntry(value: Participations, session: string, now: Date): Participation {
	const found = entryOf(value, session);
	if (found) return found;
	const entry: Participation = { session, name: '', answers: {}, updatedAt: now.toISOString() };
	value.entries.unshift(entry);
	value.entries.splice(MAX_ENTRIES);
	return entry;
}

/** Applies a change to one answer and drops the answer when nothing is left of it. */
export function changeAnswer(
	entry: Participation,
	questionId: string,
	change: (answer: JoinAnswer) => void,
	now: Date
): void {
	const answer: JoinAnswer = { ...entry.answers[questionId] };
	change(answer);
	for (const key of ['choice', 'note', 'naReason'] as const) {
		if (answer[key] === undefined || answer[key] === '') delete answer[key];
	}
	if (Object.keys(answer).length === 0) delete entry.answers[questionId];
	else entry.answers[questionId] = answer;
	entry.updatedAt = now.toISOString();
}

/**
 * The result link's content for an entry: the answers to the invitation's questions (`ids`), the
 * participant's name, the workshop's title and the date; notes and reasons (of those questions,
 * a reason only beside "not applicable") in the details when `withTexts`.
 */
export function resultOf(
	entry: Participation,
	invitation: Invitation,
	frameworkVersion: string,
	ids: readonly string[],
	withTexts: boolean
): SharedResult {
	const answers: Record<string, Choice> = {};
	const details: SharedDetails = { answers: {}, plan: {} };
	for (const id of ids) {
		const answer = entry.answers[id];
		if (!answer) continue;
		if (answer.choice !== undefined) answers[id] = answer.choice;
		const text: SharedDetails['answers'][string] = {};
		if (answer.note?.trim()) text.note = answer.note;
		if (answer.choice === 'na' && answer.naReason?.trim()) text.naReason = answer.naReason;
		if (withTexts && Object.keys(text).length > 0) details.answers[id] = text;
	}
	const name = entry.name.trim();
	return {
		frameworkVersion,
		answers,
		targets: {},
		...(invitation.title ? { name: invitation.title } : {}),
		...(name ? { participant: name } : {}),
		date: entry.updatedAt.slice(0, 10),
		...(Object.keys(details.answers).length > 0 ? { details } : {})
	};
}

/** Questions of `ids` with an answer (a level, not applicable or don't know). */
export function answeredCount(entry: Participation | undefined, ids: readonly string[]): number {
	return entry ? ids.filter((id) => entry.answers[id]?.choice !== undefined).length : 0;
}
