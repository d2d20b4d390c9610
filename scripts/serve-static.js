#!/usr/bin/env node
/**
 * A minimal static file server for the end-to-end tests: it serves the built site the way a plain
 * static host does (a directory answers with its index.html, an unknown path gets a 404 status
 * with the app shell 200.html), optionally under a base path.
 *
 *   node scripts/serve-static.js <dir>:<port>[:<base>] [<dir>:<port>[:<base>] …]
 *
 * `vite preview` is SvelteKit's own server, not a static host; testing against this one proves
 * that build/ works on any host, at the root and under a sub-path. Like the plainest host, it
 * sends every file as it is: it never uses the build's precompressed .gz/.br files (nginx does,
 * see deploy/nginx.conf) and sets no Content-Encoding.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

/** @param {string} path */
function isFile(path) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/**
 * @param {string} dir
 * @param {number} port
 * @param {string} base
 */
function serve(dir, port, base) {
	const root = resolve(dir);
	createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (base) {
			if (path === base) path = `${base}/`;
			if (!path.startsWith(`${base}/`)) return send(response, 404, join(root, '200.html'));
			path = path.slice(base.length);
		}
		// normalize() resolves "..", and the prefix check keeps every request inside the directory.
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) return send(response, 403);
		if (path.endsWith('/')) file = join(file, 'index.html');
		else if (!isFile(file) && isFile(join(file, 'index.html'))) {
			response.writeHead(301, { location: `${url.pathname}/${url.search}` });
			return response.end();
		}
		if (!isFile(file)) return send(response, 404, join(root, '200.html'));
		send(response, 200, file);
	}).listen(port, () => console.log(`serving ${dir} on http://localhost:${port}${base}/`));
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} [file]
 */
function send(response, status, file) {
	if (!file || !isFile(file)) {
		response.writeHead(status, { 'content-type': 'text/plain' });
		return response.end(String(status));
	}
	response.writeHead(status, {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream'
	});
	createReadStream(file).pipe(response);
}

const sites = process.argv.slice(2);
if (sites.length === 0) {
	console.error('usage: serve-static.js <dir>:<port>[:<base>] …');
	process.exit(2);
}
for (const site of sites) {
	const [dir = '', port = '', base = ''] = site.split(':');
	serve(dir, Number(port), base.replace(/\/$/, ''));
}
