/**
 * Finds user-visible text in a Svelte component that does not go through the i18n layer.
 *
 * How it decides (the rule the test enforces):
 * - Any text between tags in the markup that contains a letter (Unicode \p{L}) is hard-coded text.
 *   Punctuation, digits, symbols and whitespace alone are allowed (e.g. "·", "→", "0–4" are not words).
 * - The same for a string literal written directly as a text expression, e.g. {'Save'}.
 * - The same for the static value of an attribute a person can perceive: aria-label, aria-description,
 *   aria-roledescription, aria-placeholder, aria-valuetext, title, alt, placeholder, label.
 * - <script>, <style> and comments are not markup text and are ignored.
 * Text that must be in the markup for a technical reason can be marked with a comment
 * `<!-- i18n-ignore -->` immediately before the element; the element's own text is then skipped.
 */
import { parse } from 'svelte/compiler';

const PERCEIVABLE_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-placeholder',
	'aria-valuetext',
	'title',
	'alt',
	'placeholder',
	'label'
]);

const LETTER = /\p{L}/u;

export interface HardcodedText {
	line: number;
	text: string;
	where: 'text' | 'expression' | `attribute ${string}`;
}

interface AstNode {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

function lineOf(source: string, offset: number): number {
	return source.slice(0, offset).split('\n').length;
}

function isNode(value: unknown): value is AstNode {
	return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

function isStringLiteral(node: unknown): node is AstNode & { value: string } {
	return isNode(node) && node.type === 'Literal' && typeof node.value === 'string';
}

export function findHardcodedText(source: string, filename = 'Component.svelte'): HardcodedText[] {
	const ast = parse(source, { modern: true, filename });
	const found: HardcodedText[] = [];

	const visitFragment = (nodes: AstNode[]): void => {
		let ignoreNext = false;
		for (const node of nodes) {
			if (node.type === 'Comment') {
				if (String(node.data).trim() === 'i18n-ignore') ignoreNext = true;
				continue;
			}
			if (node.type === 'Text') {
				const text = String(node.data);
				if (LETTER.test(text)) {
					found.push({ line: lineOf(source, node.start), text: text.trim(), where: 'text' });
				}
				continue;
			}
			if (ignoreNext && isElementLike(node)) {
				ignoreNext = false;
				continue;
			}
			if (node.type === 'ExpressionTag' && isStringLiteral(node.expression)) {
				if (LETTER.test(node.expression.value)) {
					found.push({
						line: lineOf(source, node.start),
						text: node.expression.value,
						where: 'expression'
					});
				}
				continue;
			}
			visitNode(node);
		}
	};

	const visitAttributes = (attributes: unknown): void => {
		if (!Array.isArray(attributes)) return;
		for (const attribute of attributes as AstNode[]) {
			if (attribute.type !== 'Attribute') continue;
			const name = String(attribute.name).toLowerCase();
			if (!PERCEIVABLE_ATTRIBUTES.has(name)) continue;
			const value = attribute.value;
			// An attribute value is `true`, a single {expression}, or a list of text and expressions.
			const parts = Array.isArray(value) ? (value as AstNode[]) : isNode(value) ? [value] : [];
			for (const part of parts) {
				const text =
					part.type === 'Text'
						? String(part.data)
						: isNode(part.expression) && isStringLiteral(part.expression)
							? part.expression.value
							: '';
				if (LETTER.test(text)) {
					found.push({ line: lineOf(source, part.start), text, where: `attribute ${name}` });
				}
			}
		}
	};

	const visitNode = (node: AstNode): void => {
		visitAttributes(node.attributes);
		// Every child fragment: element children, block branches ({#if}, {:else}, {#each}, {#await}, snippets).
		for (const key of [
			'fragment',
			'consequent',
			'alternate',
			'body',
			'fallback',
			'pending',
			'then',
			'catch'
		]) {
			const child = node[key];
			if (isNode(child) && child.type === 'Fragment' && Array.isArray(child.nodes)) {
				visitFragment(child.nodes as AstNode[]);
			}
		}
	};

	visitFragment(ast.fragment.nodes as unknown as AstNode[]);
	return found;
}

function isElementLike(node: AstNode): boolean {
	return node.type.endsWith('Element') || node.type === 'Component' || node.type === 'TitleElement';
}
