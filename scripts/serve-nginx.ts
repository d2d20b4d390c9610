/**
 * Serves build/ with nginx and deploy/nginx.conf (see scripts/nginx/site.ts) until stopped: the
 * web server of the nginx end-to-end tests (playwright.nginx.config.ts), and a way to look at the
 * production setup by hand.
 *
 *   npx tsx scripts/serve-nginx.ts [--port 8080] [--no-build]
 *
 * Builds first when build/ is missing or older than its sources (as check-budgets does).
 */
import { BUILD_DIR, buildProblem, runBuild } from './bench/build-output.ts';
import { startNginx } from './nginx/site.ts';

function option(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main() {
	const port = Number(option('--port') ?? 8080);
	if (!Number.isInteger(port) || port <= 0) throw new Error(`not a port: ${option('--port')}`);
	const problem = buildProblem();
	if (problem) {
		if (process.argv.includes('--no-build')) throw new Error(`${problem}; run npm run build`);
		console.log(`serve-nginx: ${problem}; running vite build…`);
		runBuild();
	}
	const server = await startNginx(BUILD_DIR, port, { log: (line) => console.log(line) });
	console.log(
		`nginx serves build/ on ${server.origin}/ (${server.brotli ? 'gzip and brotli' : 'gzip only: no brotli module'}; prefix ${server.dir})`
	);
	// Every signal is handled, not only the first: Playwright signals the whole process group and
	// tsx passes the signal on, so this process gets it twice, and a second one unhandled would
	// end it before nginx has stopped and its directory is removed.
	let stopping: Promise<void> | undefined;
	const stop = () => {
		stopping ??= server.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
	console.error(`serve-nginx: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
