/**
 * zod's objects strip the fields they do not know. Stored data with such fields (written by a
 * build with more features, or edited by hand) would lose them at the first save, so readers
 * count them and report them like damage, which backs the original up first.
 */
import { isRecord } from '$lib/json';

/**
 * Counts the fields of `input` that `output` (what a schema made of it) no longer has, at any
 * depth. Arrays are compared item by item: a successful parse keeps their length and order.
 */
export function countUnknownFields(input: unknown, output: unknown): number {
	if (Array.isArray(input)) {
		if (!Array.isArray(output)) return 0;
		return input.reduce<number>((sum, item, i) => sum + countUnknownFields(item, output[i]), 0);
	}
	if (!isRecord(input) || !isRecord(output)) return 0;
	let count = 0;
	for (const [key, value] of Object.entries(input)) {
		if (value === undefined) continue;
		count += Object.hasOwn(output, key) ? countUnknownFields(value, output[key]) : 1;
	}
	return count;
}
