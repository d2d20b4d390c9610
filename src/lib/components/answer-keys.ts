import type { Attachment } from 'svelte/attachments';
import { keyAction, type KeyOptions } from '$lib/assessment/keyboard';
import type { Choice } from '$lib/assessment/model';

export interface AnswerKeys extends KeyOptions {
	/** Listen on the whole window (the presenter view) instead of the element (one question). */
	window?: boolean;
	onchoose: (choice: Choice, target: Element) => void;
	onmove: (by: 1 | -1) => void;
	/** Esc pressed in a text field. */
	onleavefield?: () => void;
}

/**
 * The answer shortcuts (0–4, N, D; Enter and Shift+Enter; in the presenter view the arrows and
 * Page Up/Down) of the questionnaire and the presenter view: `{@attach answerKeys({ … })}`.
 */
export function answerKeys(handlers: AnswerKeys): Attachment<HTMLElement> {
	return (element) => {
		const source: HTMLElement | Window = handlers.window ? window : element;
		const onkeydown = (event: Event) => {
			if (!(event instanceof KeyboardEvent)) return;
			const target = event.target instanceof Element ? event.target : document.body;
			const action = keyAction(event, target, handlers);
			if (!action) return;
			event.preventDefault();
			if (action.kind === 'choose') handlers.onchoose(action.choice, target);
			else if (action.kind === 'move') handlers.onmove(action.by);
			else handlers.onleavefield?.();
		};
		source.addEventListener('keydown', onkeydown);
		return () => source.removeEventListener('keydown', onkeydown);
	};
}
