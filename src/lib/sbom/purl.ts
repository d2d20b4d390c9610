/**
 * Package URLs (https://github.com/package-url/purl-spec): the ecosystem (the PURL type) and the
 * registry a component comes from. Parsing is packageurl-js, the purl project's own JavaScript
 * implementation, which follows the spec's per-type normalization (npm names lower-cased, PyPI
 * underscores as dashes …) better than a hand-written split would.
 *
 * The registry is the `repository_url` qualifier when present, else the type's default
 * repository from the purl-spec type definitions (types/<type>-definition.json,
 * `default_repository_url`, read at commit 16f3d0e). Types without a default name their source
 * in the namespace instead: a Linux distribution for deb, rpm, apk and alpm (`pkg:deb/debian/…`),
 * the module's host for golang (`pkg:golang/github.com/…`).
 */
import { PackageURL } from 'packageurl-js';

const DEFAULT_REPOSITORIES: Record<string, string> = {
	bazel: 'https://bcr.bazel.build',
	bitbucket: 'https://bitbucket.org',
	bitnami: 'https://downloads.bitnami.com/files/stacksmith',
	brew: 'https://formulae.brew.sh/',
	cargo: 'https://crates.io/',
	'chrome-extension': 'https://chromewebstore.google.com/',
	cocoapods: 'https://cdn.cocoapods.org/',
	composer: 'https://packagist.org',
	conan: 'https://center.conan.io',
	conda: 'https://repo.anaconda.com',
	cpan: 'https://www.cpan.org/',
	cran: 'https://cran.r-project.org',
	docker: 'https://hub.docker.com',
	gem: 'https://rubygems.org',
	github: 'https://github.com',
	hackage: 'https://hackage.haskell.org',
	hex: 'https://repo.hex.pm',
	julia: 'https://github.com/JuliaRegistries/General',
	maven: 'https://repo.maven.apache.org/maven2/',
	npm: 'https://registry.npmjs.org/',
	nuget: 'https://www.nuget.org',
	opam: 'https://opam.ocaml.org',
	pub: 'https://pub.dartlang.org',
	pypi: 'https://pypi.org',
	vcpkg: 'https://github.com/microsoft/vcpkg/',
	'vscode-extension': 'https://marketplace.visualstudio.com/vscode-extension'
};

/** Types whose namespace names the distribution or host the package comes from. */
const NAMESPACE_IS_SOURCE = new Set(['deb', 'rpm', 'apk', 'alpm', 'golang']);

export type RegistrySource = 'qualifier' | 'default' | 'namespace';

export interface PurlInfo {
	/** The ecosystem: the PURL type, lower case ("npm", "pypi", "deb"). */
	type: string;
	namespace?: string;
	name: string;
	version?: string;
	/** Where it comes from, without scheme or trailing slash ("registry.npmjs.org"), or null. */
	registry: string | null;
	registrySource: RegistrySource | null;
	/** type/namespace/name: the package, whatever its version. */
	packageKey: string;
	/** packageKey@version: the same component in any SBOM, whatever its qualifiers. */
	key: string;
}

/** "https://Repo.Example.com/maven2/" → "repo.example.com/maven2". */
export function registryName(url: string): string {
	const trimmed = url
		.trim()
		.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
		.replace(/\/+$/, '');
	const slash = trimmed.indexOf('/');
	return slash === -1
		? trimmed.toLowerCase()
		: trimmed.slice(0, slash).toLowerCase() + trimmed.slice(slash);
}

function registryOf(purl: PackageURL): Pick<PurlInfo, 'registry' | 'registrySource'> {
	const qualifier = purl.qualifiers?.repository_url;
	if (typeof qualifier === 'string' && qualifier.trim()) {
		return { registry: registryName(qualifier), registrySource: 'qualifier' };
	}
	const fallback = DEFAULT_REPOSITORIES[purl.type];
	if (fallback) return { registry: registryName(fallback), registrySource: 'default' };
	if (NAMESPACE_IS_SOURCE.has(purl.type) && purl.namespace) {
		const first = purl.namespace.split('/')[0]!;
		return { registry: first.toLowerCase(), registrySource: 'namespace' };
	}
	return { registry: null, registrySource: null };
}

const cache = new Map<string, PurlInfo | null>();

/** The parts of a PURL, or null when it is not a valid PURL. Results are cached. */
export function parsePurl(value: string): PurlInfo | null {
	const cached = cache.get(value);
	if (cached !== undefined) return cached;
	let info: PurlInfo | null = null;
	try {
		const purl = PackageURL.fromString(value);
		if (purl.type && purl.name) {
			const packageKey = [purl.type, purl.namespace, purl.name]
				.filter((part) => part !== undefined && part !== '')
				.join('/');
			info = {
				type: purl.type,
				namespace: purl.namespace || undefined,
				name: purl.name,
				version: purl.version || undefined,
				...registryOf(purl),
				packageKey,
				key: purl.version ? `${packageKey}@${purl.version}` : packageKey
			};
		}
	} catch {
		info = null;
	}
	// Bounded: one SBOM has at most a few hundred thousand distinct PURLs.
	if (cache.size > 500_000) cache.clear();
	cache.set(value, info);
	return info;
}
