import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/data');

const temp = mkdtempSync(join(tmpdir(), 'dateline-site-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The environment without Vitest's own variables, which SvelteKit's plugin reacts to. */
function buildEnv(dataDir: string, outDir: string): NodeJS.ProcessEnv {
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV')
	);
	return { ...env, DATELINE_DATA: dataDir, DATELINE_OUT: outDir };
}

describe('svelte.config.js', () => {
	const saved = process.env.DATELINE_OUT;
	afterEach(() => {
		if (saved === undefined) delete process.env.DATELINE_OUT;
		else process.env.DATELINE_OUT = saved;
	});

	it.each<[string, string | undefined, string]>([
		['build/ by default', undefined, 'build'],
		['the folder DATELINE_OUT names', '/tmp/dateline-elsewhere', '/tmp/dateline-elsewhere']
	])('has the adapter write the site to %s', async (_, out, expected) => {
		if (out === undefined) delete process.env.DATELINE_OUT;
		else process.env.DATELINE_OUT = out;
		vi.resetModules(); // the config reads the environment when it is loaded
		const { default: config } = await import('../../svelte.config.js');
		const written: string[] = [];
		// Just enough of SvelteKit's builder for adapter-static to say where it writes.
		const log = Object.assign(() => {}, { info() {}, warn() {}, minor() {}, error() {} });
		const builder = {
			routes: [],
			config: { kit: { prerender: { entries: ['*'] }, files: { routes: 'src/routes' } } },
			log,
			rimraf: (dir: string) => written.push(`rimraf ${dir}`),
			generateEnvModule() {},
			writeClient: (dir: string) => written.push(`client ${dir}`),
			writePrerendered: (dir: string) => written.push(`pages ${dir}`)
		};
		await config.kit!.adapter!.adapt(builder as never);
		expect(written).toEqual([
			`rimraf ${expected}`,
			`rimraf ${expected}`,
			`client ${expected}`,
			`pages ${expected}`
		]);
	});
});

describe('vite build', () => {
	it('fails on malformed data, naming the file and line, and leaves the previous site in place', () => {
		const data = join(temp, 'data');
		cpSync(FIXTURE, data, { recursive: true });
		const broken = join(data, 'events/events.yaml');
		// Line 5 of the events file: the event's start is not a real date.
		writeFileSync(
			broken,
			'- id: talks-2019\n  title: Talks\n  type: talks\n  actors: [russia]\n  start: 2019-02-29\n'
		);
		// A previous good build, in a folder of the test's own, so the check never depends on build/.
		const out = join(temp, 'site');
		mkdirSync(out);
		const sentinel = Buffer.from('<!doctype html><title>the previous good site</title>\n');
		writeFileSync(join(out, 'index.html'), sentinel);

		const run = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build'], {
			cwd: ROOT,
			env: buildEnv(data, out),
			encoding: 'utf8',
			timeout: 110_000
		});
		const output = `${run.stdout}\n${run.stderr}`;

		expect(run.error).toBeUndefined();
		expect(run.status).not.toBe(0);
		expect(output).toContain(`${relative(ROOT, broken)}:5:`);
		expect(output).toContain('[DATE_INVALID]');
		// A failed build must not replace a good site (nor half-write one).
		expect(readdirSync(out)).toEqual(['index.html']);
		expect(readFileSync(join(out, 'index.html')).equals(sentinel)).toBe(true);
	}, 120_000);
});
