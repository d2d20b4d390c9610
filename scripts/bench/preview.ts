/**
 * The production build served like any static host serves it (scripts/serve-static.js, as in the
 * end-to-end tests), on a port of our own (never 4173, which the tests and people use), run as a
 * child process and stopped at the end, on Ctrl-C and on exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './build-output.ts';

export const PREFERRED_PORT = 4199;
const HOST = '127.0.0.1';

function portIsFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, HOST, () => server.close(() => resolve(true)));
	});
}

function anyFreePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, HOST, () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export async function freePort(preferred = PREFERRED_PORT): Promise<number> {
	return (await portIsFree(preferred)) ? preferred : anyFreePort();
}

export interface Preview {
	/** The site's root, e.g. http://127.0.0.1:4199 (plus BASE_PATH when the build has one). */
	origin: string;
	port: number;
	stop(): Promise<void>;
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`the static server exited with ${child.exitCode}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 150));
	}
	throw new Error(`the static server did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Serves `projectDir`/build (the project, or a snapshot of its build) under `base`.
 */
export async function startPreview(projectDir = ROOT, base = ''): Promise<Preview> {
	const port = await freePort();
	const server = join(ROOT, 'scripts/serve-static.js');
	const site = [join(projectDir, 'build'), String(port), base].filter(Boolean).join(':');
	const child = spawn(process.execPath, [server, site], {
		cwd: projectDir,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const kill = () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
	};
	process.once('exit', kill);
	const origin = `http://${HOST}:${port}${base}`;
	try {
		await waitUntilServing(`${origin}/`, child, 30_000);
	} catch (error) {
		kill();
		throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
	}
	return {
		origin,
		port,
		stop: () =>
			new Promise<void>((resolve) => {
				process.removeListener('exit', kill);
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
				child.once('exit', () => {
					clearTimeout(timer);
					resolve();
				});
				child.kill('SIGTERM');
			})
	};
}
