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

/**
 * A stored list read item by item, so that one damaged item costs only itself: at most `max`
 * items are read, an item the schema refuses or whose key (`keyOf`) came before is dropped, and
 * fields the schema does not know count like damage. `dropped` counts all of these and the items
 * beyond `max`.
 */
export function readEach<T>(
	items: readonly unknown[],
	schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
	keyOf: (item: T) => string,
	max: number
): { kept: T[]; dropped: number } {
	const kept: T[] = [];
	const keys = new Set<string>();
	let dropped = Math.max(0, items.length - max);
	for (const item of items.slice(0, max)) {
		const parsed = schema.safeParse(item);
		if (!parsed.success || keys.has(keyOf(parsed.data))) {
			dropped++;
			continue;
		}
		dropped += countUnknownFields(item, parsed.data);
		keys.add(keyOf(parsed.data));
		kept.push(parsed.data);
	}
	return { kept, dropped };
}
