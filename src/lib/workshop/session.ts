/**
 * The facilitator's workshop session: the participants whose result links were added on this
 * machine, the agreed answers picked so far, the invitation participants join with, and the last
 * adoption (to undo it). It lives in THIS browser only, under its own localStorage key, apart
 * from the team's assessment (which it never touches; adopting goes through the app state).
 *
 * Stored as versioned JSON, validated with zod on load:
 *
 *   { version: 2,
 *     participants: [{ id, number, name?, team?, date?, answers, texts? }],
 *     picks, invitation?, adoption? }
 *
 * - `number` is the participant's place in the order they were added (1, 2, …). It gives the
 *   "Participant 3" label to those who shared without a name, and it is never reused while the
 *   session lasts, so removing participant 2 does not rename participant 3 in the middle of a
 *   discussion.
 * - `texts` holds each participant's notes and not-applicable reasons, by question, when their
 *   link carried them.
 * - `picks` holds the facilitator's choice per question when it differs from the default;
 *   'keep' means "leave the team's answer to this question as it is". A flagged question has no
 *   default: without a pick it is not decided and adopting leaves it out.
 * - `invitation`: the session id, date and scope (principles, owner roles) of the invitation the
 *   presenter and combine screens show (share/invite.ts), made when first shown.
 * - `adoption`: the snapshot taken before the last adoption and the questions it wrote, so
 *   "Undo adopt" can put those answers back.
 *
 * Version 1 (no texts, invitation or adoption) is read as version 2 without loss.
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
import { OWNER_ROLES, PRINCIPLE_IDS, type OwnerRole, type PrincipleId } from '$lib/framework/types';
import { PARTICIPANT_MAX, type SharedResult } from '$lib/share/codec';
import {
	isFutureVersion,
	parseStored,
	type DocumentFormat,
	type Reading
} from '$lib/storage/document';
import { countUnknownFields } from '$lib/storage/unknown-fields';
import { WORKSHOP_KEY } from './keys';
import { findDuplicate, type Participant, type ParticipantText } from './merge';

export { WORKSHOP_KEY };
/**
 * Where versions before the shared backup scheme (`<key>:backup:<time>`) copied unreadable session
 * data. Left in place: nothing removes or overwrites it any more.
 */
export const LEGACY_BACKUP_KEY = 'commons-check:workshop:backup';
export const SESSION_VERSION = 2;
/** More than any workshop room holds; it keeps storage, the table and the merge bounded. */
export const MAX_PARTICIPANTS = 60;
/** Far more than MAX_PARTICIPANTS full results take (about 2 kB each without notes). */
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
	/** Notes and not-applicable reasons by question id, when the link carried them. */
	texts?: Record<string, ParticipantText>;
}

/** The invitation's settings; its title is the name of the assessment at the time it is shown. */
export interface SessionInvitation {
	/** Eight lowercase hex digits (share/invite.ts). */
	session: string;
	/** 'YYYY-MM-DD': when the session's invitation was made. */
	date: string;
	/** Absent: every principle. */
	principles?: PrincipleId[];
	/** Absent: every owner role. */
	roles?: OwnerRole[];
}

/** The last adoption: what "Undo adopt" needs. */
export interface Adoption {
	/** The snapshot of the assessment taken just before. */
	snapshotId: string;
	assessmentId: string;
	/** ISO time of the adoption. */
	at: string;
	/** The questions it wrote. */
	questionIds: string[];
}

export interface Session {
	participants: SessionParticipant[];
	/** Per question id; absent means "the default" (the suggestion, or undecided when flagged). */
	picks: Record<string, Pick>;
	invitation?: SessionInvitation;
	adoption?: Adoption;
}

const SESSION_FIELDS = new Set(['version', 'participants', 'picks', 'invitation', 'adoption']);

const pickSchema = z.union([choiceSchema, z.literal('keep')]);
const boundedText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const textsSchema = z
	.record(
		questionIdSchema,
		z.object({
			note: z.optional(boundedText(LIMITS.note)),
			naReason: z.optional(boundedText(LIMITS.naReason))
		})
	)
	.check(z.refine((texts) => Object.keys(texts).length <= LIMITS.answers));

