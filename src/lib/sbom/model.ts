/**
 * The SBOM as this app reads it, after parsing: one shape for CycloneDX and SPDX, holding only
 * what the analysis needs. Components are flat (CycloneDX's nested components become "contains"
 * edges); the dependency graph is a flat list of index pairs, dependant first.
 *
 * Field meanings follow the two guidelines the quality report checks (see quality.ts):
 * the NTIA "Minimum Elements for a Software Bill of Materials" (2021) and BSI TR-03183-2 v2.1.0.
 */

export type SbomFormat = 'cyclonedx' | 'spdx';

/** Who made the SBOM: a person, an organization or a tool, with contact details when given. */
export interface SbomAuthor {
	kind: 'person' | 'organization' | 'tool';
	name: string;
	/** An e-mail address or a URL to reach the author (BSI TR-03183-2 asks for one). */
	contact: boolean;
}

export interface SbomComponent {
	/** The identifier the dependency graph uses (bom-ref or SPDXID). */
	ref: string;
	name: string;
	/** CycloneDX `group` (a namespace such as a Maven groupId). */
	group?: string;
	version?: string;
	purl?: string;
	/** A CPE, SWID tag, OmniBOR id or SWHID: identifiers other than the PURL. */
	otherId: boolean;
	/** The supplier's, manufacturer's or author's name, whichever the file gives first. */
	supplier?: string;
	/** The supplier (or manufacturer, author) has an e-mail address or URL. */
	supplierContact: boolean;
	/** Licence identifiers, expressions or names, as written (NOASSERTION and NONE left out). */
	licences: string[];
	/** Hash algorithms given for the component, upper case without dashes ("SHA512"). */
	hashes: string[];
}

export interface SbomDocument {
	format: SbomFormat;
	/** "1.6" for CycloneDX, "2.3" for SPDX. */
	specVersion: string;
	/** CycloneDX serialNumber or SPDX documentNamespace (BSI's "SBOM-URI"). */
	uri?: string;
	/** When the SBOM was made, as written in the file (an ISO 8601 date-time when valid). */
	timestamp?: string;
	authors: SbomAuthor[];
	components: SbomComponent[];
	/**
	 * Indices of the components the SBOM describes (CycloneDX metadata.component, SPDX
	 * documentDescribes or DESCRIBES): the product. Usually one; none when the file does not say.
	 */
	roots: number[];
	/** Dependency edges as pairs of component indices, [dependant, dependency, …]. */
	edges: number[];
	/**
	 * Per component: 1 when the file states its relationships (a CycloneDX `dependencies` entry, an
	 * SPDX relationship naming it, or nesting), else 0. An empty `dependsOn` counts: it states "none".
	 */
	inGraph: Uint8Array;
}

/** Everything that can be wrong with a file, each with its own message (`sbom.error.<kind>`). */
export const SBOM_ERROR_KINDS = [
	'too-large',
	'empty',
	'not-json',
	'not-sbom',
	'unsupported-version',
	'unsupported-encoding',
	'damaged'
] as const;
export type SbomErrorKind = (typeof SBOM_ERROR_KINDS)[number];

export interface SbomError {
	kind: SbomErrorKind;
	/**
	 * Technical detail for the curious, shown as code, never translated: the place in the file
	 * (`components[12].name`), the version found, or the encoding recognised.
	 */
	detail?: string;
}

export type ParseResult = { ok: true; document: SbomDocument } | { ok: false; error: SbomError };

/** 100 MB: larger files are refused before they are read (issue 21). */
export const MAX_SBOM_BYTES = 100 * 1000 * 1000;

/** Files in one combined analysis. */
export const MAX_SBOM_FILES = 50;
