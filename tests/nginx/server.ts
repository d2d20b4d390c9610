/** What the nginx tests share: whether nginx is there, raw HTTP requests, the build on disk. */
import { readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { findNginx, hasBrotliModule } from '../../scripts/nginx/site';

export const BUILD = fileURLToPath(new URL('../../build', import.meta.url));

export const brotli = hasBrotliModule();

/** Skips every test of the file when nginx is not installed, and says so. */
export function requireNginx(): void {
	test.skip(
		!findNginx(),
		'nginx is not installed, so the production-like server is not tested (Debian: apt-get install nginx libnginx-mod-http-brotli-static; .ci/run installs them)'
	);
}

export interface RawResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	/** The bytes as sent, not decompressed. */
	body: Buffer;
}

/** A GET that sends only the given headers and does not decompress the answer. */
export function get(
	baseURL: string | undefined,
	path: string,
	headers: Record<string, string> = {}
): Promise<RawResponse> {
	const url = new URL(path, baseURL);
	return new Promise((resolve, reject) => {
		const req = request(url, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolve({
					status: response.statusCode ?? 0,
					headers: response.headers,
					body: Buffer.concat(chunks)
				})
			);
			response.on('error', reject);
		});
		req.on('error', reject);
		req.end();
	});
}

/** Every prerendered page of the build, as a path relative to it (`results/index.html`). */
export function pageFiles(dir = BUILD): string[] {
	const files: string[] = [];
	const walk = (at: string) => {
		for (const entry of readdirSync(at)) {
			const path = join(at, entry);
			if (statSync(path).isDirectory()) walk(path);
			else if (entry.endsWith('.html')) files.push(relative(dir, path).split(sep).join('/'));
		}
	};
	walk(dir);
	return files.sort();
}
