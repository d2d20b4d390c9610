import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addSummaries, emptySbomStore, SBOM_STORE_KEY, serializeSbomStore } from '$lib/sbom/store';
import { fileSummary, files } from '$lib/sbom/summaries.testing';
import { setupTestI18n } from '$lib/testing/i18n';
import EvidenceSlot from './EvidenceSlot.svelte';

beforeAll(() => setupTestI18n('en'));
afterEach(() => localStorage.clear());

describe('EvidenceSlot', () => {
	it('shows nothing on a question the SBOMs do not inform', () => {
		const { container } = render(EvidenceSlot, { questionId: 'commons.literacy' });
		expect(container.textContent?.trim()).toBe('');
	});

	it('links to the SBOM page while no summaries are kept (or all were removed)', async () => {
		render(EvidenceSlot, { questionId: 'commons.dependency-inventory' });
		expect(screen.getByRole('link')).toHaveTextContent('Add them on the SBOM page');
		localStorage.setItem(SBOM_STORE_KEY, serializeSbomStore(emptySbomStore()));
		window.dispatchEvent(new StorageEvent('storage', { key: SBOM_STORE_KEY }));
		await Promise.resolve();
		expect(screen.getByRole('link')).toHaveTextContent('Add them on the SBOM page');
		expect(screen.queryByRole('region')).toBeNull();
	});

	it('loads the panel when another tab keeps summaries', async () => {
		render(EvidenceSlot, { questionId: 'due-diligence.intake-criteria' });
		const data = addSummaries(emptySbomStore(), [fileSummary(files.small())], null).store;
		localStorage.setItem(SBOM_STORE_KEY, serializeSbomStore(data));
		window.dispatchEvent(new StorageEvent('storage', { key: SBOM_STORE_KEY }));
		// The panel's chunks load first (slowly on a busy machine).
		const panel = await screen.findByRole(
			'region',
			{ name: 'From your SBOMs' },
			{ timeout: 10_000 }
		);
		expect(screen.queryByRole('link', { name: /Add them on the SBOM page/ })).toBeNull();
		await expect.poll(() => panel.textContent).toContain('1 SBOM, 9 components');
	});
});
