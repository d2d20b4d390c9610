/**
 * Checks a locale's message catalogue against the English reference: the same keys, every message
 * valid ICU MessageFormat, and the same ICU arguments (a translation that drops `{count}` or
 * renames it would render wrong text at run time). Used by the locale-completeness test.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type Catalogue = Record<string, string>;

export interface CatalogueProblem {
	key: string;
	kind: 'missing' | 'extra' | 'invalid' | 'arguments' | 'not-a-string';
	detail?: string;
}

function collectArguments(elements: MessageFormatElement[], into: Set<string>): Set<string> {
	for (const element of elements) {
		switch (element.type) {
			case TYPE.argument:
			case TYPE.number:
			case TYPE.date:
			case TYPE.time:
				into.add(`${element.value}:${TYPE[element.type]}`);
				break;
			case TYPE.plural:
			case TYPE.select:
				into.add(`${element.value}:${TYPE[element.type]}`);
				for (const option of Object.values(element.options)) collectArguments(option.value, into);
				break;
			case TYPE.tag:
				into.add(`<${element.value}>`);
				collectArguments(element.children, into);
				break;
			default:
				break;
		}
	}
	return into;
}

/** The sorted ICU arguments of a message, e.g. `["count:plural", "name:argument"]`; throws if invalid. */
export function messageArguments(message: string): string[] {
	return [...collectArguments(parse(message), new Set())].sort();
}

export function checkCatalogue(reference: Catalogue, candidate: Catalogue): CatalogueProblem[] {
	const problems: CatalogueProblem[] = [];
	for (const key of Object.keys(reference)) {
		if (!(key in candidate)) problems.push({ key, kind: 'missing' });
	}
	for (const [key, message] of Object.entries(candidate)) {
		if (!(key in reference)) {
			problems.push({ key, kind: 'extra' });
			continue;
		}
		if (typeof message !== 'string') {
			problems.push({ key, kind: 'not-a-string' });
			continue;
		}
		let args: string[];
		try {
			args = messageArguments(message);
		} catch (error) {
			problems.push({ key, kind: 'invalid', detail: (error as Error).message });
			continue;
		}
		let expected: string[];
		try {
			expected = messageArguments(reference[key] as string);
		} catch {
			continue; // reported when the reference itself is checked
		}
		if (args.join() !== expected.join()) {
			problems.push({
				key,
				kind: 'arguments',
				detail: `expected ${expected.join(', ') || 'none'}, found ${args.join(', ') || 'none'}`
			});
		}
	}
	return problems;
}
