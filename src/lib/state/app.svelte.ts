/**
 * The app's state: the stored envelope (the assessments, their snapshots, recently deleted ones and
 * the settings) and how well it is being saved. One instance per page load (`app`); it reads
 * localStorage when a page first asks for anything, so the first render already shows the user's
 * answers; while prerendering it holds an empty assessment.
 *
 * Every change goes through a named method, is applied to the reactive state and saved: choices
 * and list operations at once, typed text (notes, reasons, links, names, owners) batched by the
 * stored document (storage/document.svelte.ts), which also brings in other tabs' changes.
 * Answer-level changes edit the active assessment in place; changes to the list of assessments go
 * through the pure operations in storage/collection.ts, which load on first use (most visits never
 * create or delete an assessment), so those methods return promises. Loaded with the page they
 * would cost every page 0.7 KiB gzip of first-load JavaScript (measured 2026-12-07).
 */
import { FRAMEWORK_VERSION, principles } from '$lib/framework';
import { scoreAssessment, type ScoreSummary } from '$lib/assessment/scoring';
import type { PrincipleId } from '$lib/framework/types';
import {
	isEmptyAnswer,
	LIMITS,
	type Answer,
	type Assessment,
	type Choice,
	type PlanEntry,
	type Target
} from '$lib/assessment/model';
import { DocumentState, StoredDocument } from '$lib/storage/document.svelte';
import {
	envelopeFormat,
	MAX_ASSESSMENTS,
	PRESENTER_TEXT_SIZES,
	serializeEnvelope,
	STORAGE_KEY,
	type Deleted,
	type Envelope,
	type PaperSize,
	type Settings,
	type Snapshot
} from '$lib/storage/envelope';
import type { KeyValueStore } from '$lib/storage/storage';

type Collection = typeof import('$lib/storage/collection');
let collectionModule: Promise<Collection> | undefined;

export class AppState extends DocumentState<Envelope> {
	readonly #document: StoredDocument<Envelope>;
	readonly #now: () => Date;

