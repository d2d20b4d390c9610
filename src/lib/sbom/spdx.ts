/**
 * Reads SPDX JSON, versions 2.2 and 2.3 (https://spdx.github.io/spdx-spec/v2.3/, JSON schema
 * in github.com/spdx/spdx-spec, schemas/spdx-schema.json). SPDX 3 (JSON-LD) is a different model
 * and is refused with its own message.
 *
 * Components are the document's packages; files and snippets are not counted. Dependencies come
 * from `relationships`, read in the direction "dependant → dependency":
 * - A DEPENDS_ON / CONTAINS / HAS_PREREQUISITE / STATIC_LINK / DYNAMIC_LINK B: A → B;
 * - A DEPENDENCY_OF (and its BUILD_, DEV_, OPTIONAL_, PROVIDED_, TEST_, RUNTIME_ forms),
 *   CONTAINED_BY, PREREQUISITE_FOR, OPTIONAL_COMPONENT_OF B: B → A;
 * - SPDXRef-DOCUMENT DESCRIBES A, A DESCRIBED_BY SPDXRef-DOCUMENT, and `documentDescribes`
 *   name the product (the root).
 * Other relationship types (GENERATED_FROM, VARIANT_OF, COPY_OF …) say nothing about what a
 * component needs and are ignored.
 *
 * Supplier: `supplier`, else `originator` ("Person: Name (email)" / "Organization: …").
 */
import * as z from 'zod/mini';
import type { ParseResult, SbomAuthor, SbomComponent, SbomDocument } from './model';
import {
	check,
	hasContact,
	isAssertion,
	normalizeAlgorithm,
	PROGRESS_STEP,
	text
} from './validate';

export const SPDX_VERSIONS = ['SPDX-2.2', 'SPDX-2.3'] as const;

const FORWARD = new Set([
	'DEPENDS_ON',
	'CONTAINS',
	'HAS_PREREQUISITE',
	'STATIC_LINK',
	'DYNAMIC_LINK'
]);
const BACKWARD = new Set([
	'DEPENDENCY_OF',
	'BUILD_DEPENDENCY_OF',
	'DEV_DEPENDENCY_OF',
	'OPTIONAL_DEPENDENCY_OF',
	'PROVIDED_DEPENDENCY_OF',
	'TEST_DEPENDENCY_OF',
	'RUNTIME_DEPENDENCY_OF',
	'CONTAINED_BY',
	'PREREQUISITE_FOR',
	'OPTIONAL_COMPONENT_OF'
]);
const OTHER_IDS = new Set(['cpe22Type', 'cpe23Type', 'swid', 'swh', 'gitoid']);
const DOCUMENT_ID = 'SPDXRef-DOCUMENT';

const packageSchema = z.object({
	SPDXID: z.string(),
	name: z.string(),
	versionInfo: z.optional(z.string()),
	supplier: z.optional(z.string()),
	originator: z.optional(z.string()),
	checksums: z.optional(z.array(z.object({ algorithm: z.string(), checksumValue: z.string() }))),
	licenseConcluded: z.optional(z.string()),
	licenseDeclared: z.optional(z.string()),
	externalRefs: z.optional(
		z.array(
			z.object({
				referenceCategory: z.string(),
				referenceType: z.string(),
				referenceLocator: z.string()
			})
		)
	)
});
type RawPackage = z.infer<typeof packageSchema>;

const relationshipSchema = z.object({
	spdxElementId: z.string(),
	relatedSpdxElement: z.string(),
	relationshipType: z.string()
});

const documentSchema = z.object({
	spdxVersion: z.string(),
	SPDXID: z.optional(z.string()),
	documentNamespace: z.optional(z.string()),
	creationInfo: z.optional(
		z.object({
			created: z.optional(z.string()),
			creators: z.optional(z.array(z.string()))
		})
	),
	documentDescribes: z.optional(z.array(z.string())),
	packages: z.optional(z.array(z.unknown())),
	relationships: z.optional(z.array(z.unknown()))
});

/** "Organization: ACME (ops@acme.example)" → kind, name and whether a contact is given. */
export function parseParty(value: string | undefined): SbomAuthor | null {
	if (!isAssertion(value)) return null;
	const match = /^\s*(Person|Organization|Tool)\s*:\s*(.*)$/i.exec(value);
	const kind = (match?.[1]?.toLowerCase() ?? 'organization') as SbomAuthor['kind'];
	const rest = (match ? match[2]! : value).trim();
	const name = text(rest.replace(/\([^)]*\)\s*$/, '')) ?? rest;
	if (!name || !isAssertion(name)) return null;
	return { kind, name, contact: kind !== 'tool' && hasContact(rest) };
}

