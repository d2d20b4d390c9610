/**
 * Serves a build with deploy/nginx.conf, unchanged but for its port, the way the Dockerfile does:
 * a temporary prefix directory holds the configuration, the brotli includes (where the module is
 * installed) and a copy of the build in site/. Needs no root; as root, nginx's workers run as its
 * default user, so the directory is readable by everyone.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	chmodSync,
	copyFileSync,
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEPLOY_DIR = join(ROOT, 'deploy');
/** Debian's libnginx-mod-http-brotli-static (and nginx.org's packages) put it here. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const LISTEN = 'listen 8080;';

/** The nginx binary: NGINX_PATH when set, else Debian's /usr/sbin/nginx or the first on the PATH. */
export function findNginx(): string | null {
	const configured = process.env.NGINX_PATH;
	const candidates = configured
		? [configured]
		: [
				'/usr/sbin/nginx',
				...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx'))
			];
	return candidates.find((path) => existsSync(path)) ?? null;
}

/** `nginx/1.22.1`, or null without nginx. */
export function nginxVersion(): string | null {
	const nginx = findNginx();
	if (!nginx) return null;
	const result = spawnSync(nginx, ['-v'], { encoding: 'utf8' });
	return /nginx\/[\w.]+/.exec(`${result.stderr}${result.stdout}`)?.[0] ?? null;
}

export function hasBrotliModule(): boolean {
	return existsSync(BROTLI_MODULE);
}

/** deploy/nginx.conf listening on `host:port` instead of 8080; the only change made to it. */
export function configFor(port: number, host = '127.0.0.1'): string {
	const config = readFileSync(join(DEPLOY_DIR, 'nginx.conf'), 'utf8');
	const count = config.split(LISTEN).length - 1;
	if (count !== 1)
		throw new Error(`deploy/nginx.conf must contain "${LISTEN}" once (found ${count})`);
	return config.replace(LISTEN, `listen ${host}:${port};`);
}

const PREFIX = 'commons-check-nginx-';

/** Retries while nginx's last process lets go of the directory; never throws. */
function removeSite(dir: string): void {
	try {
		rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
	} catch {
		// Left for the next start to remove (removeStaleSites).
	}
}

/**
 * Prefix directories of earlier runs that were killed before they could clean up: older than an
 * hour and without a running nginx (its pid file names a process that is gone).
 */
export function removeStaleSites(now = Date.now()): void {
	for (const name of readdirSync(tmpdir())) {
		if (!name.startsWith(PREFIX)) continue;
		const dir = join(tmpdir(), name);
		try {
			if (now - statSync(dir).mtimeMs < 3_600_000) continue;
			const pid = Number(readFileSync(join(dir, 'nginx.pid'), 'utf8').trim());
			if (pid > 0 && isRunning(pid)) continue;
		} catch {
			// No pid file: nginx never started or has exited.
		}
		removeSite(dir);
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** A prefix directory for nginx with the configuration and a copy of `buildDir` in site/. */
export function assembleSite(buildDir: string, port: number, host = '127.0.0.1'): string {
	if (!existsSync(join(buildDir, 'nginx-csp.conf'))) {
		throw new Error(`${buildDir}/nginx-csp.conf is missing: build the site with npm run build`);
	}
	removeStaleSites();
	const dir = mkdtempSync(join(tmpdir(), PREFIX));
	chmodSync(dir, 0o755);
	writeFileSync(join(dir, 'nginx.conf'), configFor(port, host));
	if (hasBrotliModule()) {
		for (const file of ['brotli-module.conf', 'brotli-static.conf']) {
			copyFileSync(join(DEPLOY_DIR, file), join(dir, file));
		}
	}
	cpSync(buildDir, join(dir, 'site'), { recursive: true });
	return dir;
}

export interface NginxServer {
	origin: string;
	port: number;
	/** The prefix directory (removed by stop()). */
	dir: string;
	brotli: boolean;
	stop(): Promise<void>;
}

async function waitUntilServing(url: string, exited: () => string | null, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const exit = exited();
		if (exit) throw new Error(`nginx exited (${exit})`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`nginx did not answer at ${url} within ${timeoutMs} ms`);
}

/** Starts nginx in the foreground on `port`, serving a copy of `buildDir`. */
export async function startNginx(
	buildDir: string,
	port: number,
	options: { host?: string; log?: (line: string) => void } = {}
): Promise<NginxServer> {
	const nginx = findNginx();
	if (!nginx) throw new Error('nginx is not installed (Debian: apt-get install nginx)');
	const host = options.host ?? '127.0.0.1';
	const dir = assembleSite(buildDir, port, host);
	const child = spawn(
		nginx,
		['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	const collect = (chunk: Buffer) => {
		output += chunk;
		options.log?.(String(chunk).trimEnd());
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const exited = () =>
		child.exitCode !== null || child.signalCode !== null
			? `${child.exitCode ?? child.signalCode}: ${output.trim()}`
			: null;
	const kill = () => {
		if (!exited()) child.kill('SIGTERM');
	};
	process.once('exit', kill);
	const origin = `http://${host}:${port}`;
	const remove = () => removeSite(dir);
	try {
		await waitUntilServing(`${origin}/`, exited, 15_000);
	} catch (error) {
		kill();
		remove();
		throw error;
	}
	return {
		origin,
		port,
		dir,
		brotli: hasBrotliModule(),
		stop: () =>
			new Promise<void>((resolve) => {
				process.removeListener('exit', kill);
				const done = () => {
					remove();
					resolve();
				};
				if (exited()) return done();
				const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
				child.once('exit', () => {
					clearTimeout(timer);
					done();
				});
				// SIGQUIT: graceful shutdown, open connections finish first.
				child.kill('SIGQUIT');
			})
	};
}
