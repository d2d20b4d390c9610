/**
 * The facilitator's workshop session: the participants whose result links were added on this
 * machine, and the agreed answers picked so far. It lives in THIS browser only, under its own
 * localStorage key, apart from the team's assessment (which it never touches; adopting the
 * agreed answers goes through the app state).
 *
 * Stored as versioned JSON, validated with zod on load:
 *
 *   { version: 1, participants: [{ id, number, name?, team?, date?, answers }], picks }
 *
 * - `number` is the participant's place in the order they were added (1, 2, …). It gives the
 *   "Participant 3" label to those who shared without a name, and it is never reused while the
 *   session lasts, so removing participant 2 does not rename participant 3 in the middle of a
 *   discussion.
 * - `picks` holds the facilitator's choice per question when it differs from the suggestion;
 *   'keep' means "leave the team's answer to this question as it is".
 *
 * It is a stored document (storage/document.ts), which backs up text with a problem before
 * anything overwrites it and reports storage that is missing or full. Reading never throws.
 * Unreadable data (not JSON, not ours, a newer version) starts an empty session and is reported;
 * text of a newer version stays in place until the first change, so an updated app that is
 * reloaded at once still finds it. Participants that fail validation one by one are dropped and
 * counted; the others are kept.
 *
 * Everything here is pure: no input is mutated.
 */
import * as z from 'zod/mini';
import { LIMITS, type Choice } from '$lib/assessment/model';
import { choiceSchema, questionIdSchema } from '$lib/assessment/schema';
import { PARTICIPANT_MAX, type SharedResult } from '$lib/share/codec';
import {
	isFutureVersion,
	parseStored,
	type DocumentFormat,
	type Reading
} from '$lib/storage/document';
import { countUnknownFields } from '$lib/storage/unknown-fields';
import { WORKSHOP_KEY } from './keys';
import { findDuplicate, type Participant } from './merge';

export { WORKSHOP_KEY };
/**
 * Where versions before the shared backup scheme (`<key>:backup:<time>`) copied unreadable session
 * data. Left in place: nothing removes or overwrites it any more.
 */
export const LEGACY_BACKUP_KEY = 'commons-check:workshop:backup';
export const SESSION_VERSION = 1;
/** More than any workshop room holds; it keeps storage, the table and the merge bounded. */
export const MAX_PARTICIPANTS = 60;
/** Far more than MAX_PARTICIPANTS full results take (about 2 kB each). */
export const MAX_SESSION_CHARS = 1_000_000;

/** A pick: a choice, or 'keep' to leave the team's current answer untouched. */
export type Pick = Choice | 'keep';

export interface SessionParticipant {
	/** Unique within the session: `p<number>`. */
	id: string;
	/** 1-based, in the order participants were added; never reused within a session. */
	number: number;
	/** The name the participant typed into the share panel, if any. */
	name?: string;
	/** The organization or team name of the result, if any. */
	team?: string;
	/** 'YYYY-MM-DD': when the participant last changed their answers. */
	date?: string;
	answers: Record<string, Choice>;
}

export interface Session {
	participants: SessionParticipant[];
	/** Per question id; absent means "the suggestion". */
	picks: Record<string, Pick>;
}

const SESSION_FIELDS = new Set(['version', 'participants', 'picks']);

const pickSchema = z.union([choiceSchema, z.literal('keep')]);

const participantSchema = z.object({
	id: z.string().check(z.regex(/^p[1-9]\d{0,5}$/)),
	number: z.number().check(z.int(), z.minimum(1), z.maximum(999_999)),
	name: z.optional(z.string().check(z.minLength(1), z.maxLength(PARTICIPANT_MAX))),
	team: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.name))),
	date: z.optional(z.iso.date()),
	answers: z
		.record(questionIdSchema, choiceSchema)
		.check(z.refine((answers) => Object.keys(answers).length <= LIMITS.answers))
});

const picksSchema = z
	.record(questionIdSchema, pickSchema)
	.check(z.refine((picks) => Object.keys(picks).length <= LIMITS.answers));

export function emptySession(): Session {
	return { participants: [], picks: {} };
}