function toComponent(raw: RawPackage): SbomComponent {
	const party = parseParty(raw.supplier) ?? parseParty(raw.originator);
	const refs = raw.externalRefs ?? [];
	const purl = refs.find((r) => r.referenceType === 'purl' && text(r.referenceLocator));
	const licences = [raw.licenseConcluded, raw.licenseDeclared]
		.filter(isAssertion)
		.map((l) => l.trim());
	return {
		ref: raw.SPDXID,
		name: raw.name,
		version: isAssertion(raw.versionInfo) ? raw.versionInfo.trim() : undefined,
		purl: text(purl?.referenceLocator),
		otherId: refs.some((r) => OTHER_IDS.has(r.referenceType) && text(r.referenceLocator)),
		supplier: party?.name,
		supplierContact: party?.contact ?? false,
		licences: [...new Set(licences)],
		hashes: (raw.checksums ?? [])
			.filter((c) => text(c.checksumValue))
			.map((c) => normalizeAlgorithm(c.algorithm))
	};
}

export function isSpdx(value: unknown): boolean {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as Record<string, unknown>).spdxVersion === 'string'
	);
}

/** SPDX 3 documents are JSON-LD with the SPDX 3 context. */
export function isSpdx3(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	const context = (value as Record<string, unknown>)['@context'];
	const contexts = Array.isArray(context) ? context : [context];
	return contexts.some((c) => typeof c === 'string' && /spdx\.org\/rdf\/3/.test(c));
}

export function readSpdx(value: unknown, onProgress?: (fraction: number) => void): ParseResult {
	const version = (value as Record<string, unknown>).spdxVersion as string;
	if (!(SPDX_VERSIONS as readonly string[]).includes(version)) {
		return {
			ok: false,
			error: { kind: 'unsupported-version', detail: version.slice(0, 20) || 'SPDX' }
		};
	}
	const checked = check(documentSchema, value, '');
	if (!checked.ok) return checked;
	const doc = checked.value;

	const packages = doc.packages ?? [];
	const relationships = doc.relationships ?? [];
	const total = packages.length + relationships.length + 1;
	const components: SbomComponent[] = [];
	const byId = new Map<string, number>();
	for (let i = 0; i < packages.length; i++) {
		const result = check(packageSchema, packages[i], `packages[${i}]`);
		if (!result.ok) return result;
		// SPDXIDs are unique in a valid document; a repeat is the same package.
		if (byId.has(result.value.SPDXID)) continue;
		byId.set(result.value.SPDXID, components.length);
		components.push(toComponent(result.value));
		if ((i + 1) % PROGRESS_STEP === 0) onProgress?.((i + 1) / total);
	}

	const inGraph = new Uint8Array(components.length);
	const edges: number[] = [];
	const roots = new Set<number>();
	for (const id of doc.documentDescribes ?? []) {
		const index = byId.get(id);
		if (index !== undefined) roots.add(index);
	}
	for (let i = 0; i < relationships.length; i++) {
		const result = check(relationshipSchema, relationships[i], `relationships[${i}]`);
		if (!result.ok) return result;
		const { spdxElementId: a, relatedSpdxElement: b, relationshipType: type } = result.value;
		if (type === 'DESCRIBES' && a === (doc.SPDXID ?? DOCUMENT_ID)) {
			const index = byId.get(b);
			if (index !== undefined) roots.add(index);
		} else if (type === 'DESCRIBED_BY' && b === (doc.SPDXID ?? DOCUMENT_ID)) {
			const index = byId.get(a);
			if (index !== undefined) roots.add(index);
		} else if (FORWARD.has(type) || BACKWARD.has(type)) {
			const [fromId, toId] = FORWARD.has(type) ? [a, b] : [b, a];
			const from = byId.get(fromId);
			const to = byId.get(toId);
			// Relationships with files, NONE or NOASSERTION are not between components.
			if (from !== undefined && to !== undefined && from !== to) {
				edges.push(from, to);
				inGraph[from] = 1;
				inGraph[to] = 1;
			}
		}
		if ((packages.length + i + 1) % PROGRESS_STEP === 0) {
			onProgress?.((packages.length + i + 1) / total);
		}
	}
	onProgress?.(1);

	const authors = (doc.creationInfo?.creators ?? [])
		.map(parseParty)
		.filter((party): party is SbomAuthor => party !== null);
	const document: SbomDocument = {
		format: 'spdx',
		specVersion: version.replace(/^SPDX-/, ''),
		uri: text(doc.documentNamespace),
		timestamp: text(doc.creationInfo?.created),
		authors,
		components,
		roots: [...roots],
		edges,
		inGraph
	};
	return { ok: true, document };
}
