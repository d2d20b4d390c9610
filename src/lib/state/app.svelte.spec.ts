import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WRITE_DELAY } from '$lib/storage/document.svelte';
import { STORAGE_KEY } from '$lib/storage/envelope';
import { FakeStore } from '$lib/testing/storage';
import { AppState } from './app.svelte';

const Q = 'commons.dependency-inventory';
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 4, 1, 10, 0, tick++));

/** Two tabs of the app on one store. */
async function twoTabs() {
	const store = new FakeStore();
	const tabs = { store, one: new AppState(store, clock), two: new AppState(store, clock) };
	await Promise.all([tabs.one.ready, tabs.two.ready]);
	return tabs;
}

/** The active assessment as stored. */
function stored(store: FakeStore) {
	const envelope = JSON.parse(store.data.get(STORAGE_KEY) ?? 'null');
	return {
		assessment: envelope.assessments.find((a: { id: string }) => a.id === envelope.activeId)
	};
}

describe('AppState', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});

	afterEach(() => {
		vi.useRealTimers();
	});

	it('saves a choice at once, typed text within WRITE_DELAY, and keeps the timestamp current', () => {
		const store = new FakeStore();
		const app = new AppState(store, clock);
		app.setChoice(Q, 2);
		expect(stored(store).assessment.answers[Q]).toEqual({ choice: 2 });
		const first = stored(store).assessment.updatedAt;
		app.setNote(Q, 'Two products');
		app.setNote(Q, 'Two products have SBOMs');
		expect(app.answer(Q)).toEqual({ choice: 2, note: 'Two products have SBOMs' });
		expect(stored(store).assessment.answers[Q]).toEqual({ choice: 2 });
		vi.advanceTimersByTime(WRITE_DELAY);
		expect(stored(store).assessment.answers[Q]).toEqual({
			choice: 2,
			note: 'Two products have SBOMs'
		});
		expect(stored(store).assessment.updatedAt > first).toBe(true);
	});

	it('a note typed and the tab closed within 100 ms is saved', async () => {
		const store = new FakeStore();
		const app = new AppState(store, clock);
		app.setChoice(Q, 1);
		const note = 'Asked the OSPO';
		for (let length = 1; length <= note.length; length++) {
			app.setNote(Q, note.slice(0, length));
			vi.advanceTimersByTime(5);
		}
		expect(stored(store).assessment.answers[Q]).toEqual({ choice: 1 });
		// 70 ms after the first key: the tab closes.
		dispatchEvent(new PageTransitionEvent('pagehide'));
		expect(stored(store).assessment.answers[Q]).toEqual({ choice: 1, note });
		// The next visit finds it, once the stored text is checked.
		const next = new AppState(store, clock);
		await next.ready;
		expect(next.answer(Q)).toEqual({ choice: 1, note });
	});

	it('a choice writes the text typed before it too', () => {
		const store = new FakeStore();
		const app = new AppState(store, clock);
		app.setName('Example AB');
		app.setPlanEntry(Q, { owner: 'Ana' });
		expect(store.data.has(STORAGE_KEY)).toBe(false);
		app.setChoice(Q, 3);
		expect(stored(store).assessment).toMatchObject({
			name: 'Example AB',
			answers: { [Q]: { choice: 3 } },
			plan: { [Q]: { owner: 'Ana' } }
		});
	});

	it('text typed here and a change from another tab that arrives first are both kept', async () => {
		const { store, one: here, two: there } = await twoTabs();
		here.setChoice(Q, 2);
		there.receiveExternal(STORAGE_KEY, store.data.get(STORAGE_KEY)!);
		await vi.waitFor(() => expect(there.answer(Q)).toEqual({ choice: 2 }));
		here.setNote(Q, 'typed here');
		there.setChoice('commons.literacy', 4);
		here.receiveExternal(STORAGE_KEY, store.data.get(STORAGE_KEY)!);
		// The batch's timer runs out while the other tab's text is read: the batch waits for it.
		vi.advanceTimersByTime(WRITE_DELAY);
		const both = { [Q]: { choice: 2, note: 'typed here' }, 'commons.literacy': { choice: 4 } };
		await vi.waitFor(() => expect(here.assessment.answers).toEqual(both));
		// Written at once: the other tab has its change back with the note.
		expect(stored(store).assessment.answers).toEqual(both);
	});

	it('drops an answer that no longer carries anything', () => {
		const store = new FakeStore();
		const app = new AppState(store, clock);
		app.setChoice(Q, 'na');
		app.setNaReason(Q, 'No products');
		app.setChoice(Q, undefined);
		expect(app.answer(Q)).toEqual({ naReason: 'No products' });
		app.setNaReason(Q, '');
		expect(app.answer(Q)).toBeUndefined();
		vi.runAllTimers();
		expect(stored(store).assessment.answers).toEqual({});
	});

	it('applies several answers in one change and keeps their notes', () => {
		const store = new FakeStore();
		const app = new AppState(store, clock);
		app.setNote(Q, 'keep me');
		app.applyChoices({ [Q]: 3, 'commons.literacy': 'na' });
		expect(stored(store).assessment.answers).toEqual({
			[Q]: { note: 'keep me', choice: 3 },
			'commons.literacy': { choice: 'na' }
		});
		// Clearing choices (undoing an adoption) keeps the notes and drops answers left empty.
		app.applyChoices({ [Q]: undefined, 'commons.literacy': undefined });
		expect(stored(store).assessment.answers).toEqual({ [Q]: { note: 'keep me' } });
	});

	it('remembers the presenter’s text size within its steps', async () => {
		const store = new FakeStore();
		const app = new AppState(store, clock);
		expect(app.settings.presenterTextSize).toBeUndefined();
		app.setPresenterTextSize(2);
		expect(JSON.parse(store.data.get(STORAGE_KEY)!).settings.presenterTextSize).toBe(2);
		app.setPresenterTextSize(99);
		expect(app.settings.presenterTextSize).toBe(4);
		app.setPresenterTextSize(-99);
		expect(app.settings.presenterTextSize).toBe(-2);
		const next = new AppState(store, clock);
		await next.ready;
		expect(next.settings.presenterTextSize).toBe(-2);
	});

	it('derives the scores from the answers and targets', () => {
		const app = new AppState(new FakeStore(), clock);
		expect(app.scores.answered).toBe(0);
		app.setChoice(Q, 1);
		expect(app.scores.answered).toBe(1);
		expect(app.scores.principles[0]!.rounded).toBe(1);
		expect(app.scores.principles[0]!.target).toBe(3);
		app.setTarget('commons', 1);
		expect(app.scores.principles[0]!.target).toBe(1);
	});

	it('keeps plan entries tidy: empty fields are removed, an empty entry disappears', () => {
		const app = new AppState(new FakeStore(), clock);
		app.setPlanEntry(Q, { owner: 'Ana', status: 'doing' });
		expect(app.assessment.plan[Q]).toEqual({ owner: 'Ana', status: 'doing' });
		app.setPlanEntry(Q, { owner: '', excluded: false });
		expect(app.assessment.plan[Q]).toEqual({ status: 'doing' });
		app.setPlanEntry(Q, { status: undefined });
		expect(app.assessment.plan[Q]).toBeUndefined();
	});

	it('takes over a valid change from another tab and ignores anything else', async () => {
		const { store, one, two } = await twoTabs();
		one.setChoice(Q, 3);
		two.receiveExternal(STORAGE_KEY, store.data.get(STORAGE_KEY)!);
		await vi.waitFor(() => expect(two.answer(Q)).toEqual({ choice: 3 }));
		two.receiveExternal(STORAGE_KEY, '{"broken":');
		two.receiveExternal('another-app', JSON.stringify({ version: 1 }));
		// Text that is ours but does not validate is read by the schemas, then ignored too.
		two.receiveExternal(STORAGE_KEY, JSON.stringify({ version: 2, assessments: 'none' }));
		await vi.dynamicImportSettled();
		expect(two.answer(Q)).toEqual({ choice: 3 });
	});

	it('reports a full store and keeps the answer in memory', () => {
		const store = new FakeStore();
		const app = new AppState(store, clock);
		store.failWrites = 'quota';
		app.setChoice(Q, 4);
		expect(app.status).toBe('full');
		expect(app.answer(Q)).toEqual({ choice: 4 });
		store.failWrites = false;
		app.setNote(Q, 'saved now');
		vi.runAllTimers();
		expect(app.status).toBe('saved');
		expect(stored(store).assessment.answers[Q]).toEqual({ choice: 4, note: 'saved now' });
	});

	it('keeps several assessments apart and works on the active one', async () => {
		const store = new FakeStore();
		const app = new AppState(store, clock);
		app.setChoice(Q, 1);
		const first = app.assessment.id;
		await app.createAssessment('Second');
		expect(app.assessment.name).toBe('Second');
		expect(app.answer(Q)).toBeUndefined();
		app.setChoice(Q, 4);
		expect(app.scores.principles[0]!.rounded).toBe(4);
		app.switchTo(first);
		expect(app.answer(Q)).toEqual({ choice: 1 });
		expect(app.scores.principles[0]!.rounded).toBe(1);
		expect(app.assessments.map((a) => a.name)).toEqual(['', 'Second']);
	});

	it('takes snapshots, deletes and restores through the list operations, and saves each step', async () => {
		const store = new FakeStore();
		const app = new AppState(store, clock);
		app.setChoice(Q, 2);
		await app.takeSnapshot('Q1');
		const id = app.assessment.id;
		expect(app.snapshotsOf(id).map((s) => s.label)).toEqual(['Q1']);
		await app.deleteAssessment(id);
		expect(app.assessments.some((a) => a.id === id)).toBe(false);
		expect(JSON.parse(store.data.get(STORAGE_KEY)!).deleted).toHaveLength(1);
		await app.restoreAssessment(id);
		expect(app.assessment.id).toBe(id);
		expect(app.snapshotsOf(id)).toHaveLength(1);
	});

	it('adds and imports plain copies even when handed reactive objects', async () => {
		const app = new AppState(new FakeStore(), clock);
		const incoming = $state({
			...app.snapshot().assessments[0]!,
			id: 'incoming',
			name: 'From a link'
		});
		await app.addAssessment(incoming);
		expect(app.assessment.name).toBe('From a link');
		incoming.name = 'changed afterwards';
		expect(app.assessment.name).toBe('From a link');
	});

	it('exposes a load problem and the raw text until dismissed', () => {
		const store = new FakeStore();
		store.data.set(STORAGE_KEY, 'garbage');
		const app = new AppState(store, clock);
		expect(app.problem).toEqual({ kind: 'not-json' });
		expect(app.rawBackup).toBe('garbage');
		expect(app.backupKey).toMatch(/^commons-check:backup:/);
		app.dismissProblem();
		expect(app.problem).toBeNull();
	});
});
