/**
 * Format version 1 of a share link (docs/share-link.md, "Binary format, version 1"): the layout
 * of the bytes before the CRC. Reads and writes whole bodies, header included; checking the
 * values is the caller's (canonical.ts), as is the CRC and base64url around them (codec.ts).
 */
import { DEFAULT_TARGET, type Choice, type Target } from '$lib/assessment/model';
import type { PrincipleId } from '$lib/framework/types';
import {
	BitReader,
	bitWriter,
	concatBytes,
	readLeb128,
	utf8Decoder,
	utf8Encoder,
	writeLeb128
} from './bytes';
import { readDetails, writeDetails } from './details';
import type { LinkFramework } from './frameworks';
import type { Compression, SharedResult } from './types';

export const VERSION_1 = 1;

/** Section types. Append new ones (with a new format version); never renumber. */
const Section = { Name: 1, Date: 2, Participant: 3, Details: 4 } as const;

/** Answer codes: 0 unanswered, 1–5 levels 0–4, 6 not applicable, 7 don't know. */
const CODE_CHOICES: readonly (Choice | undefined)[] = [undefined, 0, 1, 2, 3, 4, 'na', 'unknown'];

function choiceCode(choice: Choice): number {
	return choice === 'na' ? 6 : choice === 'unknown' ? 7 : choice + 1;
}

/** Bytes of the packed answers and targets: 3 bits a question, 2 a principle, padded. */
function packedBytes(framework: LinkFramework): number {
	return Math.ceil((framework.questionIds.length * 3 + framework.principleIds.length * 2) / 8);
}

/**
 * The body (everything before the CRC) of a canonical, valid result. Throws EncodeError when it
 * has details that cannot be written (see writeDetails).
 */
export function writeVersion1(
	result: SharedResult,
	frameworkIndex: number,
	framework: LinkFramework,
	compression: Compression | undefined
): Uint8Array {
	const packed = new Uint8Array(packedBytes(framework));
	const write = bitWriter(packed);
	for (const id of framework.questionIds) {
		const choice = result.answers[id];
		write(choice === undefined ? 0 : choiceCode(choice), 3);
	}
	for (const id of framework.principleIds) write((result.targets[id] ?? DEFAULT_TARGET) - 1, 2);
	const parts: ArrayLike<number>[] = [[VERSION_1, frameworkIndex], packed];
	const section = (type: number, data: Uint8Array) => {
		parts.push([type, ...writeLeb128(data.length)], data);
	};
	if (result.name !== undefined) section(Section.Name, utf8Encoder.encode(result.name));
	if (result.date !== undefined) {
		const days = daysSinceEpoch(result.date);
		section(Section.Date, Uint8Array.of(days >> 8, days & 0xff));
	}
	if (result.participant !== undefined)
		section(Section.Participant, utf8Encoder.encode(result.participant));
	if (result.details !== undefined) {
		section(Section.Details, writeDetails(result.details, framework, compression));
	}
	return concatBytes(parts);
}

/**
 * The result in a version-1 body of `framework`, or null when the layout is broken. Without a
 * compression a details section is skipped unread and reported as pending. Throws on invalid
 * UTF-8 and on corrupt details (see readDetails): both mean the link is damaged.
 */
export function readVersion1(
	body: Uint8Array,
	framework: LinkFramework,
	compression: Compression | undefined
): { result: SharedResult; detailsPending: boolean } | null {
	const sectionsAt = 2 + packedBytes(framework);
	if (body.length < sectionsAt) return null;
	const bits = new BitReader(body, 2);
	const answers: Record<string, Choice> = {};
	for (const id of framework.questionIds) {
		const choice = CODE_CHOICES[bits.read(3)];
		if (choice !== undefined) answers[id] = choice;
	}
	const targets: Partial<Record<PrincipleId, Target>> = {};
	for (const id of framework.principleIds) targets[id] = (bits.read(2) + 1) as Target;
	while (bits.position < sectionsAt * 8) if (bits.read(1) !== 0) return null;

	const result: SharedResult = { frameworkVersion: framework.version, answers, targets };
	let detailsPending = false;
	const seen = new Set<number>();
	let at = sectionsAt;
	while (at < body.length) {
		const type = body[at]!;
		const length = readLeb128(body, at + 1);
		if (!length || length.value === 0 || length.value > body.length - length.end) return null;
		if (seen.has(type)) return null;
		seen.add(type);
		const data = body.subarray(length.end, length.end + length.value);
		at = length.end + length.value;
		switch (type) {
			case Section.Name:
				result.name = utf8Decoder.decode(data);
				break;
			case Section.Date:
				if (data.length !== 2) return null;
				result.date = dateFromDays((data[0]! << 8) | data[1]!);
				break;
			case Section.Participant:
				result.participant = utf8Decoder.decode(data);
				break;
			case Section.Details: {
				if (!compression) {
					detailsPending = true;
					break;
				}
				const details = readDetails(data, framework, compression);
				if (!details) return null;
				result.details = details;
				break;
			}
			default:
				return null;
		}
	}
	return { result, detailsPending };
}

// ---------------------------------------------------------------------------------------------
// Dates: uint16 days since 2000-01-01 (UTC calendar days; no time zone is involved).

const EPOCH = Date.UTC(2000, 0, 1);
const DAY = 86_400_000;

/** The 'YYYY-MM-DD' date `days` after 2000-01-01. */
export function dateFromDays(days: number): string {
	return new Date(EPOCH + days * DAY).toISOString().slice(0, 10);
}

/** Days since 2000-01-01 of a valid 'YYYY-MM-DD' date; -1 when it does not fit in 16 bits. */
export function daysSinceEpoch(date: string): number {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const days = (Date.UTC(year, month - 1, day) - EPOCH) / DAY;
	return Number.isInteger(days) && days >= 0 && days <= 0xffff ? days : -1;
}
