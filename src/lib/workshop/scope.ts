/**
 * Which questions an invitation asks (docs/workshop.md): those of the chosen principles (all when
 * none are named) whose owner role is one of the chosen roles (all when none are named), in
 * framework order. Pure.
 */
import type { OwnerRole, PrincipleId, PrincipleSource, QuestionSource } from '$lib/framework/types';
import type { Invitation } from '$lib/share/invite';
import type { SessionInvitation } from './session';

export interface Scope {
	principles?: readonly PrincipleId[];
	roles?: readonly OwnerRole[];
}

export interface ScopedQuestion extends QuestionSource {
	principleId: PrincipleId;
	/** 1-based position within its principle (as the questionnaire numbers it). */
	number: number;
}

export function scopedQuestions(
	principles: readonly PrincipleSource[],
	scope: Scope
): ScopedQuestion[] {
	return principles
		.filter((principle) => !scope.principles || scope.principles.includes(principle.id))
		.flatMap((principle) =>
			principle.questions
				.map((question, index) => ({ ...question, principleId: principle.id, number: index + 1 }))
				.filter((question) => !scope.roles || scope.roles.includes(question.owner))
		);
}

/** The roles that own at least one question of the chosen principles, in the order given. */
export function rolesIn(
	principles: readonly PrincipleSource[],
	roles: readonly OwnerRole[],
	chosen?: readonly PrincipleId[]
): OwnerRole[] {
	const owners = new Set(
		scopedQuestions(principles, chosen ? { principles: chosen } : {}).map((q) => q.owner)
	);
	return roles.filter((role) => owners.has(role));
}

/** The invitation the session's settings make, named after the team's assessment. */
export function invitationOf(
	settings: SessionInvitation,
	frameworkVersion: string,
	title: string
): Invitation {
	const name = title.trim();
	return {
		frameworkVersion,
		session: settings.session,
		date: settings.date,
		...(name ? { title: name } : {}),
		...(settings.principles ? { principles: [...settings.principles] } : {}),
		...(settings.roles ? { roles: [...settings.roles] } : {})
	};
}
