import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { principles } from '$lib/framework';
import { buildPlan } from '$lib/export/plan';
import { createTranslator, sampleAssessment } from '$lib/testing/translator';
import { MemoryStore } from '$lib/storage/storage';
import CreateIssueMenu from './CreateIssueMenu.svelte';
import { useLocale } from './test-i18n';

// What happens offline when the feature was never loaded: its texts cannot be fetched.
vi.mock('$lib/i18n/features', () => ({
	loadFeatureMessages: () => Promise.reject(new Error('Could not load: offline'))
}));

beforeAll(() => useLocale('en'));

describe('CreateIssueMenu when the feature cannot load', () => {
	it('says so, stays closed and changes nothing', async () => {
		const assessment = sampleAssessment();
		const [row] = buildPlan(principles, assessment, createTranslator('en'), 'en');
		const store = new MemoryStore();
		render(CreateIssueMenu, { rows: [row!], assessment, frameworkVersion: '1.0.0', store });
		const button = screen.getByRole('button', { name: /^Create issue/ });
		await userEvent.setup().click(button);
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'This could not be loaded (are you offline?). Nothing was changed; please try again.'
		);
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByRole('dialog')).toBeNull();
		expect(store.data.size).toBe(0);
	});
});
