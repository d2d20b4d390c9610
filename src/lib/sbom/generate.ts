/**
 * Synthetic CycloneDX 1.6 SBOMs of any size, for the bench and for tests that need volume.
 * Deterministic for a seed. Shaped like real dependency graphs: a product with a few dozen direct
 * dependencies, every component depending on up to five later ones (so the graph is acyclic),
 * with a strong preference for a small core that most of the graph ends up resting on; four
 * ecosystems; some packages in two versions; some fields missing, as in real files.
 *
 * No imports: the end-to-end tests load it outside the app's module graph.
 */

export interface GenerateOptions {
	components: number;
	seed?: number;
}

/** mulberry32: a tiny, good-enough PRNG with a 32-bit state. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ECOSYSTEMS = [
	{ share: 0.6, purl: (name: string, version: string) => `pkg:npm/${name}@${version}` },
	{ share: 0.2, purl: (name: string, version: string) => `pkg:pypi/${name}@${version}` },
	{
		share: 0.15,
		purl: (name: string, version: string) => `pkg:maven/org.example/${name}@${version}`
	},
	{
		share: 0.05,
		purl: (name: string, version: string) => `pkg:deb/debian/${name}@${version}?distro=bookworm`
	}
];

function ecosystemAt(value: number) {
	let total = 0;
	for (const ecosystem of ECOSYSTEMS) {
		total += ecosystem.share;
		if (value < total) return ecosystem;
	}
	return ECOSYSTEMS[0]!;
}

/** A CycloneDX document (a plain object; JSON.stringify it for a file). */
export function generateCycloneDx({ components, seed = 1 }: GenerateOptions): object {
	const rand = random(seed);
	const list: object[] = [];
	const dependencies: { ref: string; dependsOn: string[] }[] = [];
	const count = Math.max(1, components);
	// The core: the last 2 % of components, which many others use.
	const coreStart = Math.floor(count * 0.98);
	for (let i = 0; i < count; i++) {
		// Every 50th package is a second version of the one before it.
		const duplicate = i % 50 === 49;
		const name = `pkg-${duplicate ? i - 1 : i}`;
		const version = duplicate ? `2.${i % 7}.0` : `1.${i % 10}.${i % 3}`;
		const ecosystem = ecosystemAt(((duplicate ? i - 1 : i) * 0.6180339887) % 1);
		const ref = `c${i}`;
		const component: Record<string, unknown> = {
			'bom-ref': ref,
			type: 'library',
			name,
			version,
			purl: ecosystem.purl(name, version),
			hashes: [{ alg: 'SHA-512', content: (i * 2654435761).toString(16).padStart(128, '0') }],
			licenses: [{ license: { id: i % 3 === 0 ? 'Apache-2.0' : 'MIT' } }]
		};
		if (i % 4 !== 0) component.supplier = { name: `Maintainers of ${name}` };
		// Some without a PURL, never one of a pair of versions (they would not be matched).
		if (i % 17 === 0 && i % 50 < 48) delete component.purl;
		if (i % 23 === 0) delete component.licenses;
		list.push(component);
		const dependsOn = new Set<string>();
		if (i < count - 1) {
			const fanOut = Math.floor(rand() * 6);
			for (let k = 0; k < fanOut; k++) {
				// 60 % of edges go to the core, the rest anywhere later in the list.
				const low = rand() < 0.6 ? Math.max(i + 1, coreStart) : i + 1;
				const target = low + Math.floor(rand() * (count - low));
				if (target > i && target < count) dependsOn.add(`c${target}`);
			}
		}
		dependencies.push({ ref, dependsOn: [...dependsOn] });
	}
	const direct = Array.from({ length: Math.min(30, count) }, (_, k) => `c${k}`);
	dependencies.push({ ref: 'product', dependsOn: direct });
	return {
		bomFormat: 'CycloneDX',
		specVersion: '1.6',
		serialNumber: `urn:uuid:00000000-0000-4000-8000-${String(seed).padStart(12, '0')}`,
		version: 1,
		metadata: {
			timestamp: '2026-11-30T10:00:00Z',
			tools: { components: [{ type: 'application', name: 'commons-check generate.ts' }] },
			component: {
				'bom-ref': 'product',
				type: 'application',
				name: `product-${count}`,
				version: '1.0.0'
			}
		},
		components: list,
		dependencies
	};
}
