import { describe, expect, it } from 'vitest';
import { buildGraph, dependentCounts, depths, fanIn, fanOut } from './graph';

// The small fixtures' graph (fixtures/README.md): 0 app, 1 a, 2 b, 3 c, 4 d@1, 5 d@2, 6 f, 7 g, 8 h.
const APP = 0,
	A = 1,
	B = 2,
	C = 3,
	D1 = 4,
	D2 = 5,
	F = 6,
	G = 7,
	H = 8;
const EDGES = [
	[APP, A],
	[APP, B],
	[APP, C],
	[A, D1],
	[A, F],
	[B, D1],
	[B, G],
	[B, D1], // repeated
	[C, D2],
	[D1, F],
	[D2, F],
	[G, F],
	[F, F] // self-loop
].flat();

describe('buildGraph', () => {
	const graph = buildGraph(9, EDGES);

	it('keeps each edge once and drops self-loops', () => {
		expect(graph.edgeCount).toBe(11);
	});

	it('counts fan-in and fan-out by hand', () => {
		expect([APP, A, B, C, D1, D2, F, G, H].map((n) => fanIn(graph, n))).toEqual([
			0, 1, 1, 1, 2, 1, 4, 1, 0
		]);
		expect([APP, A, B, C, D1, D2, F, G, H].map((n) => fanOut(graph, n))).toEqual([
			3, 2, 2, 1, 1, 1, 0, 1, 0
		]);
	});

	it('ignores edges to indices outside the graph', () => {
		expect(buildGraph(2, [0, 1, 0, 5, -1, 1]).edgeCount).toBe(1);
	});
});

describe('depths', () => {
	it('is the shortest distance from the product, -1 where nothing reaches', () => {
		const graph = buildGraph(9, EDGES);
		expect(Array.from(depths(graph, [APP]))).toEqual([0, 1, 1, 1, 2, 2, 2, 2, -1]);
	});

	it('takes the shortest of several paths, from several roots, through cycles', () => {
		// 0 → 1 → 2 → 3 → 1 (a cycle), 4 → 3; roots 0 and 4.
		const graph = buildGraph(5, [0, 1, 1, 2, 2, 3, 3, 1, 4, 3]);
		expect(Array.from(depths(graph, [0, 4]))).toEqual([0, 1, 2, 1, 0]);
	});
});

describe('dependentCounts', () => {
	it('counts every component that reaches a node, directly or not', () => {
		const graph = buildGraph(9, EDGES);
		expect(dependentCounts(graph, [F, D1, D2, G, A, APP, H])).toEqual([7, 3, 2, 2, 1, 0, 0]);
	});

	it('terminates on cycles and does not count the node itself', () => {
		const graph = buildGraph(3, [0, 1, 1, 2, 2, 0]);
		expect(dependentCounts(graph, [0, 1, 2])).toEqual([2, 2, 2]);
	});
});
