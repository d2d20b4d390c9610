import { describe, expect, it } from 'vitest';
import { parsePurl, registryName } from './purl';

describe('parsePurl', () => {
	it('splits a PURL and names its default registry', () => {
		expect(parsePurl('pkg:npm/%40scope/name@1.2.3')).toEqual({
			type: 'npm',
			namespace: '@scope',
			name: 'name',
			version: '1.2.3',
			registry: 'registry.npmjs.org',
			registrySource: 'default',
			packageKey: 'npm/@scope/name',
			key: 'npm/@scope/name@1.2.3'
		});
		expect(parsePurl('pkg:pypi/Django@5.0')).toMatchObject({
			name: 'django', // the spec lower-cases PyPI names
			registry: 'pypi.org'
		});
		expect(parsePurl('pkg:maven/org.apache.commons/commons-lang3@3.14.0')).toMatchObject({
			registry: 'repo.maven.apache.org/maven2',
			packageKey: 'maven/org.apache.commons/commons-lang3'
		});
	});

	it('prefers the repository_url qualifier and ignores qualifiers in the key', () => {
		const info = parsePurl(
			'pkg:maven/org.example/f@1.0?type=jar&repository_url=https://Maven.Example.com/repo/'
		);
		expect(info).toMatchObject({
			registry: 'maven.example.com/repo',
			registrySource: 'qualifier',
			key: 'maven/org.example/f@1.0'
		});
	});

	it('takes the distribution or host from the namespace where there is no default', () => {
		expect(parsePurl('pkg:deb/debian/curl@8.5.0?distro=bookworm')).toMatchObject({
			registry: 'debian',
			registrySource: 'namespace'
		});
		expect(parsePurl('pkg:golang/github.com/spf13/cobra@1.8.0')).toMatchObject({
			registry: 'github.com',
			registrySource: 'namespace'
		});
		expect(parsePurl('pkg:generic/openssl@3.0.0')).toMatchObject({
			registry: null,
			registrySource: null
		});
	});

	it('returns null for what is not a PURL', () => {
		for (const value of ['', 'npm/x', 'pkg:', 'pkg:npm/', 'https://example.com', 'pkg:%%%/x']) {
			expect(parsePurl(value), value).toBeNull();
		}
	});

	it('gives the same answer from its cache', () => {
		const first = parsePurl('pkg:cargo/serde@1.0.0');
		expect(parsePurl('pkg:cargo/serde@1.0.0')).toBe(first);
		expect(first?.registry).toBe('crates.io');
	});
});

describe('registryName', () => {
	it('drops the scheme and trailing slashes and lower-cases the host only', () => {
		expect(registryName('https://Registry.NPMjs.org/')).toBe('registry.npmjs.org');
		expect(registryName('http://host.example/Path/To//')).toBe('host.example/Path/To');
		expect(registryName('host.example')).toBe('host.example');
	});
});
