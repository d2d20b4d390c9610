/**
 * The dependency map of one SBOM, or of several combined: ecosystems and registries, direct and
 * transitive components, depth, fan-in, duplicate versions, what is missing, the quality figures,
 * and "where to look first" (principle 4: the components most of the graph rests on).
 *
 * Several SBOMs (one per product) are merged component by component: the same PURL (type,
 * namespace, name and version; qualifiers ignored) is the same component, else the same name,
 * group and version. Edges are united; every product's root is a root.
 *
 * Where to look first: components ranked by fan-in (how many components use them directly),
 * then by depth (deeper first: nobody chose them knowingly), then by name. The list shows, for
 * each, how many components rest on it directly or transitively. Without a dependency graph
 * there is no ranking.
 */
import { buildGraph, dependentCounts, depths, fanIn, fanOut, type Graph } from './graph';
import type { SbomComponent, SbomDocument } from './model';
import { parsePurl, type PurlInfo } from './purl';
import { addQuality, countQuality, summarizeQuality, type QualityCounts } from './quality';
import {
	clip,
	REPORT_TOP_N,
	SBOM_SUMMARY_FORMAT,
	SBOM_SUMMARY_VERSION,
	SUMMARY_LIMITS,
	type GraphStatus,
	type LookFirstRow,
	type SbomFileInfo,
	type SbomSummary
} from './summary';

/** A file that was read: the document and what is known about the file itself. */
export interface ReadFile {
	name: string;
	size: number;
	sha256: string;
	document: SbomDocument;
}

/** Names of a few components that lack something, to show next to the counts. */
export interface MissingExamples {
	purl: string[];
	version: string[];
	licence: string[];
	supplier: string[];
}

/** What the page shows for one file or for all files together. */
export interface SbomReport {
	summary: SbomSummary;
	missing: MissingExamples;
}

const EXAMPLES = 10;

interface Node {
	component: SbomComponent;
	purl: PurlInfo | null;
	/** Files that list it. */
	products: number;
}

interface Prepared {
	nodes: Node[];
	edges: number[];
	roots: number[];
	inGraph: Uint8Array;
}

export type Progress = (fraction: number) => void;

function displayName(component: SbomComponent): string {
	return component.group ? `${component.group}/${component.name}` : component.name;
}

/** The identity used to merge components across SBOMs. */
function identity(node: Node): string {
	if (node.purl) return `purl:${node.purl.key}`;
	return `name:${displayName(node.component).toLowerCase()}@${node.component.version ?? ''}`;
}

function prepareFile(document: SbomDocument): Prepared {
	const nodes = document.components.map((component) => ({
		component,
		purl: component.purl ? parsePurl(component.purl) : null,
		products: 1
	}));
	return { nodes, edges: document.edges, roots: document.roots, inGraph: document.inGraph };
}

function mergeFiles(files: readonly SbomDocument[]): Prepared {
	const nodes: Node[] = [];
	const edges: number[] = [];
	const roots = new Set<number>();
	const flags: number[] = [];
	const byIdentity = new Map<string, number>();
	for (const document of files) {
		const prepared = prepareFile(document);
		const local = new Int32Array(prepared.nodes.length);
		const seenHere = new Set<number>();
		prepared.nodes.forEach((node, index) => {
			const key = identity(node);
			let target = byIdentity.get(key);
			if (target === undefined) {
				target = nodes.length;
				byIdentity.set(key, target);
				nodes.push({ ...node, products: 0 });
				flags.push(0);
			}
			if (!seenHere.has(target)) {
				seenHere.add(target);
				nodes[target]!.products++;
			}
			if (prepared.inGraph[index]) flags[target] = 1;
			local[index] = target;
		});
		for (let i = 0; i + 1 < prepared.edges.length; i += 2) {
			edges.push(local[prepared.edges[i]!]!, local[prepared.edges[i + 1]!]!);
		}
		for (const root of prepared.roots) roots.add(local[root]!);
	}
	return { nodes, edges, roots: [...roots], inGraph: Uint8Array.from(flags) };
}

/**
 * Roots to measure depth from. The declared product, when the file gives its dependencies;
 * else (no product, or a product without edges) the components nothing depends on count as the
 * product's direct dependencies (depth 1), and the report says the root was inferred.
 */