/** Reads stored text (null: nothing stored); never throws. */
export function parseSession(raw: string | null): Reading<Session> {
	const empty = (problem: Reading<Session>['problem'] = null) => ({
		value: emptySession(),
		problem
	});
	if (raw === null) return empty();
	const stored = parseStored(raw, MAX_SESSION_CHARS);
	if ('problem' in stored) return empty(stored.problem);
	const data = stored.data;
	if (isFutureVersion(data.version, SESSION_VERSION)) {
		// Left in place until the first change: the updated app reads it after a reload.
		return { ...empty({ kind: 'future-version', version: data.version }), keepStored: true };
	}
	if (data.version !== SESSION_VERSION || !Array.isArray(data.participants)) {
		return empty({ kind: 'not-ours' });
	}

	// Participants are checked one by one: one damaged entry should not cost the others.
	const participants: SessionParticipant[] = [];
	const ids = new Set<string>();
	let dropped = 0;
	for (const item of data.participants.slice(0, MAX_PARTICIPANTS)) {
		const parsed = participantSchema.safeParse(item);
		if (!parsed.success || ids.has(parsed.data.id)) {
			dropped++;
			continue;
		}
		dropped += countUnknownFields(item, parsed.data);
		ids.add(parsed.data.id);
		participants.push(parsed.data);
	}
	dropped += Math.max(0, data.participants.length - MAX_PARTICIPANTS);

	// Picks only steer a default: when they are damaged, dropping all of them is harmless.
	const picks = picksSchema.safeParse(data.picks ?? {});
	if (!picks.success) dropped++;
	// Fields this version does not know would be lost at the next save: counted like damage.
	dropped += Object.keys(data).filter((key) => !SESSION_FIELDS.has(key)).length;

	return {
		value: { participants, picks: picks.success ? picks.data : {} },
		problem: dropped > 0 ? { kind: 'repaired', dropped } : null
	};
}

export function serializeSession(session: Session): string {
	return JSON.stringify({
		version: SESSION_VERSION,
		participants: session.participants,
		picks: session.picks
	});
}

/** The session as a stored document. */
export const sessionFormat: DocumentFormat<Session> = {
	key: WORKSHOP_KEY,
	read: parseSession,
	serialize: serializeSession
};

/** The participant in the shape the merge works with; unnamed participants have the name ''. */
export function toMergeParticipant(participant: SessionParticipant): Participant {
	return { id: participant.id, name: participant.name ?? '', answers: participant.answers };
}

export type AddOutcome =
	| {
			kind: 'added';
			session: Session;
			participant: SessionParticipant;
			/** An earlier participant with the same name (but other answers): maybe an update. */
			sameName: SessionParticipant | undefined;
	  }
	/** The same name and exactly the same answers are already in the session. */
	| { kind: 'duplicate'; existing: SessionParticipant }
	/** The session already has MAX_PARTICIPANTS participants. */
	| { kind: 'full' };

function normalizeName(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Adds a decoded result as a new participant, unless it duplicates one already there (same name,
 * ignoring case and spacing, and exactly the same answers: the same link pasted twice). Two
 * results without a name and with the same answers count as a duplicate too: far more often the
 * same link twice than two people who agree on everything, and the message says how to tell.
 */
export function addParticipant(session: Session, result: SharedResult): AddOutcome {
	const name = result.participant?.trim().slice(0, PARTICIPANT_MAX) || undefined;
	const number = session.participants.reduce((max, p) => Math.max(max, p.number), 0) + 1;
	const participant: SessionParticipant = {
		id: `p${number}`,
		number,
		...(name ? { name } : {}),
		...(result.name?.trim() ? { team: result.name.trim().slice(0, LIMITS.name) } : {}),
		...(result.date ? { date: result.date } : {}),
		answers: { ...result.answers }
	};
	const duplicate = findDuplicate(
		session.participants.map(toMergeParticipant),
		toMergeParticipant(participant)
	);
	if (duplicate) {
		return {
			kind: 'duplicate',
			existing: session.participants.find((p) => p.id === duplicate.id)!
		};
	}
	if (session.participants.length >= MAX_PARTICIPANTS) return { kind: 'full' };
	const sameName = name
		? session.participants.find((p) => p.name && normalizeName(p.name) === normalizeName(name))
		: undefined;
	return {
		kind: 'added',
		session: { ...session, participants: [...session.participants, participant] },
		participant,
		sameName
	};
}

export function removeParticipant(session: Session, id: string): Session {
	return { ...session, participants: session.participants.filter((p) => p.id !== id) };
}

/** No participants and no picks: a fresh start for the next group. */
export function clearParticipants(): Session {
	return emptySession();
}

/** Sets or (with undefined) removes the pick for one question. */
export function setPick(session: Session, questionId: string, pick: Pick | undefined): Session {
	const picks = { ...session.picks };
	if (pick === undefined) delete picks[questionId];
	else picks[questionId] = pick;
	return { ...session, picks };
}

/**
 * A label per participant: their name, or `unnamed(number)` ("Participant 3") without one. Names
 * that occur more than once go through `repeated(name, number)` ("Ana (3)"), so columns and chart
 * lines stay apart.
 */
export function participantLabels(
	participants: readonly SessionParticipant[],
	format: {
		unnamed: (number: number) => string;
		repeated: (name: string, number: number) => string;
	}
): Map<string, string> {
	const counts = new Map<string, number>();
	for (const p of participants) {
		if (!p.name) continue;
		const key = normalizeName(p.name);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return new Map(
		participants.map((p) => [
			p.id,
			!p.name
				? format.unnamed(p.number)
				: (counts.get(normalizeName(p.name)) ?? 0) > 1
					? format.repeated(p.name, p.number)
					: p.name
		])
	);
}