const participantSchema = z.object({
	id: z.string().check(z.regex(/^p[1-9]\d{0,5}$/)),
	number: z.number().check(z.int(), z.minimum(1), z.maximum(999_999)),
	name: z.optional(z.string().check(z.minLength(1), z.maxLength(PARTICIPANT_MAX))),
	team: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.name))),
	date: z.optional(z.iso.date()),
	answers: z
		.record(questionIdSchema, choiceSchema)
		.check(z.refine((answers) => Object.keys(answers).length <= LIMITS.answers)),
	texts: z.optional(textsSchema)
});

const picksSchema = z
	.record(questionIdSchema, pickSchema)
	.check(z.refine((picks) => Object.keys(picks).length <= LIMITS.answers));

const invitationSchema = z.object({
	session: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
	date: z.iso.date(),
	principles: z.optional(z.array(z.enum(PRINCIPLE_IDS)).check(z.minLength(1))),
	roles: z.optional(z.array(z.enum(OWNER_ROLES)).check(z.minLength(1)))
});

const adoptionSchema = z.object({
	snapshotId: z.string().check(z.minLength(1), z.maxLength(64)),
	assessmentId: z.string().check(z.minLength(1), z.maxLength(64)),
	at: z.iso.datetime({ offset: true }),
	questionIds: z.array(questionIdSchema).check(z.maxLength(LIMITS.answers))
});

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
	// Version 1 is version 2 without texts, invitation and adoption.
	if ((data.version !== 1 && data.version !== 2) || !Array.isArray(data.participants)) {
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
	const session: Session = { participants, picks: picks.success ? picks.data : {} };
	// The invitation is made again, and an adoption without its record cannot be undone: both
	// are dropped alone when damaged.
	for (const [field, schema] of [
		['invitation', invitationSchema],
		['adoption', adoptionSchema]
	] as const) {
		if (data[field] === undefined) continue;
		const parsed = schema.safeParse(data[field]);
		if (!parsed.success) {
			dropped++;
			continue;
		}
		dropped += countUnknownFields(data[field], parsed.data);
		Object.assign(session, { [field]: parsed.data });
	}
	// Fields this version does not know would be lost at the next save: counted like damage.
	dropped += Object.keys(data).filter((key) => !SESSION_FIELDS.has(key)).length;

	return { value: session, problem: dropped > 0 ? { kind: 'repaired', dropped } : null };
}

