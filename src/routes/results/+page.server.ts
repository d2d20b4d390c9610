import { craProvisions } from '$lib/framework/page-relations';
import type { PageServerLoad } from './$types';

// At build time: which CRA provisions each question serves, for the "Cyber Resilience Act" filter.
export const load: PageServerLoad = () => ({ cra: craProvisions() });
