import { error } from '@sveltejs/kit';
import { principleById, principles } from '$lib/framework';
import type { EntryGenerator, PageLoad } from './$types';

// One prerendered page per principle.
export const entries: EntryGenerator = () =>
	principles.map((principle) => ({ principle: principle.id }));

export const load: PageLoad = ({ params, data }) => {
	const principle = principleById(params.principle);
	if (!principle) error(404, 'Not found');
	return { ...data, principleId: principle.id };
};
