import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { answersFromChoices, assessmentResult } from '$lib/assessment/result';
import { setupTestI18n } from '$lib/testing/i18n';
import { testPrinciples } from '$lib/testing/principles';
import ScoreTable from './ScoreTable.svelte';

setupTestI18n();

// Commons (weights 3, 2, 1) answered 2, 3 and 'unknown': (6 + 6 + 0) / 6 = 2.0; communities none.
const summary = assessmentResult(
	testPrinciples,
	answersFromChoices({ 'commons.a': 2, 'commons.b': 3, 'commons.c': 'unknown' }),
	{ commons: 4 }
).summary;

describe('ScoreTable', () => {
	it('shows each principle’s score, band, completeness and target, and “Not assessed” for none', () => {
		render(ScoreTable, { summary });
		const table = screen.getByRole('table', { name: 'Scores by principle' });
		const rows = within(table).getAllByRole('row');
		// A header row, two principles and the overall row.
		expect(rows).toHaveLength(4);
		expect(rows[1]).toHaveTextContent(
			/^1\.\s*The commons\s*2\.0\s*Defined\s*3 of 3\s*4 · Leading$/
		);
		expect(rows[2]).toHaveTextContent(/^2\.\s*\D+Not assessed\s*–\s*0 of 2\s*3 · Managed$/);
		expect(rows[3]).toHaveTextContent(/^Overall\s*2\.0\s*Defined\s*3 of 5$/);
	});

	it('is read-only without a target handler', () => {
		render(ScoreTable, { summary });
		expect(screen.queryByRole('combobox')).toBeNull();
	});

	it('lets the user change a principle’s target', async () => {
		const ontarget = vi.fn();
		render(ScoreTable, { summary, ontarget });
		const select = screen.getAllByRole('combobox')[0]!;
		expect(select).toHaveValue('4');
		await userEvent.selectOptions(select, '2');
		expect(ontarget).toHaveBeenCalledWith('commons', 2);
	});
});
