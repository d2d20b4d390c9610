/**
 * Actions that load their code when the user asks (an export, an import, a download) go through
 * one LazyAction, so a chunk that cannot be loaded shows a translated message with a retry
 * (LazyActionError.svelte) instead of a button that silently does nothing.
 */
export class LazyAction {
	failed = $state(false);
	#last: (() => Promise<unknown>) | null = null;

	/** Runs the task; a rejection marks the action as failed instead of escaping. */
	run = async (task: () => Promise<unknown>): Promise<void> => {
		this.#last = task;
		this.failed = false;
		try {
			await task();
		} catch {
			this.failed = true;
		}
	};

	/** Runs the last task again. */
	retry = async (): Promise<void> => {
		if (this.#last) await this.run(this.#last);
	};

	dismiss = (): void => {
		this.failed = false;
	};
}
