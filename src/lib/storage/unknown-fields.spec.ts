import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { countUnknownFields } from './unknown-fields';

const schema = z.object({
	name: z.string(),
	items: z.array(z.object({ level: z.number() })),
	tags: z.record(z.string(), z.object({ on: z.boolean() })),
	extra: z.optional(z.string())
});

function count(input: unknown): number {
	return countUnknownFields(input, schema.parse(input));
}

describe('countUnknownFields', () => {
	it('is 0 when the schema kept everything', () => {
		expect(count({ name: 'a', items: [{ level: 1 }], tags: { x: { on: true } } })).toBe(0);
		expect(count({ name: 'a', items: [], tags: {}, extra: 'kept' })).toBe(0);
	});

	it('counts fields the schema stripped, at every depth', () => {
		const input = {
			name: 'a',
			colour: 'red',
			items: [{ level: 1 }, { level: 2, weight: 3, size: 4 }],
			tags: { x: { on: true, since: 2020 } }
		};
		expect(count(input)).toBe(4);
	});

	it('ignores fields that are undefined (never in JSON, but in objects built in code)', () => {
		expect(count({ name: 'a', items: [], tags: {}, extra: undefined })).toBe(0);
		expect(countUnknownFields({ gone: undefined }, {})).toBe(0);
	});

	it('does not count anything a schema added or changed', () => {
		expect(countUnknownFields({ a: 1 }, { a: 1, b: 2 })).toBe(0);
		expect(countUnknownFields({ a: { b: 1 } }, { a: 'replaced' })).toBe(0);
		expect(countUnknownFields([{ a: 1 }], {})).toBe(0);
	});
});
