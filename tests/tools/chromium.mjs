// Finds a Chromium for the browser tests: $CHROMIUM_PATH, else the system's. On a Debian machine
// where we run as root and none is present, installs Debian's `chromium`; elsewhere stops with a
// one-line instruction. Playwright's own browser download is never used (it cannot work offline).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** How tests and benchmarks start Chromium here: headless, and quiet on a machine with no network. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

/** The path of a usable Chromium, or undefined. */
export function findChromium() {
	const wanted = process.env.CHROMIUM_PATH;
	if (wanted) return isExecutable(wanted) ? wanted : undefined;
	return CANDIDATES.find(isExecutable);
}

/** @param {string} path */
function isExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** Find Chromium, installing Debian's package when that is possible here. Exits with a hint otherwise. */
export function ensureChromium() {
	const found = findChromium();
	if (found) return found;
	if (process.env.CHROMIUM_PATH) {
		console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.`);
		process.exit(1);
	}
	const debian = existsSync('/etc/debian_version');
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!debian || !root) {
		console.error(
			'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to its executable.'
		);
		process.exit(1);
	}
	console.error("No Chromium found: installing Debian's chromium package…");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
		stdio: 'inherit',
		env
	});
	const installed = findChromium();
	if (!installed) {
		console.error('apt-get installed chromium but no executable was found at /usr/bin/chromium.');
		process.exit(1);
	}
	return installed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(ensureChromium());
