import type { MappingCatalogue } from './types';

/**
 * Requirement clauses of ISO/IEC 5230:2020 (OpenChain license compliance, functionally identical to
 * OpenChain Specification 2.1) and ISO/IEC 18974:2023 (OpenChain security assurance), as published
 * by the OpenChain Project. Ids are the clause numbers.
 */
export const iso5230Catalogue: MappingCatalogue = {
	framework: 'iso5230',
	version: 'ISO/IEC 5230:2020 (OpenChain Specification 2.1), ISO-5230-2020/en at commit 968092c',
	url: 'https://github.com/OpenChain-Project/License-Compliance-Specification/blob/master/ISO-5230-2020/en/ISO-5230-2020.md',
	readOn: '2026-12-07',
	titleLang: 'en',
	items: [
		{ id: '3.1.1', title: 'Policy' },
		{ id: '3.1.2', title: 'Competence' },
		{ id: '3.1.3', title: 'Awareness' },
		{ id: '3.1.4', title: 'Program scope' },
		{ id: '3.1.5', title: 'License obligations' },
		{ id: '3.2.1', title: 'Access' },
		{ id: '3.2.2', title: 'Effectively resourced' },
		{ id: '3.3.1', title: 'Bill of materials' },
		{ id: '3.3.2', title: 'License compliance' },
		{ id: '3.4.1', title: 'Compliance artifacts' },
		{ id: '3.5.1', title: 'Contributions' },
		{ id: '3.6.1', title: 'Conformance' },
		{ id: '3.6.2', title: 'Duration' }
	]
};

export const iso18974Catalogue: MappingCatalogue = {
	framework: 'iso18974',
	version: 'ISO/IEC 18974:2023, ISO-18974/en at commit 5bb0a02',
	url: 'https://github.com/OpenChain-Project/Security-Assurance-Specification/blob/main/Security-Assurance-Specification/ISO-18974/en/ISO-18974.md',
	readOn: '2026-12-07',
	titleLang: 'en',
	items: [
		{ id: '4.1.1', title: 'Policy' },
		{ id: '4.1.2', title: 'Competence' },
		{ id: '4.1.3', title: 'Awareness' },
		{ id: '4.1.4', title: 'Program scope' },
		{ id: '4.1.5', title: 'Standard practice implementation' },
		{ id: '4.2.1', title: 'Access' },
		{ id: '4.2.2', title: 'Effectively resourced' },
		{ id: '4.3.1', title: 'Software bill of materials' },
		{ id: '4.3.2', title: 'Security assurance' },
		{ id: '4.4.1', title: 'Completeness' },
		{ id: '4.4.2', title: 'Duration' }
	]
};
