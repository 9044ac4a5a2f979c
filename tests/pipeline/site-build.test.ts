import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/data');
const INDEX = join(ROOT, 'build/index.html');

const temp = mkdtempSync(join(tmpdir(), 'dateline-site-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The environment without Vitest's own variables, which SvelteKit's plugin reacts to. */
function buildEnv(dataDir: string): NodeJS.ProcessEnv {
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV')
	);
	return { ...env, DATELINE_DATA: dataDir };
}

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
		const before = existsSync(INDEX) ? readFileSync(INDEX) : undefined;

		const run = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build'], {
			cwd: ROOT,
			env: buildEnv(data),
			encoding: 'utf8',
			timeout: 110_000
		});
		const output = `${run.stdout}\n${run.stderr}`;

		expect(run.error).toBeUndefined();
		expect(run.status).not.toBe(0);
		expect(output).toContain(`${relative(ROOT, broken)}:5:`);
		expect(output).toContain('[DATE_INVALID]');
		// A failed build must not replace a good site (nor half-write one).
		if (before) expect(readFileSync(INDEX).equals(before)).toBe(true);
	}, 120_000);
});
