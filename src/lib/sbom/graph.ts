/**
 * The dependency graph in compressed sparse rows (typed arrays, so a 100,000-component graph
 * with several hundred thousand edges stays a few megabytes and every walk is linear).
 *
 * Terms:
 * - depth: the length of the shortest path from a root (the product) to the component; the
 *   roots are 0, their direct dependencies 1, everything deeper is transitive. Components no
 *   root reaches have no depth (-1).
 * - fan-in: how many distinct components depend on a component directly.
 * - dependents: how many components depend on it directly or transitively, i.e. how much of the
 *   graph rests on it.
 */

export interface Graph {
	/** Number of components. */
	size: number;
	/** Distinct edges, after duplicates and self-loops were dropped. */
	edgeCount: number;
	outStart: Int32Array;
	outTargets: Int32Array;
	inStart: Int32Array;
	inSources: Int32Array;
}

/** Builds the graph from [dependant, dependency, …] pairs; repeated edges count once. */
export function buildGraph(size: number, edges: readonly number[]): Graph {
	const seen = new Set<number>();
	const from: number[] = [];
	const to: number[] = [];
	for (let i = 0; i + 1 < edges.length; i += 2) {
		const a = edges[i]!;
		const b = edges[i + 1]!;
		if (a === b || a < 0 || b < 0 || a >= size || b >= size) continue;
		// a * size + b is exact in a double for any size this app accepts (< 2^26 components).
		const key = a * size + b;
		if (seen.has(key)) continue;
		seen.add(key);
		from.push(a);
		to.push(b);
	}
	const outStart = new Int32Array(size + 1);
	const inStart = new Int32Array(size + 1);
	for (let i = 0; i < from.length; i++) {
		outStart[from[i]! + 1]!++;
		inStart[to[i]! + 1]!++;
	}
	for (let i = 0; i < size; i++) {
		outStart[i + 1]! += outStart[i]!;
		inStart[i + 1]! += inStart[i]!;
	}
	const outTargets = new Int32Array(from.length);
	const inSources = new Int32Array(from.length);
	const outFill = outStart.slice(0, size);
	const inFill = inStart.slice(0, size);
	for (let i = 0; i < from.length; i++) {
		outTargets[outFill[from[i]!]!++] = to[i]!;
		inSources[inFill[to[i]!]!++] = from[i]!;
	}
	return { size, edgeCount: from.length, outStart, outTargets, inStart, inSources };
}

export function fanIn(graph: Graph, node: number): number {
	return graph.inStart[node + 1]! - graph.inStart[node]!;
}

export function fanOut(graph: Graph, node: number): number {
	return graph.outStart[node + 1]! - graph.outStart[node]!;
}

/** Shortest distance from any root (breadth first); -1 where no root reaches. */
export function depths(graph: Graph, roots: readonly number[]): Int32Array {
	const depth = new Int32Array(graph.size).fill(-1);
	const queue = new Int32Array(graph.size);
	let head = 0;
	let tail = 0;
	for (const root of roots) {
		if (root < 0 || root >= graph.size || depth[root] !== -1) continue;
		depth[root] = 0;
		queue[tail++] = root;
	}
	while (head < tail) {
		const node = queue[head++]!;
		const next = depth[node]! + 1;
		for (let e = graph.outStart[node]!; e < graph.outStart[node + 1]!; e++) {
			const target = graph.outTargets[e]!;
			if (depth[target] === -1) {
				depth[target] = next;
				queue[tail++] = target;
			}
		}
	}
	return depth;
}

/**
 * Counts, for each of `nodes`, the components that reach it (its dependents, itself excluded).
 * One reverse breadth-first walk per node, sharing one visit array: O(k · (V + E)) for k nodes,
 * so callers ask only for the few they show.
 */
export function dependentCounts(graph: Graph, nodes: readonly number[]): number[] {
	const mark = new Int32Array(graph.size);
	const queue = new Int32Array(graph.size);
	return nodes.map((start, round) => {
		const stamp = round + 1;
		let head = 0;
		let tail = 0;
		mark[start] = stamp;
		queue[tail++] = start;
		while (head < tail) {
			const node = queue[head++]!;
			for (let e = graph.inStart[node]!; e < graph.inStart[node + 1]!; e++) {
				const source = graph.inSources[e]!;
				if (mark[source] !== stamp) {
					mark[source] = stamp;
					queue[tail++] = source;
				}
			}
		}
		return tail - 1;
	});
}
