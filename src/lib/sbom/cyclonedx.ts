/**
 * Reads CycloneDX JSON, spec versions 1.4 to 1.7 (https://cyclonedx.org/specification/overview/,
 * schemas in github.com/CycloneDX/specification, schema/bom-1.x.schema.json). 1.7 only adds to
 * 1.6 (versionRange, isExternal, patentAssertions …), so it is read with the same rules.
 *
 * Only the fields the analysis uses are validated; anything else in the file is ignored, so a
 * valid SBOM from any generator is read. Components and dependency entries are checked one by
 * one, which keeps memory flat and lets an error name its place (`components[12].name`).
 *
 * Mapping to the model:
 * - supplier: `supplier`, then `manufacturer` (1.6), `authors` (1.6), `author`, `publisher`
 *   (NTIA's "Supplier Name" is the entity that creates, defines and identifies the component);
 * - other unique ids: `cpe`, `swid`, `omniborId`, `swhid` (the PURL is kept on its own);
 * - hashes: the component's own, and those of its `distribution` external reference;
 * - nested `components` are contained by their parent: a "contains" edge, parent to child;
 * - `metadata.component` is the product the SBOM describes (the root of the graph).
 */
import * as z from 'zod/mini';
import type { ParseResult, SbomAuthor, SbomComponent, SbomDocument, SbomError } from './model';
import {
	check,
	hasContact,
	isAssertion,
	normalizeAlgorithm,
	PROGRESS_STEP,
	text
} from './validate';

export const CYCLONEDX_VERSIONS = ['1.4', '1.5', '1.6', '1.7'] as const;

const contactSchema = z.object({
	name: z.optional(z.string()),
	email: z.optional(z.string())
});

const organizationSchema = z.object({
	name: z.optional(z.string()),
	url: z.optional(z.array(z.string())),
	contact: z.optional(z.array(contactSchema))
});
type Organization = z.infer<typeof organizationSchema>;

const licenceSchema = z.union([
	z.object({
		license: z.object({ id: z.optional(z.string()), name: z.optional(z.string()) })
	}),
	z.object({ expression: z.string() })
]);

const hashSchema = z.object({ alg: z.string(), content: z.string() });

const componentSchema = z.object({
	'bom-ref': z.optional(z.string()),
	type: z.string(),
	name: z.string(),
	group: z.optional(z.string()),
	version: z.optional(z.string()),
	purl: z.optional(z.string()),
	cpe: z.optional(z.string()),
	swid: z.optional(z.object({ tagId: z.optional(z.string()) })),
	omniborId: z.optional(z.array(z.string())),
	swhid: z.optional(z.array(z.string())),
	supplier: z.optional(organizationSchema),
	manufacturer: z.optional(organizationSchema),
	authors: z.optional(z.array(contactSchema)),
	author: z.optional(z.string()),
	publisher: z.optional(z.string()),
	hashes: z.optional(z.array(hashSchema)),
	// BSI TR-03183-2 v2.1.0 puts the deployable component's hash on its distribution reference.
	externalReferences: z.optional(
		z.array(z.object({ type: z.string(), hashes: z.optional(z.array(hashSchema)) }))
	),
	licenses: z.optional(z.array(licenceSchema)),
	// Checked one by one with their parent's path, like the top-level list.
	components: z.optional(z.array(z.unknown()))
});
type RawComponent = z.infer<typeof componentSchema>;

const toolNameSchema = z.object({ name: z.optional(z.string()) });

const metadataSchema = z.object({
	timestamp: z.optional(z.string()),
	authors: z.optional(z.array(contactSchema)),
	manufacturer: z.optional(organizationSchema),
	manufacture: z.optional(organizationSchema),
	supplier: z.optional(organizationSchema),
	// 1.4: a list of tools; 1.5+: { components, services } (the list stays allowed but deprecated).
	tools: z.optional(
		z.union([
			z.array(toolNameSchema),
			z.object({
				components: z.optional(z.array(toolNameSchema)),
				services: z.optional(z.array(toolNameSchema))
			})
		])
	),
	component: z.optional(z.unknown())
});

const documentSchema = z.object({
	bomFormat: z.literal('CycloneDX'),
	specVersion: z.string(),
	serialNumber: z.optional(z.string()),
	metadata: z.optional(metadataSchema),
	components: z.optional(z.array(z.unknown())),
	dependencies: z.optional(z.array(z.unknown()))
});

const dependencySchema = z.object({
	ref: z.string(),
	dependsOn: z.optional(z.array(z.string()))
});

function organizationName(org: Organization | undefined): string | undefined {
	return text(org?.name) ?? text(org?.contact?.find((c) => text(c.name))?.name);
}

function organizationContact(org: Organization | undefined): boolean {
	if (!org) return false;
	return (org.url ?? []).some((url) => text(url)) || (org.contact ?? []).some((c) => text(c.email));
}

function toComponent(raw: RawComponent, index: number): SbomComponent {
	const authors = raw.authors ?? [];
	const supplier =
		organizationName(raw.supplier) ??
		organizationName(raw.manufacturer) ??
		text(authors.find((a) => text(a.name))?.name) ??
		text(raw.author) ??
		text(raw.publisher);
	const supplierContact =
		organizationContact(raw.supplier) ||
		organizationContact(raw.manufacturer) ||
		authors.some((a) => text(a.email)) ||
		hasContact(raw.author) ||
		hasContact(raw.publisher);
	const licences: string[] = [];
	for (const choice of raw.licenses ?? []) {
		const value =
			'expression' in choice ? choice.expression : (choice.license.id ?? choice.license.name);
		if (isAssertion(value)) licences.push(value.trim());
	}
	return {
		ref: raw['bom-ref'] ?? `#${index}`,
		name: raw.name,
		group: text(raw.group),
		version: text(raw.version),
		purl: text(raw.purl),
		otherId:
			!!text(raw.cpe) ||
			!!text(raw.swid?.tagId) ||
			(raw.omniborId ?? []).some((id) => text(id)) ||
			(raw.swhid ?? []).some((id) => text(id)),
		supplier,
		supplierContact,
		licences,
		hashes: [
			...new Set(
				[
					...(raw.hashes ?? []),
					...(raw.externalReferences ?? [])
						.filter((ref) => ref.type === 'distribution')
						.flatMap((ref) => ref.hashes ?? [])
				]
					.filter((h) => text(h.content))
					.map((h) => normalizeAlgorithm(h.alg))
			)
		]
	};
}