function depthOrigins(
	graph: Graph,
	roots: readonly number[]
): { depth: Int32Array; inferred: boolean } {
	const declared = roots.filter((root) => fanOut(graph, root) > 0);
	if (declared.length > 0) return { depth: depths(graph, declared), inferred: false };
	const rootSet = new Set(roots);
	const top: number[] = [];
	for (let node = 0; node < graph.size; node++) {
		if (!rootSet.has(node) && fanIn(graph, node) === 0 && fanOut(graph, node) > 0) top.push(node);
	}
	const depth = depths(graph, top);
	for (let node = 0; node < graph.size; node++) if (depth[node]! >= 0) depth[node]!++;
	for (const root of roots) depth[root] = 0;
	return { depth, inferred: true };
}

function tally<K>(map: Map<K, number>, key: K): void {
	map.set(key, (map.get(key) ?? 0) + 1);
}

function lookFirst(
	prepared: Prepared,
	graph: Graph,
	depth: Int32Array,
	progress: Progress
): LookFirstRow[] {
	if (graph.edgeCount === 0) return [];
	const rootSet = new Set(prepared.roots);
	const candidates: number[] = [];
	for (let node = 0; node < graph.size; node++) {
		if (!rootSet.has(node) && fanIn(graph, node) > 0) candidates.push(node);
	}
	const names = prepared.nodes.map((node) => displayName(node.component));
	const deepness = (node: number) => (depth[node]! < 0 ? -1 : depth[node]!);
	candidates.sort(
		(a, b) =>
			fanIn(graph, b) - fanIn(graph, a) ||
			deepness(b) - deepness(a) ||
			names[a]!.localeCompare(names[b]!)
	);
	const top = candidates.slice(0, REPORT_TOP_N);
	progress(0.5);
	const dependents = dependentCounts(graph, top);
	return top.map((node, i) => {
		const { component, purl, products } = prepared.nodes[node]!;
		return {
			name: clip(names[node]!, SUMMARY_LIMITS.name),
			version: component.version ? clip(component.version, SUMMARY_LIMITS.version) : undefined,
			ecosystem: purl?.type ?? '',
			registry: purl?.registry ? clip(purl.registry, SUMMARY_LIMITS.registry) : undefined,
			fanIn: fanIn(graph, node),
			dependents: dependents[i]!,
			depth: depth[node]! < 0 ? null : depth[node]!,
			products
		};
	});
}

function fileInfo(file: ReadFile): SbomFileInfo {
	const { document } = file;
	const product = document.roots.length > 0 ? document.components[document.roots[0]!] : undefined;
	const generatedAt =
		document.timestamp && !Number.isNaN(Date.parse(document.timestamp))
			? clip(document.timestamp, 64)
			: undefined;
	return {
		name: clip(file.name, SUMMARY_LIMITS.fileName),
		size: file.size,
		sha256: file.sha256,
		format: document.format,
		specVersion: clip(document.specVersion, 20),
		generatedAt,
		product: product
			? {
					name: clip(displayName(product), SUMMARY_LIMITS.name),
					version: product.version ? clip(product.version, SUMMARY_LIMITS.version) : undefined
				}
			: undefined
	};
}

