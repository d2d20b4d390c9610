import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { principles } from '$lib/framework';
import { buildPlan } from '$lib/export/plan';
import { createTranslator, sampleAssessment } from '$lib/testing/translator';
import { memoryTrackerSettings, type TrackerSettings } from '$lib/export/tracker-store';
import CreateIssueMenu from './CreateIssueMenu.svelte';
import { stubDialogs } from '$lib/testing/dom';
import { setupTestI18n } from '$lib/testing/i18n';

const assessment = sampleAssessment();
const rows = buildPlan(principles, assessment, createTranslator('en'), 'en');
const included = rows.filter((row) => row.included);
const leadership = rows.find((row) => row.questionId === 'commons.leadership-ownership')!;

const github = {
	kind: 'github',
	baseUrl: 'https://github.com',
	project: 'octo-org/plan'
};

function storeWith(config: object | null, stores = true) {
	return memoryTrackerSettings(config ?? undefined, stores);
}

function setup(settings: TrackerSettings, mode: 'item' | 'selection' = 'item') {
	render(CreateIssueMenu, {
		rows: mode === 'item' ? [leadership] : included,
		mode,
		assessment,
		frameworkVersion: '1.0.0',
		settings
	});
	return userEvent.setup();
}

const params = (href: string | null) => new URL(href ?? '').searchParams;

beforeAll(async () => {
	stubDialogs();
	setupTestI18n('en');
});

describe('CreateIssueMenu for one item', () => {
	it('opens a panel with a prefilled new-issue link to the remembered tracker', async () => {
		const user = setup(storeWith(github));
		const button = screen.getByRole('button', {
			name: `Create issue: ${leadership.questionText}`
		});
		expect(button).toHaveAttribute('aria-expanded', 'false');
		await user.click(button);
		const panel = await screen.findByRole('group', { name: 'New issues in GitHub: octo-org/plan' });
		expect(button).toHaveAttribute('aria-expanded', 'true');
		expect(panel).toHaveFocus();
		// jsdom's name computation drops the space before "(opens in a new tab)"; browsers keep it.
		const link = within(panel).getByRole('link', {
			name: /^Open a new issue in octo-org\/plan\s?\(opens in a new tab\)$/
		});
		expect(link).toHaveAttribute('target', '_blank');
		expect(link).toHaveAttribute('rel', 'noopener noreferrer');
		const href = link.getAttribute('href');
		expect(href).toMatch(/^https:\/\/github\.com\/octo-org\/plan\/issues\/new\?title=/);
		expect(params(href).get('title')).toBe(leadership.questionText);
		expect(params(href).get('body')).toContain(`**Next step:** ${leadership.step}`);
		expect(params(href).get('body')).toMatch(
			/\[Open the shared result\]\(http:\/\/[^)]*\/r\/#[\w-]+\)/
		);
		expect(params(href).get('labels')).toBe('principle:commons,effort:medium');
	});

	it('closes with Escape and gives the focus back to its button', async () => {
		const user = setup(storeWith(github));
		const button = screen.getByRole('button', { name: /^Create issue/ });
		await user.click(button);
		await screen.findByRole('link');
		await user.keyboard('{Escape}');
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(button).toHaveFocus();
		expect(screen.queryByRole('link')).toBeNull();
	});

	it('asks for the tracker the first time, remembers it, then shows the link', async () => {
		const store = storeWith(null);
		const user = setup(store);
		await user.click(screen.getByRole('button', { name: /^Create issue/ }));
		const dialog = await screen.findByRole('dialog', { name: 'Where does your team track work?' });
		await user.click(within(dialog).getByRole('radio', { name: 'GitLab' }));
		const address = within(dialog).getByLabelText('Server address');
		await user.clear(address);
		await user.type(address, 'https://git.example.org/gitlab/');
		await user.type(within(dialog).getByLabelText('Project (group/project)'), 'security/plan');
		await user.click(within(dialog).getByRole('button', { name: 'Save' }));

		expect(screen.queryByRole('dialog')).toBeNull();
		expect(store.value).toEqual({
			kind: 'gitlab',
			baseUrl: 'https://git.example.org/gitlab',
			project: 'security/plan'
		});
		const link = screen.getByRole('link', { name: /Open a new issue in security\/plan/ });
		const href = link.getAttribute('href')!;
		expect(href).toMatch(/^https:\/\/git\.example\.org\/gitlab\/security\/plan\/-\/issues\/new\?/);
		expect(params(href).get('issue[description]')).toMatch(
			/\/label ~"principle:commons" ~"effort:medium"\n\/due 2027-06-30$/
		);
	});

	it('says so when the browser cannot remember the tracker, and works for this page', async () => {
		const user = setup(storeWith(null, false));
		await user.click(screen.getByRole('button', { name: /^Create issue/ }));
		await user.type(await screen.findByLabelText('Repository (owner/name)'), 'octo-org/plan');
		await user.click(screen.getByRole('button', { name: 'Save' }));
		expect(screen.getByRole('status')).toHaveTextContent(
			'This browser could not save the tracker (storage is off or full).'
		);
		expect(screen.getByRole('link', { name: /Open a new issue in octo-org\/plan/ })).toBeVisible();
	});

	it('cancelling the first question leaves everything as it was', async () => {
		const store = storeWith(null);
		const user = setup(store);
		const button = screen.getByRole('button', { name: /^Create issue/ });
		await user.click(button);
		await user.click(await screen.findByRole('button', { name: 'Cancel' }));
		expect(screen.queryByRole('dialog')).toBeNull();
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(store.value).toBeUndefined();
	});

	it('lets the user change the tracker', async () => {
		const user = setup(storeWith(github));
		await user.click(screen.getByRole('button', { name: /^Create issue/ }));
		await user.click(await screen.findByRole('button', { name: 'Change tracker' }));
		const project = screen.getByLabelText('Repository (owner/name)');
		expect(project).toHaveValue('octo-org/plan');
		await user.clear(project);
		await user.type(project, 'octo-org/other');
		await user.click(screen.getByRole('button', { name: 'Save' }));
		expect(screen.getByRole('link', { name: /Open a new issue in octo-org\/other/ })).toBeVisible();
	});

	it('ignores a stored tracker that was edited into a script address, and asks again', async () => {
		const user = setup(storeWith({ ...github, baseUrl: 'javascript:alert(1)' }));
		await user.click(screen.getByRole('button', { name: /^Create issue/ }));
		expect(await screen.findByRole('dialog')).toBeVisible();
		expect(screen.queryByRole('link')).toBeNull();
	});
});

describe('CreateIssueMenu for a selection', () => {
	it('offers one issue listing every item, and one issue per item', async () => {
		const user = setup(storeWith(github), 'selection');
		await user.click(screen.getByRole('button', { name: 'Create issues for the plan' }));
		const one = await screen.findByRole('link', {
			name: /^One issue listing 3 items\s?\(opens in a new tab\)$/
		});
		const body = params(one.getAttribute('href')).get('body')!;
		expect(body.match(/^- \[[ x]\] /gm)).toHaveLength(3);
		expect(params(one.getAttribute('href')).get('title')).toBe(
			`Commons Check action plan: ${assessment.name.replace(/\s+/g, ' ')}`
		);
		const list = screen.getByRole('list', { name: 'One issue per item' });
		const links = within(list).getAllByRole('link');
		expect(links.map((link) => params(link.getAttribute('href')).get('title'))).toEqual(
			included.map((row) => row.questionText)
		);
	});
});