function authorsOf(metadata: z.infer<typeof metadataSchema> | undefined): SbomAuthor[] {
	const authors: SbomAuthor[] = [];
	for (const person of metadata?.authors ?? []) {
		const name = text(person.name) ?? text(person.email);
		if (name) authors.push({ kind: 'person', name, contact: !!text(person.email) });
	}
	for (const org of [metadata?.manufacturer, metadata?.manufacture, metadata?.supplier]) {
		const name = organizationName(org) ?? text(org?.url?.[0]);
		if (name) authors.push({ kind: 'organization', name, contact: organizationContact(org) });
	}
	const tools = metadata?.tools;
	const toolList = Array.isArray(tools)
		? tools
		: [...(tools?.components ?? []), ...(tools?.services ?? [])];
	for (const tool of toolList) {
		const name = text(tool.name);
		if (name) authors.push({ kind: 'tool', name, contact: false });
	}
	return authors;
}

export function isCycloneDx(value: unknown): boolean {
	return (
		typeof value === 'object' &&
		value !== null &&
		(value as Record<string, unknown>).bomFormat === 'CycloneDX'
	);
}

export function readCycloneDx(
	value: unknown,
	onProgress?: (fraction: number) => void
): ParseResult {
	const specVersion = (value as Record<string, unknown>).specVersion;
	if (typeof specVersion !== 'string') {
		return { ok: false, error: { kind: 'damaged', detail: 'specVersion: missing' } };
	}
	if (!(CYCLONEDX_VERSIONS as readonly string[]).includes(specVersion)) {
		return {
			ok: false,
			error: { kind: 'unsupported-version', detail: `CycloneDX ${specVersion.slice(0, 20)}` }
		};
	}
	const checked = check(documentSchema, value, '');
	if (!checked.ok) return checked;
	const bom = checked.value;

	const components: SbomComponent[] = [];
	const edges: number[] = [];
	const graphFlags: number[] = [];
	const byRef = new Map<string, number>();
	const total = (bom.components?.length ?? 0) + (bom.dependencies?.length ?? 0) + 1;
	let seen = 0;

	// Depth-first with an explicit stack: nesting can be deep, and recursion could overflow it.
	const addAll = (items: readonly unknown[], path: string, parent: number): SbomError | null => {
		const stack: { item: unknown; path: string; parent: number }[] = [];
		for (let i = items.length - 1; i >= 0; i--) {
			stack.push({ item: items[i], path: `${path}[${i}]`, parent });
		}
		while (stack.length > 0) {
			const next = stack.pop()!;
			const result = check(componentSchema, next.item, next.path);
			if (!result.ok) return result.error;
			const raw = result.value;
			const ref = raw['bom-ref'];
			// bom-refs are unique in a valid BOM; a repeated one (often the product listed again
			// under components) is the same component, not a second one.
			if (ref !== undefined && byRef.has(ref)) continue;
			const index = components.length;
			components.push(toComponent(raw, index));
			graphFlags.push(0);
			if (ref !== undefined) byRef.set(ref, index);
			if (next.parent >= 0) {
				edges.push(next.parent, index);
				graphFlags[next.parent] = 1;
				graphFlags[index] = 1;
			}
			const children = raw.components ?? [];
			for (let i = children.length - 1; i >= 0; i--) {
				stack.push({ item: children[i], path: `${next.path}.components[${i}]`, parent: index });
			}
			if (++seen % PROGRESS_STEP === 0) onProgress?.(Math.min(1, seen / total));
		}
		return null;
	};

	const roots: number[] = [];
	if (bom.metadata?.component !== undefined) {
		const error = addAll([bom.metadata.component], 'metadata.component', -1);
		if (error) return { ok: false, error };
		roots.push(0);
	}
	const error = addAll(bom.components ?? [], 'components', -1);
	if (error) return { ok: false, error };

	const dependencies = bom.dependencies ?? [];
	for (let i = 0; i < dependencies.length; i++) {
		const result = check(dependencySchema, dependencies[i], `dependencies[${i}]`);
		if (!result.ok) return result;
		// Refs to services or to nothing in this file are not components: they are skipped.
		const from = byRef.get(result.value.ref);
		if (from === undefined) continue;
		graphFlags[from] = 1;
		for (const target of result.value.dependsOn ?? []) {
			const to = byRef.get(target);
			if (to === undefined || to === from) continue;
			edges.push(from, to);
			graphFlags[to] = 1;
		}
		if (++seen % PROGRESS_STEP === 0) onProgress?.(Math.min(1, seen / total));
	}
	onProgress?.(1);

	const document: SbomDocument = {
		format: 'cyclonedx',
		specVersion,
		uri: text(bom.serialNumber),
		timestamp: text(bom.metadata?.timestamp),
		authors: authorsOf(bom.metadata),
		components,
		roots,
		edges,
		inGraph: Uint8Array.from(graphFlags)
	};
	return { ok: true, document };
}
