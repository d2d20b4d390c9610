/**
 * What the presenter view needs only for a workshop, in one entry point so the view's own code
 * has one dynamic import: the group's answers per question with the parts that draw them on the
 * options (loaded after the view opens, and only when this browser has a workshop session:
 * keys.ts tells without loading anything), and the invitation (loaded when it is first shown).
 * Their code and styles load with them, not with the page.
 */
import type { Component } from 'svelte';
import type { Choice } from '$lib/assessment/model';
import type { QuestionMerge } from '$lib/workshop/merge';

/** Whether the group's answers are shown (the facilitator hides them to discuss first). */
export const groupDisplay = $state({ shown: true });

export interface GroupParts {
	group: typeof import('$lib/workshop/group.svelte').group;
	GroupCount: Component<{ question: QuestionMerge; value: Choice }>;
	GroupSummary: Component<{ question: QuestionMerge }>;
}

/** The group's answers and the components that show them. */
export async function loadGroup(): Promise<GroupParts> {
	const [{ group }, count, summary] = await Promise.all([
		import('$lib/workshop/group.svelte'),
		import('./GroupCount.svelte'),
		import('./GroupSummary.svelte')
	]);
	return { group, GroupCount: count.default, GroupSummary: summary.default };
}

/** The invitation dialog, with its texts (the combine page's catalogue). */
export async function loadInvite(): Promise<Component<{ onclose: () => void }>> {
	const [dialog] = await Promise.all([
		import('./InviteDialog.svelte'),
		import('$lib/i18n/features').then((features) => features.loadFeatureMessages(['combine']))
	]);
	return dialog.default;
}
