/**
 * What the share-link layers pass between them and to their callers (docs/share-link.md).
 * No logic: every layer, and the compressor chunk, can import this without importing another.
 */
import type { Choice, PlanEntry, Targets } from '$lib/assessment/model';

/** The deflater and inflater of the details section (fflate in `compression.ts`). */
export interface Compression {
	deflate(data: Uint8Array): Uint8Array;
	/** Inflates deflate-raw data, or null when the output would exceed `cap` bytes. */
	inflate(data: Uint8Array, cap: number): Uint8Array | null;
}

export interface CodecOptions {
	/**
	 * Needed to write or read a details section. Without it `encodeResult` refuses details and
	 * `decodeResult` reports them as pending; the rest of a link never needs it.
	 */
	compression?: Compression;
}

export interface SharedDetails {
	answers: Record<string, { note?: string; evidence?: string; naReason?: string }>;
	plan: Record<string, PlanEntry>;
}

export interface SharedResult {
	/**
	 * The framework version the link was made with, a version in LINK_FRAMEWORKS. Decoded links
	 * keep it: a link made with an older bank is read (and scored) against that bank's questions.
	 */
	frameworkVersion: string;
	/** Only choices; ids must be in that framework version's question list. */
	answers: Record<string, Choice>;
	/** Decoded links always carry every principle (1–4); encoding fills the missing ones. */
	targets: Targets;
	/** Organization or team, at most LIMITS.name characters. */
	name?: string;
	/** Participant name, for merging workshop answers; at most PARTICIPANT_MAX characters. */
	participant?: string;
	/** 'YYYY-MM-DD', e.g. the assessment's last change. */
	date?: string;
	/** Opt-in: notes, evidence URLs, N/A reasons, plan owners, due dates and status. */
	details?: SharedDetails;
}

export type DecodeError =
	'empty' | 'not-ours' | 'damaged' | 'newer-version' | 'unknown-framework' | 'too-long';

export type DecodeResult =
	| {
			ok: true;
			result: SharedResult;
			/** The link has a details section that was not read: no compression was given. */
			detailsPending?: true;
	  }
	| { ok: false; error: DecodeError };

/** Why `encodeResult` refused a result. */
export class EncodeError extends Error {
	readonly reason: 'invalid' | 'too-long';
	constructor(reason: 'invalid' | 'too-long', message: string) {
		super(message);
		this.name = 'EncodeError';
		this.reason = reason;
	}
}
