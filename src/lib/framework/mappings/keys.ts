/** Message keys of the mapping frameworks and CRA labels (no catalogue data: safe for any page). */
import type { MappingFramework } from '../types';

/** Message key of a framework's name (e.g. "EU Cyber Resilience Act"). */
export const mappingFrameworkKey = (framework: MappingFramework) =>
	`mapping.framework.${framework}`;

/** Message key of the short, translated label of a CRA provision. */
export const craLabelKey = (id: string) => `mapping.cra.${id}`;
