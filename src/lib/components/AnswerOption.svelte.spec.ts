import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setupTestI18n } from '$lib/testing/i18n';
import AnswerOption from './AnswerOption.svelte';

setupTestI18n();

const Q = 'commons.dependency-inventory';
const hints = { na: 'questionnaire.na_hint', unknown: 'questionnaire.unknown_hint' };

describe('AnswerOption', () => {
	it('names a level by its number and band, and describes it with the question’s level text', () => {
		render(AnswerOption, {
			name: 'q',
			questionId: Q,
			value: 3,
			selected: false,
			hints,
			onchoose: () => {}
		});
		const radio = screen.getByRole('radio', { name: '3 Managed' });
		expect(radio).not.toBeChecked();
		expect(radio).toHaveAccessibleDescription(/SBOM/);
	});

	it('marks the selected option by more than colour: checked, a border class and a check mark', () => {
		const { container } = render(AnswerOption, {
			name: 'q',
			questionId: Q,
			value: 2,
			selected: true,
			hints,
			onchoose: () => {}
		});
		expect(screen.getByRole('radio')).toBeChecked();
		expect(container.querySelector('label')).toHaveClass('selected');
		expect(container.querySelector('svg.check')).not.toBeNull();
	});

	it('reports the choice when the user picks it', async () => {
		const onchoose = vi.fn();
		render(AnswerOption, {
			name: 'q',
			questionId: Q,
			value: 'na',
			selected: false,
			hints,
			onchoose
		});
		await userEvent.click(screen.getByRole('radio', { name: 'Not applicable' }));
		expect(onchoose).toHaveBeenCalledWith('na');
	});

	it('shows the hint it is given under the special answers, and hides the key letter from readers', () => {
		const { container } = render(AnswerOption, {
			name: 'q',
			questionId: Q,
			value: 'unknown',
			selected: false,
			hints: { na: 'present.na_hint', unknown: 'present.unknown_hint' },
			onchoose: () => {}
		});
		const radio = screen.getByRole('radio', { name: 'Don’t know' });
		expect(radio).toHaveAccessibleDescription('Counts as 0 and becomes a “find out” item.');
		expect(container.querySelector('.badge')).toHaveAttribute('aria-hidden', 'true');
		expect(container.querySelector('.badge')).toHaveTextContent('D');
	});
});