	/** `store`: see StoredDocument (left out: localStorage, opened on first use). */
	// The clock only produces timestamps; nothing reacts to a Date, so SvelteDate is not needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	constructor(store?: KeyValueStore | null, now: () => Date = () => new Date()) {
		const stored = new StoredDocument(envelopeFormat(FRAMEWORK_VERSION, now), store, now);
		super(stored);
		this.#document = stored;
		this.#now = now;
	}

	get #envelope(): Envelope {
		return this.#document.value;
	}

	/** The active assessment (the proxied object, edited in place by the answer methods). */
	readonly #active = $derived.by(
		() =>
			this.#envelope.assessments.find((a) => a.id === this.#envelope.activeId) ??
			this.#envelope.assessments[0]!
	);

	/** Scores of the active assessment, recomputed when answers or targets change. */
	readonly scores = $derived.by(() =>
		scoreAssessment(principles, this.#active.answers, this.#active.targets)
	);

	/** Scores of any assessment (the list of assessments shows each one's). */
	scoresOf(assessment: Assessment): ScoreSummary {
		return scoreAssessment(principles, assessment.answers, assessment.targets);
	}

	/** The assessment being worked on. */
	get assessment(): Assessment {
		return this.#active;
	}

	/** Every assessment, in the order they were created. */
	get assessments(): readonly Assessment[] {
		return this.#envelope.assessments;
	}

	get snapshots(): readonly Snapshot[] {
		return this.#envelope.snapshots;
	}

	/** Deleted assessments that can still be restored, most recent first. */
	get deleted(): readonly Deleted[] {
		return this.#envelope.deleted;
	}

	get settings(): Settings {
		return this.#envelope.settings;
	}

	/** How many characters the app keeps in localStorage (its main key). */
	get storedChars(): number {
		return STORAGE_KEY.length + serializeEnvelope(this.#envelope).length;
	}

	get canAddAssessment(): boolean {
		return this.#envelope.assessments.length < MAX_ASSESSMENTS;
	}

	snapshotsOf(assessmentId: string): Snapshot[] {
		return this.#envelope.snapshots
			.filter((s) => s.assessmentId === assessmentId)
			.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
	}

	// Answers of the active assessment ----------------------------------------------------------

	answer(questionId: string): Answer | undefined {
		return this.#active.answers[questionId];
	}

	setChoice(questionId: string, choice: Choice | undefined): void {
		this.#updateAnswer(questionId, (answer) => {
			if (choice === undefined) delete answer.choice;
			else answer.choice = choice;
			// Answering again is looking at it again.
			delete answer.review;
			// A reason only belongs to a not-applicable answer, but keep it if the user flips back and forth.
		});
	}

	/** Keeps an answer whose question changed, as it is: the review mark goes. */
	confirmAnswer(questionId: string): void {
		this.#updateAnswer(questionId, (answer) => {
			delete answer.review;
		});
	}

	/**
	 * Sets several answers in one change (e.g. the agreed answers of a workshop); undefined clears
	 * a choice (undoing an adoption), keeping the answer's notes. A review mark goes: the answer
	 * has been looked at again.
	 */
	applyChoices(choices: Record<string, Choice | undefined>): void {
		this.#edit(({ answers }) => {
			for (const [questionId, choice] of Object.entries(choices)) {
				const { review: _review, ...rest } = answers[questionId] ?? {};
				const answer: Answer = rest;
				if (choice === undefined) delete answer.choice;
				else answer.choice = choice;
				if (isEmptyAnswer(answer)) delete answers[questionId];
				else answers[questionId] = answer;
			}
		});
	}

	// Typed text is saved in batches (see StoredDocument.update), choices at once.

	setNaReason(questionId: string, reason: string): void {
		this.#updateAnswer(
			questionId,
			(answer) => setText(answer, 'naReason', reason, LIMITS.naReason),
			true
		);
	}

	setNote(questionId: string, note: string): void {
		this.#updateAnswer(questionId, (answer) => setText(answer, 'note', note, LIMITS.note), true);
	}

	/** Stores an evidence link; the caller validates it (only http and https are accepted). */
	setEvidence(questionId: string, url: string): void {
		this.#updateAnswer(
			questionId,
			(answer) => setText(answer, 'evidence', url.trim(), LIMITS.evidence),
			true
		);
	}

	setTarget(principle: PrincipleId, target: Target): void {
		this.#edit((assessment) => (assessment.targets[principle] = target));
	}

	setName(name: string): void {
		this.#edit((assessment) => (assessment.name = name.slice(0, LIMITS.name)), true);
	}

	/** Changes one plan item; the owner is typed, the other fields are picked. */
	setPlanEntry(questionId: string, change: Partial<PlanEntry>): void {
		this.#edit(({ plan }) => {
			const entry: PlanEntry = { ...plan[questionId], ...change };
			for (const key of Object.keys(entry) as (keyof PlanEntry)[]) {
				if (entry[key] === undefined || entry[key] === '' || entry[key] === false) {
					delete entry[key];
				}
			}
			if (Object.keys(entry).length === 0) delete plan[questionId];
			else plan[questionId] = entry;
		}, 'owner' in change);
	}

	// Settings --------------------------------------------------------------------------------

	setPaper(paper: PaperSize): void {
		this.#document.update((envelope) => (envelope.settings.paper = paper));
	}

	/** The presenter view's text size step (A− / A+), kept within PRESENTER_TEXT_SIZES. */
	setPresenterTextSize(step: number): void {
		const { min, max } = PRESENTER_TEXT_SIZES;
		const size = Math.min(max, Math.max(min, Math.round(step)));
		this.#document.update((envelope) => (envelope.settings.presenterTextSize = size));
	}

	setLocale(locale: string): void {
		this.#document.update((envelope) => (envelope.settings.locale = locale));
	}

	/** Remembers the team's tracker; false when the browser could not store it (kept for the page). */
	setTracker(tracker: NonNullable<Settings['tracker']>): boolean {
		this.#document.update((envelope) => (envelope.settings.tracker = { ...tracker }));
		return this.status === 'saved';
	}

	// The list of assessments, snapshots and imports -------------------------------------------

	/** Switches the assessment being worked on. */
	switchTo(id: string): void {
		// Synchronous: switching is part of navigating, and needs no list operation.
		if (this.#envelope.assessments.some((a) => a.id === id)) {
			this.#document.update((envelope) => (envelope.activeId = id));
		}
	}

	createAssessment(name: string): Promise<void> {
		return this.#apply((collection, envelope) =>
			collection.createAssessment(envelope, name, FRAMEWORK_VERSION, this.#now())
		);
	}

	/** Adds a whole assessment (e.g. a shared result) and makes it the active one. */
	addAssessment(assessment: Assessment): Promise<void> {
		const plain = plainCopy(assessment);
		return this.#apply((collection, envelope) => collection.addAssessment(envelope, plain));
	}

	duplicateAssessment(id: string, name: string): Promise<void> {
		return this.#apply((collection, envelope) =>
			collection.duplicateAssessment(envelope, id, name, this.#now())
		);
	}

	renameAssessment(id: string, name: string): Promise<void> {
		return this.#apply((collection, envelope) =>
			collection.renameAssessment(envelope, id, name, this.#now())
		);
	}

	/** Moves an assessment and its snapshots to the recently deleted list (restorable). */
	deleteAssessment(id: string): Promise<void> {
		return this.#apply((collection, envelope) =>
			collection.deleteAssessment(envelope, id, FRAMEWORK_VERSION, this.#now())
		);
	}

	restoreAssessment(id: string): Promise<void> {
		return this.#apply((collection, envelope) => collection.restoreAssessment(envelope, id));
	}

	takeSnapshot(label: string): Promise<void> {
		return this.#apply((collection, envelope) =>
			collection.takeSnapshot(envelope, label, this.#now())
		);
	}

	deleteSnapshot(id: string): Promise<void> {
		return this.#apply((collection, envelope) => collection.deleteSnapshot(envelope, id));
	}

	importData(
		assessments: readonly Assessment[],
		snapshots: readonly Snapshot[],
		mode: 'add' | 'replace'
	): Promise<void> {
		return this.#apply((collection, envelope) =>
			collection.importData(envelope, assessments, snapshots, mode, FRAMEWORK_VERSION, this.#now())
		);
	}

	/** Applies a change another tab wrote; ignores anything that is not a valid envelope. */
	receiveExternal(key: string | null, raw: string | null): void {
		this.#document.receive(key, raw);
	}

	/** The envelope as plain data (for tests and exports). */
	snapshot(): Envelope {
		return $state.snapshot(this.#envelope) as Envelope;
	}

	async #apply(change: (operations: Collection, envelope: Envelope) => Envelope): Promise<void> {
		const operations = await (collectionModule ??= import('$lib/storage/collection'));
		// Read the state after the await, so operations run one after the other on fresh data.
		const current = this.snapshot();
		const next = change(operations, current);
		if (next !== current) this.#document.set(next);
	}

	/**
	 * Changes the active assessment and stamps it. The change finds the assessment by id, so when
	 * a batched change is applied again over another tab's write, it lands where it was made.
	 */
	#edit(change: (assessment: Assessment) => void, batch = false): void {
		const id = this.#active.id;
		this.#document.update((envelope) => {
			const assessment = envelope.assessments.find((a) => a.id === id);
			if (!assessment) return;
			change(assessment);
			assessment.updatedAt = this.#now().toISOString();
		}, batch);
	}

	#updateAnswer(questionId: string, change: (answer: Answer) => void, batch = false): void {
		this.#edit(({ answers }) => {
			const answer: Answer = { ...answers[questionId] };
			change(answer);
			if (isEmptyAnswer(answer)) delete answers[questionId];
			else answers[questionId] = answer;
		}, batch);
	}
}

/**
 * A plain deep copy of data that came from outside the state (a parsed file, a decoded link).
 * Callers may hold it in $state, i.e. as reactive proxies, which structuredClone cannot copy; and
 * zod may build records without a prototype, which $state.snapshot leaves uncopied. The data is
 * JSON by nature, so a JSON round trip is the simplest copy that is always plain.
 */
function plainCopy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

function setText(
	answer: Answer,
	field: 'naReason' | 'note' | 'evidence',
	value: string,
	max: number
): void {
	if (value === '') delete answer[field];
	else answer[field] = value.slice(0, max);
}

// Nothing is read or listened to until a page uses it.
export const app = new AppState();
