/**
 * A stored document as reactive state: the value, how saving goes, and what was wrong with the
 * stored text on load. The rules are in document.ts; this class adds when things happen.
 *
 * - Nothing happens at construction. Storage is opened and read when something first reads or
 *   changes the document, so importing a module that creates one has no side effect, and
 *   prerendering (no storage: an empty memory store stands in) shows a fresh document.
 * - Other tabs' writes arrive through the `storage` event, listened to only while an effect
 *   reads the document, like svelte.dev's Persisted with createSubscriber; when listening
 *   starts, a write made while nobody listened is picked up. (createSubscriber itself is not
 *   imported: `svelte/reactivity` would bring MediaQuery into every page's first load.)
 * - `update(change, true)` batches the write: typing a note writes at most every WRITE_DELAY ms,
 *   not on every key. A batched change is written before any other save, when the page is hidden
 *   or closed (`visibilitychange`, `pagehide`), and when another tab's write arrives first it is
 *   applied again on top of that, so it is never lost.
 */
import { untrack } from 'svelte';
import { browser } from '$app/environment';
import {
	loadDocument,
	saveDocument,
	type DocumentFormat,
	type DocumentProblem,
	type Loaded,
	type Reading,
	type StorageReport,
	type StorageStatus
} from './document';
import { MemoryStore, probeLocalStorage, readKey, type KeyValueStore } from './storage';

/** The longest a batched change waits before it is written. */
export const WRITE_DELAY = 300;

export class StoredDocument<T> implements StorageReport {
	readonly #format: DocumentFormat<T>;
	readonly #now: () => Date;
	#store: KeyValueStore | null | undefined;
	#loaded = false;
	// Fields, not one object: created with the document, outside any effect, so every reader
	// tracks them even when the first read (which loads) happens inside a $derived.
	#value = $state<T>(undefined as T);
	#status = $state<StorageStatus>('saved');
	#problem = $state<DocumentProblem | null>(null);
	#backupKey = $state<string | null>(null);
	/** Stored, or (without storage) changed in this page. */
	#present = $state(false);
	#raw: string | null = null;
	/** The text last read or written under the key here: tells other tabs' writes from ours. */
	#stored: string | null = null;
	#ready = Promise.resolve();
	/** Changes made in memory and not written yet, in order. */
	#pending: ((value: T) => void)[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	#flushesOnHide = false;
	/** Other tabs' writes being read (see receive). */
	#receiving = 0;
	/** Effects reading the document; the storage listener lives while there is one. */
	#readers = 0;
	#unlisten: (() => void) | undefined;

