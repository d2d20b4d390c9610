/**
 * What happened to a result added to the workshop session, in words: one wording for pasted
 * links, scanned QR codes and links opened on this machine.
 */
import type { LineOutcome } from '$lib/workshop/combine';
import { MAX_PARTICIPANTS, type SessionParticipant } from '$lib/workshop/session';

type Translate = (key: string, options?: { values: Record<string, string | number> }) => string;

export function participantName(participant: SessionParticipant, t: Translate): string {
	return participant.name ?? t('combine.participant_n', { values: { number: participant.number } });
}

/** The sentence for an outcome (without the line number). */
export function outcomeText(outcome: LineOutcome, t: Translate): string {
	const name = (participant: SessionParticipant) => participantName(participant, t);
	switch (outcome.kind) {
		case 'added':
			return outcome.sameName
				? t('combine.outcome_added_same_name', {
						values: { name: name(outcome.participant), other: name(outcome.sameName) }
					})
				: t('combine.outcome_added', { values: { name: name(outcome.participant) } });
		case 'duplicate':
			return outcome.existing.name
				? t('combine.outcome_duplicate', { values: { name: name(outcome.existing) } })
				: t('combine.outcome_duplicate_unnamed', { values: { name: name(outcome.existing) } });
		case 'update':
			return t('combine.outcome_update', { values: { name: name(outcome.existing) } });
		case 'invitation':
			return t('combine.outcome_invitation');
		case 'full':
			return t('combine.outcome_full', { values: { max: MAX_PARTICIPANTS } });
		case 'too-large':
			return t('combine.outcome_too_large');
		case 'error':
			return t(`shared.error.${outcome.error.replace('-', '_')}`);
	}
}
