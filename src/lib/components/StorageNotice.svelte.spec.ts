import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupTestI18n } from '$lib/testing/i18n';
import { FakeReport } from '$lib/testing/storage-report.svelte';
import StorageNotice from './StorageNotice.svelte';

const downloadOriginal = vi.hoisted(() => vi.fn());
vi.mock('$lib/download', () => ({ downloadOriginal }));

beforeAll(() => setupTestI18n('en'));
beforeEach(() => downloadOriginal.mockReset());

describe('StorageNotice for the assessments', () => {
	it('says nothing when the data loaded and every change is saved', () => {
		const { container } = render(StorageNotice, {
			source: new FakeReport(),
			kind: 'assessments'
		});
		expect(container.querySelector('.notice')).toBeNull();
	});

	it('damaged data: says what happened and that a copy is kept; offers it; can be dismissed', async () => {
		const source = new FakeReport({
			problem: { kind: 'not-json' },
			rawBackup: 'garbage',
			backupKey: 'commons-check:backup:2026-05-01T10:00:00.000Z'
		});
		render(StorageNotice, { source, kind: 'assessments' });
		const alert = screen.getByRole('alert');
		expect(alert).toHaveClass('banner');
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
			'Some of your saved data could not be used'
		);
		expect(alert).toHaveTextContent(
			'The data saved in this browser is damaged and cannot be read, so the app has started a new, empty assessment.'
		);
		expect(alert).toHaveTextContent(
			'The original data is kept in this browser as a backup, and you can download it.'
		);
		expect(screen.queryByRole('status')).toBeNull();

		await userEvent.click(screen.getByRole('button', { name: 'Download the original data' }));
		expect(downloadOriginal).toHaveBeenCalledWith('saved-data', 'garbage');
		await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('counts what a repair left out', () => {
		render(StorageNotice, {
			source: new FakeReport({ problem: { kind: 'repaired', dropped: 3 }, rawBackup: '{}' }),
			kind: 'assessments'
		});
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Part of your saved data was damaged: 3 items could not be read and were left out.'
		);
	});

	it('no room for a copy: says the original is untouched and that nothing is saved', () => {
		render(StorageNotice, {
			source: new FakeReport({
				problem: { kind: 'too-large', size: 4_000_001 },
				rawBackup: 'x',
				status: 'backup-failed'
			}),
			kind: 'assessments'
		});
		expect(screen.getByRole('alert')).toHaveTextContent(
			'There was no room to keep a backup, so the original data has been left untouched'
		);
		expect(screen.getByRole('status')).toHaveTextContent(
			'Your changes are not being saved. Your earlier data could not be backed up, so it has been left as it was.'
		);
	});

	it('an upgrade is news, not an alarm: the previous format can be downloaded', async () => {
		const source = new FakeReport({ problem: { kind: 'migrated', from: 1 }, rawBackup: 'v1' });
		render(StorageNotice, { source, kind: 'assessments' });
		expect(screen.queryByRole('alert')).toBeNull();
		expect(screen.getByRole('status')).toHaveTextContent(
			'Your saved data was upgraded to this version of Commons Check.'
		);
		await userEvent.click(screen.getByRole('button', { name: 'Download the previous format' }));
		expect(downloadOriginal).toHaveBeenCalledWith('saved-data', 'v1');
	});
});

describe('StorageNotice for the workshop session', () => {
	it.each([
		[{ kind: 'not-json' }, 'could not be read, so a new, empty session has started'],
		[{ kind: 'not-ours' }, 'could not be read, so a new, empty session has started'],
		[{ kind: 'too-large', size: 1_000_001 }, 'could not be read, so a new, empty session'],
		[{ kind: 'future-version', version: 2 }, 'was saved by a newer version of Commons Check'],
		[{ kind: 'repaired', dropped: 1 }, '1 saved item of the workshop session could not be read']
	] as const)('problem %o: speaks of the session, in the page', async (problem, text) => {
		render(StorageNotice, {
			source: new FakeReport({ problem, rawBackup: 'raw', backupKey: 'k' }),
			kind: 'workshop'
		});
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent(text);
		expect(alert).toHaveTextContent('The unreadable data is kept in this browser as a backup.');
		expect(alert).not.toHaveClass('banner');
		expect(screen.queryByRole('heading')).toBeNull();
		await userEvent.click(screen.getByRole('button', { name: 'Download the original data' }));
		expect(downloadOriginal).toHaveBeenCalledWith('workshop-session', 'raw');
	});

	it('no copy and nothing to download: says so, and offers only to dismiss', () => {
		render(StorageNotice, {
			source: new FakeReport({ problem: { kind: 'not-json' } }),
			kind: 'workshop'
		});
		expect(screen.getByRole('alert')).toHaveTextContent(
			'There was no room to keep a copy of the unreadable data.'
		);
		expect(screen.getAllByRole('button').map((button) => button.textContent?.trim())).toEqual([
			'Dismiss'
		]);
	});
});

describe('StorageNotice while changes are not saved', () => {
	it.each([
		['assessments', 'unavailable', 'This browser does not let the app store data'],
		['assessments', 'read-failed', 'The browser would not let the app read its storage'],
		['assessments', 'full', 'The browser’s storage is full'],
		['assessments', 'backup-failed', 'Your earlier data could not be backed up'],
		['workshop', 'unavailable', 'does not let the app store data, so the participants are kept'],
		['workshop', 'read-failed', 'does not let the app store data, so the participants are kept'],
		['workshop', 'full', 'The browser’s storage is full, so the latest participants are kept'],
		['workshop', 'backup-failed', 'There was no room to keep a copy of the unreadable session']
	] as const)('%s, %s: a lasting warning that says why', (kind, status, text) => {
		render(StorageNotice, { source: new FakeReport({ status }), kind });
		const warning = screen.getByRole('status');
		expect(warning).toHaveTextContent(text);
		// The app-wide banner leads with what it means; the session's notice sits in its page.
		const app = kind === 'assessments';
		expect(warning.classList.contains('banner')).toBe(app);
		expect(warning.textContent?.trim().startsWith('Your changes are not being saved.')).toBe(app);
	});
});
