/**
 * The valid ids of every framework a question can relate to. A unit test checks every mapping in
 * the bank against these lists, so a typo or an invented id cannot be published.
 */
import { MAPPING_FRAMEWORKS, type MappingFramework } from '../types';
import { chaossCatalogue } from './chaoss';
import { craCatalogue } from './cra';
import { iso18974Catalogue, iso5230Catalogue } from './openchain';
import { ospsCatalogue } from './osps';
import { s2c2fCatalogue } from './s2c2f';
import { scorecardCatalogue } from './scorecard';
import type { MappingCatalogue, MappingItem } from './types';

export type { MappingCatalogue, MappingItem } from './types';

export const mappingCatalogues: Readonly<Record<MappingFramework, MappingCatalogue>> = {
	cra: craCatalogue,
	s2c2f: s2c2fCatalogue,
	scorecard: scorecardCatalogue,
	osps: ospsCatalogue,
	chaoss: chaossCatalogue,
	iso5230: iso5230Catalogue,
	iso18974: iso18974Catalogue
};

export { craLabelKey, mappingFrameworkKey } from './keys';

const itemIndex = new Map(
	MAPPING_FRAMEWORKS.map((framework) => [
		framework,
		new Map(mappingCatalogues[framework].items.map((item) => [item.id, item]))
	])
);

/** The catalogue entry of a mapped id, or undefined when the id is not valid for the framework. */
export function mappingItem(framework: MappingFramework, id: string): MappingItem | undefined {
	return itemIndex.get(framework)?.get(id);
}
