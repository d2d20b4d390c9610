import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '$lib/assessment/model';
import { addSummaries, emptySbomStore, SBOM_STORE_KEY, serializeSbomStore } from '$lib/sbom/store';
import { SbomStore } from '$lib/sbom/store.svelte';
import { combinedSummary, fileSummary, files } from '$lib/sbom/summaries.testing';
import { setupTestI18n } from '$lib/testing/i18n';
import { FakeStore } from '$lib/testing/storage';
import SbomEvidence from './SbomEvidence.svelte';

beforeAll(() => setupTestI18n('en'));

class FakeNotes {
	texts = $state<Record<string, string>>({});
	get = (id: string) => this.texts[id] ?? '';
	set = (id: string, text: string) => {
		this.texts[id] = text;
	};
}

/** A store holding the small fixture in both formats and their combined summary. */
async function storeWithTwo(): Promise<SbomStore> {
	const small = files.small();
	const spdx = files.spdx();
	const data = addSummaries(
		emptySbomStore(),
		[fileSummary(small), fileSummary(spdx)],
		combinedSummary([small, spdx])
	).store;
	const store = new SbomStore(new FakeStore({ [SBOM_STORE_KEY]: serializeSbomStore(data) }));
	await store.ready;
	return store;
}

const SUMMARY =
	'2 SBOMs, 9 components from npm, maven, and pypi; 89% with a PURL; dependency relationships present for 2 of 2.';

describe('SbomEvidence', () => {
	it('shows the facts and a suggested level for the inventory question, never an answer', async () => {
		const store = await storeWithTwo();
		render(SbomEvidence, {
			questionId: 'commons.dependency-inventory',
			topic: 'inventory',
			store,
			notes: new FakeNotes()
		});
		const panel = screen.getByRole('region', { name: 'From your SBOMs' });
		expect(panel).toHaveTextContent(SUMMARY);
		expect(panel).toHaveTextContent('4 transitive components, down to level 2');
		expect(panel).toHaveTextContent(
			'Suggested: level 2, because you have machine-readable SBOMs for 2 products.'
		);
		// 89 % with a PURL, and the small fixture's suppliers fall short of NTIA's minimum.
		expect(panel).toHaveTextContent('only 89% of the components have a PURL');
		expect(panel).toHaveTextContent('the SBOMs fall short of the NTIA minimum elements');
		const link = screen.getByRole('link', { name: 'Open the SBOM page' });
		expect(link.getAttribute('href')).toMatch(/\/sbom\/$/);
	});

	it('adds the facts below the notes there are, and undoes it', async () => {
		const store = await storeWithTwo();
		const notes = new FakeNotes();
		notes.set('commons.dependency-inventory', 'Our own note.');
		render(SbomEvidence, {
			questionId: 'commons.dependency-inventory',
			topic: 'inventory',
			store,
			notes
		});
		await userEvent.click(screen.getByRole('button', { name: 'Add to notes' }));
		const text = notes.get('commons.dependency-inventory');
		expect(text).toMatch(
			/^Our own note\.\n\nFrom our SBOMs \(analysed Dec 1, 2026\):\n- 2 SBOMs, /
		);
		expect(text).toContain(`- ${SUMMARY}`);
		expect(screen.getByRole('status')).toHaveTextContent('Added to the notes below.');

		await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
		expect(notes.get('commons.dependency-inventory')).toBe('Our own note.');
		expect(screen.getByRole('status')).toHaveTextContent('The notes are back as they were.');
		expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
	});

	it('once the notes changed after adding, offers no undo that would lose the change', async () => {
		const store = await storeWithTwo();
		const notes = new FakeNotes();
		render(SbomEvidence, { questionId: 'bedrock.long-tail', topic: 'bedrock', store, notes });
		await userEvent.click(screen.getByRole('button', { name: 'Add to notes' }));
		expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
		notes.set('bedrock.long-tail', notes.get('bedrock.long-tail') + '\nMore of mine.');
		await Promise.resolve();
		expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
	});

	it('never cuts the notes: when the facts do not fit, says so and changes nothing', async () => {
		const store = await storeWithTwo();
		const notes = new FakeNotes();
		const full = 'x'.repeat(LIMITS.note - 10);
		notes.set('due-diligence.evidence-record', full);
		render(SbomEvidence, {
			questionId: 'due-diligence.evidence-record',
			topic: 'diligence',
			store,
			notes
		});
		expect(screen.getByRole('region')).toHaveTextContent(
			'SBOM quality: NTIA minimum elements (2021): Falls short; BSI TR-03183-2 v2.1.0: Falls short.'
		);
		// No level is suggested where SBOMs cannot tell.
		expect(screen.queryByText(/Suggested: level/)).toBeNull();
		await userEvent.click(screen.getByRole('button', { name: 'Add to notes' }));
		expect(screen.getByRole('alert')).toHaveTextContent('at most 5,000 characters');
		expect(notes.get('due-diligence.evidence-record')).toBe(full);
	});

	it('after every summary was removed (in another tab), points to the SBOM page', () => {
		const store = new SbomStore(new FakeStore());
		render(SbomEvidence, { questionId: 'commons.dependency-inventory', topic: 'inventory', store });
		expect(screen.getByRole('link')).toHaveTextContent('No SBOM summaries are stored any more.');
		expect(screen.queryByRole('button')).toBeNull();
	});
});
