import type { MappingFramework } from '../types';

/** One valid id of a framework a question can relate to. */
export interface MappingItem {
	/** The id as the framework writes it (e.g. 'INV-1', 'Security-Policy', 'OSPS-VM-02', '3.5.1'). */
	id: string;
	/**
	 * The framework's own title of the item, in the framework's language (English for all of them
	 * today). Absent where the label is a translated message instead (the CRA: `mapping.cra.<id>`).
	 */
	title?: string;
}

/** The valid ids of one framework, and where and when they were read. */
export interface MappingCatalogue {
	framework: MappingFramework;
	/** The edition the ids were taken from (a version, a tag or a commit and its date). */
	version: string;
	/** https URL of the authoritative list. */
	url: string;
	/** The date (YYYY-MM-DD) the list was read against its source. */
	readOn: string;
	/** The language of the items' `title`s, or 'messages' when labels are translated messages. */
	titleLang: 'en' | 'messages';
	items: readonly MappingItem[];
}
