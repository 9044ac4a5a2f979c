// `npm run bench`: what a host page downloads to embed Dateline. Builds the site, serves it, loads
// `/embed` and the widget in headless Chromium, and prints gzip sizes (level 9) as a Markdown table.
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/chromium.mjs';

const PORT = 4180;
const SITE = `http://127.0.0.1:${PORT}`;
const BUDGET = { widget: 64 * 1024 };

const gzip = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (!process.argv.includes('--no-build')) {
	const built = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], { stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}
const server = spawn(
	'node_modules/.bin/vite',
	['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
	{
		stdio: 'ignore'
	}
);
try {
	for (
		let i = 0;
		i < 100 &&
		!(await fetch(SITE).then(
			(r) => r.ok,
			() => false
		));
		i++
	)
		await new Promise((r) => setTimeout(r, 100));
	const browser = await chromium.launch({
		executablePath: ensureChromium(),
		args: CHROMIUM_ARGS
	});
	/** Every script and stylesheet a page fetches, with raw and gzip sizes. */
	async function loaded(url: string) {
		const page = await browser.newPage();
		const files: { url: string; kind: 'js' | 'css'; raw: number; gzip: number }[] = [];
		page.on('response', async (response) => {
			const type = response.headers()['content-type'] ?? '';
			const kind = /javascript/.test(type) ? 'js' : /css/.test(type) ? 'css' : undefined;
			if (!kind) return;
			const body = await response.body();
			files.push({ url: response.url(), kind, raw: body.length, gzip: gzip(body) });
		});
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.close();
		return files;
	}
	const embed = await loaded(`${SITE}/embed`);
	const sum = (kind: 'js' | 'css', key: 'raw' | 'gzip') =>
		embed.filter((f) => f.kind === kind).reduce((n, f) => n + f[key], 0);
	await browser.close();

	const widget = readFileSync('build/widget.js');
	const resizer = readFileSync('build/embed.js');
	const rows = [
		['`/widget.js` (the web component, all it needs)', widget.length, gzip(widget), BUDGET.widget],
		['`/embed.js` (the iframe resizer for host pages)', resizer.length, gzip(resizer)],
		[
			`JS that \`/embed\` loads (${embed.filter((f) => f.kind === 'js').length} files)`,
			sum('js', 'raw'),
			sum('js', 'gzip')
		],
		[
			`CSS that \`/embed\` loads (${embed.filter((f) => f.kind === 'css').length} files)`,
			sum('css', 'raw'),
			sum('css', 'gzip')
		]
	] as const;
	console.log('\n| what | raw | gzip | budget |\n|---|---:|---:|---:|');
	for (const [what, raw, zipped, budget] of rows) {
		const verdict = budget ? `${kb(budget)} ${zipped <= budget ? '✓' : '✗ over'}` : '';
		console.log(`| ${what} | ${kb(raw)} | ${kb(zipped)} | ${verdict} |`);
	}
} finally {
	server.kill();
}