export function serializeSession(session: Session): string {
	return JSON.stringify({
		version: SESSION_VERSION,
		participants: session.participants,
		picks: session.picks,
		...(session.invitation ? { invitation: session.invitation } : {}),
		...(session.adoption ? { adoption: session.adoption } : {})
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
	return {
		id: participant.id,
		name: participant.name ?? '',
		answers: participant.answers,
		...(participant.texts ? { texts: participant.texts } : {})
	};
}

export type AddOutcome =
	| {
			kind: 'added';
			session: Session;
			participant: SessionParticipant;
			/** An earlier participant with the same name (but other answers): maybe an update. */
			sameName: SessionParticipant | undefined;
	  }
	/** The same name and exactly the same answers and notes are already in the session. */
	| { kind: 'duplicate'; existing: SessionParticipant }
	/**
	 * The same name and answers with other notes or reasons: most likely the participant shared
	 * again after writing notes. `replaceParticipant` puts it in the earlier one's place.
	 */
	| { kind: 'update'; existing: SessionParticipant; result: SharedResult }
	/** The session already has MAX_PARTICIPANTS participants. */
	| { kind: 'full' }
	/** The session would be more than MAX_SESSION_CHARS long once saved (very long notes). */
	| { kind: 'too-large' };

function normalizeName(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The notes and reasons of a shared result, within the session's limits. */
function textsOf(result: SharedResult): Record<string, ParticipantText> | undefined {
	const texts: Record<string, ParticipantText> = {};
	for (const [id, entry] of Object.entries(result.details?.answers ?? {})) {
		const text: ParticipantText = {};
		if (entry.note) text.note = entry.note.slice(0, LIMITS.note);
		if (entry.naReason) text.naReason = entry.naReason.slice(0, LIMITS.naReason);
		if (text.note || text.naReason) texts[id] = text;
	}
	return Object.keys(texts).length > 0 ? texts : undefined;
}

/** The texts in a canonical order, to tell whether two participants wrote the same. */
function textsKey(texts: Record<string, ParticipantText> | undefined): string {
	return JSON.stringify(
		Object.entries(texts ?? {})
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([id, text]) => [id, text.note ?? '', text.naReason ?? ''])
	);
}

/** The participant a result makes, with the given place in the session. */
function participantOf(result: SharedResult, number: number): SessionParticipant {
	const name = result.participant?.trim().slice(0, PARTICIPANT_MAX) || undefined;
	const texts = textsOf(result);
	return {
		id: `p${number}`,
		number,
		...(name ? { name } : {}),
		...(result.name?.trim() ? { team: result.name.trim().slice(0, LIMITS.name) } : {}),
		...(result.date ? { date: result.date } : {}),
		answers: { ...result.answers },
		...(texts ? { texts } : {})
	};
}

function fits(session: Session): boolean {
	return serializeSession(session).length <= MAX_SESSION_CHARS;
}

/**
 * Adds a decoded result as a new participant, unless it duplicates one already there (same name,
 * ignoring case and spacing, and exactly the same answers: the same link pasted twice). Two
 * results without a name and with the same answers count as a duplicate too: far more often the
 * same link twice than two people who agree on everything, and the message says how to tell.
 * When only the notes or reasons differ, the outcome is an update to confirm.
 */
export function addParticipant(session: Session, result: SharedResult): AddOutcome {
	const number = session.participants.reduce((max, p) => Math.max(max, p.number), 0) + 1;
	const participant = participantOf(result, number);
	const duplicate = findDuplicate(
		session.participants.map(toMergeParticipant),
		toMergeParticipant(participant)
	);
	if (duplicate) {
		const existing = session.participants.find((p) => p.id === duplicate.id)!;
		return textsKey(existing.texts) === textsKey(participant.texts)
			? { kind: 'duplicate', existing }
			: { kind: 'update', existing, result };
	}
	if (session.participants.length >= MAX_PARTICIPANTS) return { kind: 'full' };
	const next = { ...session, participants: [...session.participants, participant] };
	if (!fits(next)) return { kind: 'too-large' };
	const name = participant.name;
	const sameName = name
		? session.participants.find((p) => p.name && normalizeName(p.name) === normalizeName(name))
		: undefined;
	return { kind: 'added', session: next, participant, sameName };
}

/**
 * Puts a result in the place of an earlier participant (same id and number), e.g. the same
 * answers shared again with notes. Unchanged when the participant is gone or it would not fit.
 */
export function replaceParticipant(session: Session, id: string, result: SharedResult): Session {
	const index = session.participants.findIndex((p) => p.id === id);
	if (index < 0) return session;
	const participants = [...session.participants];
	participants[index] = participantOf(result, participants[index]!.number);
	const next = { ...session, participants };
	return fits(next) ? next : session;
}

export function removeParticipant(session: Session, id: string): Session {
	return { ...session, participants: session.participants.filter((p) => p.id !== id) };
}

/**
 * No participants, picks or adoption: a fresh start for the next group. The invitation stays,
 * with a new session id, so the previous group's phones do not mistake it for theirs.
 */
export function clearParticipants(session: Session, newSession?: string): Session {
	return session.invitation && newSession
		? { ...emptySession(), invitation: { ...session.invitation, session: newSession } }
		: emptySession();
}

/** Sets or (with undefined) removes the pick for one question. */
export function setPick(session: Session, questionId: string, pick: Pick | undefined): Session {
	const picks = { ...session.picks };
	if (pick === undefined) delete picks[questionId];
	else picks[questionId] = pick;
	return { ...session, picks };
}

/** Sets the invitation's settings. */
export function setInvitation(session: Session, invitation: SessionInvitation): Session {
	return { ...session, invitation };
}

/** Records (or with undefined forgets) the last adoption. */
export function setAdoption(session: Session, adoption: Adoption | undefined): Session {
	const next = { ...session };
	if (adoption) next.adoption = adoption;
	else delete next.adoption;
	return next;
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
