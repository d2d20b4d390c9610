import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { TrackerConfig } from '$lib/export/tracker';
import TrackerDialog from './TrackerDialog.svelte';
import { stubDialogs } from '$lib/testing/dom';
import { setupTestI18n } from '$lib/testing/i18n';

beforeAll(async () => {
	stubDialogs();
	setupTestI18n('en');
});

function setup(initial: TrackerConfig | null = null) {
	const onsave = vi.fn();
	const oncancel = vi.fn();
	render(TrackerDialog, { initial, onsave, oncancel });
	return { onsave, oncancel, user: userEvent.setup() };
}

describe('TrackerDialog', () => {
	it('asks for the tracker, its address and the repository, with GitHub as the default', () => {
		setup();
		expect(screen.getByRole('dialog', { name: 'Where does your team track work?' })).toBeVisible();
		expect(screen.getByRole('radio', { name: 'GitHub' })).toBeChecked();
		expect(screen.getByLabelText('Server address')).toHaveValue('https://github.com');
		expect(screen.getByLabelText('Repository (owner/name)')).toHaveValue('');
	});

	it('saves the normalized configuration', async () => {
		const { onsave, user } = setup();
		await user.type(
			screen.getByLabelText('Repository (owner/name)'),
			' octo-org/security-plan.git '
		);
		await user.click(screen.getByRole('button', { name: 'Save' }));
		expect(onsave).toHaveBeenCalledWith({
			kind: 'github',
			baseUrl: 'https://github.com',
			project: 'octo-org/security-plan'
		});
	});

	it('switches to GitLab: its public address replaces GitHub’s, and the labels follow', async () => {
		const { onsave, user } = setup();
		await user.click(screen.getByRole('radio', { name: 'GitLab' }));
		expect(screen.getByLabelText('Server address')).toHaveValue('https://gitlab.com');
		const project = screen.getByLabelText('Project (group/project)');
		await user.type(project, 'security/oss/plan');
		await user.click(screen.getByRole('button', { name: 'Save' }));
		expect(onsave).toHaveBeenCalledWith({
			kind: 'gitlab',
			baseUrl: 'https://gitlab.com',
			project: 'security/oss/plan'
		});
	});

	it('keeps an address the user typed when the tracker changes', async () => {
		const { user } = setup();
		const address = screen.getByLabelText('Server address');
		await user.clear(address);
		await user.type(address, 'https://git.example.org');
		await user.click(screen.getByRole('radio', { name: 'GitLab' }));
		expect(address).toHaveValue('https://git.example.org');
	});

	it('refuses a script address and a malformed repository, says why, and focuses the first field', async () => {
		const { onsave, user } = setup();
		const address = screen.getByLabelText('Server address');
		await user.clear(address);
		await user.type(address, 'javascript:alert(1)');
		await user.type(screen.getByLabelText('Repository (owner/name)'), 'just-a-name');
		await user.click(screen.getByRole('button', { name: 'Save' }));
		expect(onsave).not.toHaveBeenCalled();
		expect(address).toHaveAttribute('aria-invalid', 'true');
		expect(address).toHaveAccessibleDescription(
			/Only addresses that start with https:\/\/ are accepted\./
		);
		expect(screen.getByLabelText('Repository (owner/name)')).toHaveAccessibleDescription(
			/Enter the owner and the repository name, for example octo-org\/security-plan\./
		);
		expect(address).toHaveFocus();
	});

	it.each([
		['http://gitlab.example.org', 'Use https://'],
		['https://me:secret@gitlab.example.org', 'Leave out the user name and password'],
		['https://github.com/?tab=1', 'without a “?” or “#” part'],
		['', 'Enter the server address.']
	])('explains what is wrong with %j', async (input, message) => {
		const { user } = setup();
		const address = screen.getByLabelText('Server address');
		await user.clear(address);
		if (input) await user.type(address, input);
		await user.type(screen.getByLabelText('Repository (owner/name)'), 'octo-org/plan');
		await user.click(screen.getByRole('button', { name: 'Save' }));
		expect(address).toHaveAccessibleDescription(expect.stringContaining(message));
	});

	it('starts from the tracker chosen before, and cancels without saving', async () => {
		const { onsave, oncancel, user } = setup({
			kind: 'gitlab',
			baseUrl: 'https://git.example.org/gitlab',
			project: 'group/plan'
		});
		expect(screen.getByRole('radio', { name: 'GitLab' })).toBeChecked();
		expect(screen.getByLabelText('Server address')).toHaveValue('https://git.example.org/gitlab');
		expect(screen.getByLabelText('Project (group/project)')).toHaveValue('group/plan');
		await user.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(oncancel).toHaveBeenCalledOnce();
		expect(onsave).not.toHaveBeenCalled();
	});
});
