import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { principles } from '$lib/framework';
import { buildPlan } from '$lib/export/plan';
import { createTranslator, sampleAssessment } from '$lib/testing/translator';
import { memoryTrackerSettings } from '$lib/export/tracker-store';
import CreateIssueMenu from './CreateIssueMenu.svelte';
import { setupTestI18n } from '$lib/testing/i18n';

// What happens offline when the feature was never loaded: its texts cannot be fetched.
vi.mock('$lib/i18n/features', () => ({
	loadFeatureMessages: () => Promise.reject(new Error('Could not load: offline'))
}));

beforeAll(() => setupTestI18n('en'));

describe('CreateIssueMenu when the feature cannot load', () => {
	it('says so, stays closed and changes nothing', async () => {
		const assessment = sampleAssessment();
		const [row] = buildPlan(principles, assessment, createTranslator('en'), 'en');
		const settings = memoryTrackerSettings();
		render(CreateIssueMenu, { rows: [row!], assessment, frameworkVersion: '1.0.0', settings });
		const button = screen.getByRole('button', { name: /^Create issue/ });
		await userEvent.setup().click(button);
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'This could not be loaded (are you offline?). Nothing was changed; please try again.'
		);
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByRole('dialog')).toBeNull();
		expect(settings.value).toBeUndefined();
	});
});
