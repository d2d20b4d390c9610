import { PRINCIPLE_IDS, type PrincipleId } from '$lib/framework/types';
import type { Target } from '$lib/assessment/model';

/** A target for every principle of the bank: `level`, except where `except` says otherwise. */
export function everyTarget(
	level: Target,
	except: Partial<Record<PrincipleId, Target>> = {}
): Record<PrincipleId, Target> {
	return Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, except[id] ?? level])) as Record<
		PrincipleId,
		Target
	>;
}
