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
	// Forward rows with every valid edge, then each row without repeats (a stamp per target,
	// no hashing), then the reverse rows from what is left.
	const rawStart = new Int32Array(size + 1);
	for (let i = 0; i + 1 < edges.length; i += 2) {
		const a = edges[i]!;
		const b = edges[i + 1]!;
		if (a !== b && a >= 0 && b >= 0 && a < size && b < size) rawStart[a + 1]!++;
	}
	for (let i = 0; i < size; i++) rawStart[i + 1]! += rawStart[i]!;
	const raw = new Int32Array(rawStart[size]!);
	const fill = rawStart.slice(0, size);
	for (let i = 0; i + 1 < edges.length; i += 2) {
		const a = edges[i]!;
		const b = edges[i + 1]!;
		if (a !== b && a >= 0 && b >= 0 && a < size && b < size) raw[fill[a]!++] = b;
	}
	const stamp = new Int32Array(size).fill(-1);
	const outStart = new Int32Array(size + 1);
	const outTargets = new Int32Array(raw.length);
	let count = 0;
	for (let node = 0; node < size; node++) {
		outStart[node] = count;
		for (let e = rawStart[node]!; e < rawStart[node + 1]!; e++) {
			const target = raw[e]!;
			if (stamp[target] === node) continue;
			stamp[target] = node;
			outTargets[count++] = target;
		}
	}
	outStart[size] = count;
	const inStart = new Int32Array(size + 1);
	for (let e = 0; e < count; e++) inStart[outTargets[e]! + 1]!++;
	for (let i = 0; i < size; i++) inStart[i + 1]! += inStart[i]!;
	const inSources = new Int32Array(count);
	const inFill = inStart.slice(0, size);
	for (let node = 0; node < size; node++) {
		for (let e = outStart[node]!; e < outStart[node + 1]!; e++) {
			inSources[inFill[outTargets[e]!]!++] = node;
		}
	}
	return {
		size,
		edgeCount: count,
		outStart,
		outTargets: outTargets.slice(0, count),
		inStart,
		inSources
	};
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
