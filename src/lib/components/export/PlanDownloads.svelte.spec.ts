import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { downloadBytes, downloadText } from '$lib/download';
import { principles } from '$lib/framework';
import { buildPlan } from '$lib/export/plan';
import { createTranslator, sampleAssessment } from '$lib/testing/translator';
import { readXlsx } from '$lib/testing/xlsx-reader';
import PlanDownloads from './PlanDownloads.svelte';
import { useLocale } from './test-i18n';

vi.mock('$lib/download', () => ({ downloadText: vi.fn(), downloadBytes: vi.fn() }));

const assessment = { ...sampleAssessment(), name: 'ACME Öl & Gas' };
const rows = buildPlan(principles, assessment, createTranslator('en'), 'en');

function setup(mappings?: (id: string) => string[]) {
	render(PlanDownloads, { assessment, rows, principles, frameworkVersion: '1.0.0', mappings });
	return userEvent.setup();
}

beforeAll(() => useLocale('en'));
beforeEach(() => vi.mocked(downloadText).mockClear());
beforeEach(() => vi.mocked(downloadBytes).mockClear());

describe('PlanDownloads', () => {
	it('downloads the CSV for Jira, named like the other exports', async () => {
		const user = setup();
		await user.click(screen.getByRole('button', { name: 'Download for Jira (CSV)' }));
		await waitFor(() => expect(downloadText).toHaveBeenCalledOnce());
		const [name, text, type] = vi.mocked(downloadText).mock.calls[0]!;
		expect(name).toMatch(/^commons-check-acme-ol-gas-\d{4}-\d{2}-\d{2}-jira\.csv$/);
		expect(type).toBe('text/csv;charset=utf-8');
		expect(
			text.startsWith(
				'\uFEFFSummary,Description,Labels,Labels,Labels,Due Date,Assignee,Priority\r\n'
			)
		).toBe(true);
		expect(text).toContain('/r/#');
	});

	it('downloads the workbook with its three sheets', async () => {
		const user = setup();
		await user.click(screen.getByRole('button', { name: 'Download workbook (Excel)' }));
		await waitFor(() => expect(downloadBytes).toHaveBeenCalledOnce());
		const [name, bytes, type] = vi.mocked(downloadBytes).mock.calls[0]!;
		expect(name).toMatch(/^commons-check-acme-ol-gas-\d{4}-\d{2}-\d{2}\.xlsx$/);
		expect(type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		const { sheets } = readXlsx(bytes);
		expect(sheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Answers', 'Action plan']);
		expect(sheets[0]!.cells.get('B1')?.value).toBe('ACME Öl & Gas');
	});

	it('says so when the file cannot be written, and nothing is downloaded', async () => {
		const user = setup(() => {
			throw new Error('broken lookup');
		});
		await user.click(screen.getByRole('button', { name: 'Download workbook (Excel)' }));
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'The file could not be created. Nothing was changed; please try again.'
		);
		expect(downloadBytes).not.toHaveBeenCalled();
		// The other download still works, and the message goes once a download succeeds.
		await user.click(screen.getByRole('button', { name: 'Download for Jira (CSV)' }));
		await waitFor(() => expect(downloadText).toHaveBeenCalledOnce());
		expect(screen.queryByRole('alert')).toBeNull();
	});
});