	/**
	 * `store`: where to keep it; null for none (the document lives in memory and says so). Left
	 * out, localStorage in the browser and an empty memory store while prerendering.
	 */
	// The clock only names backups; nothing reacts to a Date, so SvelteDate is not needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	constructor(format: DocumentFormat<T>, store?: KeyValueStore | null, now = () => new Date()) {
		this.#format = format;
		this.#store = store;
		this.#now = now;
	}

	get value(): T {
		this.#read();
		return this.#value;
	}

	/** How saving goes; anything but 'saved' is shown to the user as a lasting warning. */
	get status(): StorageStatus {
		this.#read();
		return this.#status;
	}

	/** What was wrong with the stored text on load, until the user dismisses it. */
	get problem(): DocumentProblem | null {
		this.#read();
		return this.#problem;
	}

	/** The stored text that had the problem, for download. */
	get rawBackup(): string | null {
		this.#read();
		return this.#raw;
	}

	get backupKey(): string | null {
		this.#read();
		return this.#backupKey;
	}

	get present(): boolean {
		this.#read();
		return this.#present;
	}

	/** Settles once the stored text is read: at once, unless it needed repair code (see Reading). */
	get ready(): Promise<void> {
		this.#load();
		return this.#ready;
	}

	dismissProblem(): void {
		this.#problem = null;
	}

	/** Replaces the whole value and writes it at once. */
	set(value: T): void {
		this.#load();
		this.#value = value;
		this.#write();
	}

	/** Changes the value in place; `batch` (for typing) writes it a little later, else at once. */
	update(change: (value: T) => void, batch = false): void {
		this.#load();
		change(this.#value);
		if (!batch) return this.#write();
		this.#pending.push(change);
		this.#timer ??= setTimeout(() => this.#flushLater(), WRITE_DELAY);
		if (this.#flushesOnHide) return;
		this.#flushesOnHide = true;
		const onHide = (event: Event) => {
			if (event.type === 'pagehide' || document.visibilityState === 'hidden') this.flush();
		};
		addEventListener('pagehide', onHide);
		addEventListener('visibilitychange', onHide);
	}

	/** Writes batched changes now. */
	flush(): void {
		if (this.#pending.length > 0) this.#write();
	}

	/** The batch's timer: waits while another tab's write is being read, so it lands first. */
	#flushLater(): void {
		this.#timer = undefined;
		if (this.#receiving > 0) this.#timer = setTimeout(() => this.#flushLater(), WRITE_DELAY);
		else this.flush();
	}

	/**
	 * Takes over what another tab wrote under the key (key null: that tab cleared all of
	 * storage). Text that does not read cleanly is ignored: this tab keeps what it has.
	 */
	receive(key: string | null, raw: string | null): void {
		if (key !== null && key !== this.#format.key) return;
		this.#load();
		const text = key === null ? null : raw;
		if (text === this.#stored) return;
		const reading = this.#format.read(text);
		if (!reading.repair) return this.#take(text, reading);
		// Reading the text needs code that loads on demand (the schemas, or repair code).
		this.#receiving++;
		void reading
			.repair()
			.then(
				(checked) => this.#take(text, checked),
				() => {}
			)
			.finally(() => this.#receiving--);
	}

	#take(text: string | null, reading: Reading<T>): void {
		if (text === this.#stored) return;
		if (reading.repair || (reading.problem && reading.problem.kind !== 'migrated')) return;
		this.#stored = text;
		this.#value = reading.value;
		this.#present = text !== null;
		if (this.#pending.length === 0) return;
		for (const change of this.#pending) change(this.#value);
		this.#write();
	}

	#read(): void {
		this.#load();
		if ($effect.tracking()) {
			try {
				$effect.pre(() => {
					if (this.#readers++ === 0) untrack(() => this.#listen());
					return () =>
						// Counted down a microtask later: a reader that runs again at once reads again.
						queueMicrotask(() => {
							if (--this.#readers === 0) this.#unlisten?.();
						});
				});
			} catch {
				// Read by a $derived outside any effect (in an event handler): nobody to keep current.
			}
		}
	}

	#listen(): void {
		const read = readKey(this.#store ?? null, this.#format.key);
		if (read.ok) this.receive(this.#format.key, read.value);
		const listener = (event: StorageEvent) => this.receive(event.key, event.newValue);
		addEventListener('storage', listener);
		this.#unlisten = () => removeEventListener('storage', listener);
	}

	#load(): void {
		if (this.#loaded) return;
		this.#loaded = true;
		// The first read may come from a template or a $derived, where changing state is not
		// allowed; loading only sets this document's state for the first time.
		untrack(() => {
			if (this.#store === undefined)
				this.#store = browser ? probeLocalStorage() : new MemoryStore();
			const loaded = loadDocument(this.#store, this.#format, this.#now());
			// If the repair code cannot load, the stand-in stays: in memory, nothing overwritten.
			this.#ready =
				loaded.repaired?.then(
					(repaired) => this.#settle(repaired),
					() => {}
				) ?? this.#ready;
			this.#settle(loaded);
		});
	}

	#settle(loaded: Loaded<T>): void {
		this.#value = loaded.value;
		this.#status = loaded.status;
		this.#problem = loaded.problem;
		this.#backupKey = loaded.backupKey;
		this.#raw = loaded.raw;
		this.#stored = loaded.stored;
		this.#present = loaded.stored !== null;
	}

	#write(): void {
		this.#load();
		this.#pending = [];
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#present = true;
		const saved = untrack(() =>
			saveDocument(this.#store ?? null, this.#format, this.#value, this.#status)
		);
		this.#status = saved.status;
		if (saved.stored !== undefined) this.#stored = saved.stored;
	}
}

/**
 * A state class kept as one stored document (the assessments, the SBOM summaries, the workshop
 * session, the participant's answers): it reports how storage goes as the document does, so the
 * storage notice can show any of them. The subclass keeps its own private reference to the
 * document it passes in (a private name minifies, a shared protected one would not).
 */
export abstract class DocumentState<T> implements StorageReport {
	readonly #document: StoredDocument<T>;

	constructor(document: StoredDocument<T>) {
		this.#document = document;
	}

	/** How saving goes; anything but 'saved' is shown to the user as a lasting warning. */
	get status(): StorageStatus {
		return this.#document.status;
	}

	/** What was wrong with the stored text on load, until the user dismisses it. */
	get problem(): DocumentProblem | null {
		return this.#document.problem;
	}

	/** The stored text that had the problem, for download. */
	get rawBackup(): string | null {
		return this.#document.rawBackup;
	}

	get backupKey(): string | null {
		return this.#document.backupKey;
	}

	/** Settles once stored text has been checked (see StoredDocument.ready). */
	get ready(): Promise<void> {
		return this.#document.ready;
	}

	dismissProblem(): void {
		this.#document.dismissProblem();
	}
}
