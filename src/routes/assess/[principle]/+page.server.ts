import { principleById } from '$lib/framework';
import { pageExtras } from '$lib/framework/page-relations';
import type { PageServerLoad } from './$types';

// At build time: the terms to explain and what each question relates to, as data (the relation
// catalogues stay out of the page's JavaScript).
export const load: PageServerLoad = ({ params }) => {
	const principle = principleById(params.principle);
	return { extras: pageExtras(principle?.questions.map((question) => question.id) ?? []) };
};
