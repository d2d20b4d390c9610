/**
 * Between an assessment and a shared result: what goes into a link (only answers the link's
 * framework knows; free text only when the user opts in) and how a received result becomes an
 * assessment of one's own.
 */
import {
	newAssessment,
	type Answer,
	type Assessment,
	type Choice,
	type PlanEntry
} from '$lib/assessment/model';
import type { SharedDetails, SharedResult } from './types';
import { LINK_FRAMEWORKS } from './frameworks';

export interface ShareOptions {
	/** Include notes, evidence links, N/A reasons and the plan's owners, dates and status. */
	includeDetails: boolean;
	participant?: string;
}

/** The framework version links are made with: the newest in the registry. */
export const LINK_FRAMEWORK = LINK_FRAMEWORKS[LINK_FRAMEWORKS.length - 1]!;

export function toSharedResult(assessment: Assessment, options: ShareOptions): SharedResult {
	const known = new Set(LINK_FRAMEWORK.questionIds);
	const answers: Record<string, Choice> = {};
	const details: SharedDetails = { answers: {}, plan: {} };
	for (const [id, answer] of Object.entries(assessment.answers)) {
		// Answers kept from other framework versions cannot be expressed in this link.
		if (!known.has(id)) continue;
		if (answer.choice !== undefined) answers[id] = answer.choice;
		if (options.includeDetails) {
			const text = pickText(answer);
			if (Object.keys(text).length > 0) details.answers[id] = text;
		}
	}
	if (options.includeDetails) {
		for (const [id, entry] of Object.entries(assessment.plan)) {
			if (known.has(id) && Object.keys(entry).length > 0) details.plan[id] = { ...entry };
		}
	}
	const participant = options.participant?.trim();
	return {
		frameworkVersion: LINK_FRAMEWORK.version,
		answers,
		targets: { ...assessment.targets },
		...(assessment.name.trim() ? { name: assessment.name.trim() } : {}),
		...(participant ? { participant } : {}),
		date: assessment.updatedAt.slice(0, 10),
		...(options.includeDetails ? { details } : {})
	};
}

function pickText(answer: Answer): SharedDetails['answers'][string] {
	const text: SharedDetails['answers'][string] = {};
	if (answer.note) text.note = answer.note;
	if (answer.evidence) text.evidence = answer.evidence;
	if (answer.naReason) text.naReason = answer.naReason;
	return text;
}

/** A new assessment of one's own, built from a shared result (fresh id and timestamps). */
export function assessmentFromShared(
	result: SharedResult,
	frameworkVersion: string,
	now = new Date()
): Assessment {
	const assessment = newAssessment(frameworkVersion, now, result.name ?? '');
	const plan: Record<string, PlanEntry> = {};
	for (const [id, entry] of Object.entries(result.details?.plan ?? {})) plan[id] = { ...entry };
	return {
		...assessment,
		answers: answersFromShared(result),
		targets: { ...result.targets },
		plan
	};
}

/** A shared result's answers as an assessment keeps them: the choices with their opt-in texts. */
export function answersFromShared(result: SharedResult): Record<string, Answer> {
	const answers: Record<string, Answer> = {};
	for (const [id, choice] of Object.entries(result.answers)) answers[id] = { choice };
	for (const [id, text] of Object.entries(result.details?.answers ?? {})) {
		answers[id] = { ...answers[id], ...text };
	}
	return answers;
}

/** The full address of a shared result, given the absolute address of the viewer page. */
export function shareUrl(viewerUrl: string, fragment: string): string {
	const url = new URL(viewerUrl);
	url.hash = fragment;
	return url.href;
}