function report(
	scope: SbomSummary['scope'],
	files: readonly ReadFile[],
	prepared: Prepared,
	graph: Graph,
	quality: QualityCounts,
	now: Date,
	progress: Progress
): SbomReport {
	const { nodes } = prepared;
	progress(0.3);
	const { depth, inferred } = depthOrigins(graph, prepared.roots);
	const hasGraph = graph.edgeCount > 0;

	const ecosystems = new Map<string, number>();
	const registries = new Map<
		string,
		{
			registry: string;
			ecosystem: string;
			source: 'qualifier' | 'default' | 'namespace';
			count: number;
		}
	>();
	const versions = new Map<string, { name: string; ecosystem: string; versions: Set<string> }>();
	const missing: MissingExamples = { purl: [], version: [], licence: [], supplier: [] };
	const rootSet = new Set(prepared.roots);
	let withPurl = 0;
	let invalidPurl = 0;
	let withVersion = 0;
	let withLicence = 0;
	let withSupplier = 0;
	let direct = 0;
	let transitive = 0;
	let unreachable = 0;
	let maxDepth = 0;
	let inGraphCount = 0;

	nodes.forEach((node, index) => {
		const { component, purl } = node;
		const name = displayName(component);
		if (purl) withPurl++;
		else {
			if (component.purl) invalidPurl++;
			if (missing.purl.length < EXAMPLES) missing.purl.push(clip(name, SUMMARY_LIMITS.name));
		}
		if (component.version) withVersion++;
		else if (missing.version.length < EXAMPLES)
			missing.version.push(clip(name, SUMMARY_LIMITS.name));
		if (component.licences.length > 0) withLicence++;
		else if (missing.licence.length < EXAMPLES)
			missing.licence.push(clip(name, SUMMARY_LIMITS.name));
		if (component.supplier) withSupplier++;
		else if (missing.supplier.length < EXAMPLES)
			missing.supplier.push(clip(name, SUMMARY_LIMITS.name));
		if (prepared.inGraph[index]) inGraphCount++;

		const ecosystem = purl?.type ?? '';
		tally(ecosystems, ecosystem);
		if (purl?.registry && purl.registrySource) {
			const key = `${purl.type} ${purl.registry}`;
			const row = registries.get(key);
			if (row) row.count++;
			else {
				registries.set(key, {
					registry: clip(purl.registry, SUMMARY_LIMITS.registry),
					ecosystem: purl.type,
					source: purl.registrySource,
					count: 1
				});
			}
		}
		const packageKey = purl ? `purl:${purl.packageKey}` : `name:${name.toLowerCase()}`;
		if (component.version) {
			const entry = versions.get(packageKey);
			if (entry) entry.versions.add(component.version);
			else versions.set(packageKey, { name, ecosystem, versions: new Set([component.version]) });
		}
		if (hasGraph && !rootSet.has(index)) {
			const d = depth[index]!;
			if (d === 1) direct++;
			else if (d >= 2) transitive++;
			else if (d < 0) unreachable++;
			if (d > maxDepth) maxDepth = d;
		}
	});
	progress(0.5);

	const duplicates = [...versions.values()]
		.filter((entry) => entry.versions.size > 1)
		.sort((a, b) => b.versions.size - a.versions.size || a.name.localeCompare(b.name));
	const status: GraphStatus = !hasGraph
		? 'absent'
		: inGraphCount === nodes.length
			? 'complete'
			: 'partial';

	const rows = lookFirst(prepared, graph, depth, (f) => progress(0.5 + f * 0.5));
	progress(1);

	const summary: SbomSummary = {
		format: SBOM_SUMMARY_FORMAT,
		version: SBOM_SUMMARY_VERSION,
		scope,
		analysedAt: now.toISOString(),
		files: files.map(fileInfo),
		counts: {
			components: nodes.length,
			edges: graph.edgeCount,
			withPurl,
			invalidPurl,
			withVersion,
			withLicence,
			withSupplier,
			direct: hasGraph ? direct : null,
			transitive: hasGraph ? transitive : null,
			unreachable: hasGraph ? unreachable : null,
			maxDepth: hasGraph ? maxDepth : null,
			duplicatePackages: duplicates.length
		},
		graph: {
			status,
			rootInferred: hasGraph && inferred,
			filesWithGraph: files.filter((file) => file.document.edges.length > 0).length
		},
		ecosystems: [...ecosystems.entries()]
			.map(([ecosystem, count]) => ({ ecosystem: clip(ecosystem, 50), count }))
			.sort((a, b) => b.count - a.count || a.ecosystem.localeCompare(b.ecosystem))
			.slice(0, REPORT_TOP_N),
		registries: [...registries.values()]
			.map((row) => ({ ...row, ecosystem: clip(row.ecosystem, 50) }))
			.sort((a, b) => b.count - a.count || a.registry.localeCompare(b.registry))
			.slice(0, REPORT_TOP_N),
		duplicates: duplicates.slice(0, REPORT_TOP_N).map((entry) => {
			const list = [...entry.versions].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
			return {
				name: clip(entry.name, SUMMARY_LIMITS.name),
				ecosystem: clip(entry.ecosystem, 50),
				versions: list.slice(0, 20).map((v) => clip(v, SUMMARY_LIMITS.version)),
				versionCount: list.length
			};
		}),
		lookFirst: rows,
		quality: summarizeQuality(quality)
	};
	return { summary, missing };
}

/** The report of one file. */
export function analyseFile(
	file: ReadFile,
	now = new Date(),
	progress: Progress = () => {}
): SbomReport {
	const prepared = prepareFile(file.document);
	const graph = buildGraph(prepared.nodes.length, prepared.edges);
	const quality = countQuality(file.document, graph);
	return report('file', [file], prepared, graph, quality, now, progress);
}

/**
 * The report of several files together: components merged, quality figures added up (each
 * file's components counted as that file lists them, so the shares describe the documents).
 */
export function analyseCombined(
	files: readonly ReadFile[],
	now = new Date(),
	progress: Progress = () => {}
): SbomReport {
	const quality = addQuality(
		files.map((file) =>
			countQuality(file.document, buildGraph(file.document.components.length, file.document.edges))
		)
	);
	const prepared = mergeFiles(files.map((file) => file.document));
	const graph = buildGraph(prepared.nodes.length, prepared.edges);
	return report('combined', files, prepared, graph, quality, now, progress);
}
