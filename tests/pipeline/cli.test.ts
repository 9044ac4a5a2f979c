import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/model/validate.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/data');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** `npm run extract -- …args`, from the repository root as a user would run it. */
function extract(...args: string[]) {
	const run = spawnSync(TSX, ['src/pipeline/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
	temps.push(dir);
	return dir;
}

/** A copy of the fixture data folder with one file replaced. */
function brokenCopy(file: string, content: string): string {
	const dir = join(tempDir(), 'data');
	cpSync(FIXTURE, dir, { recursive: true });
	writeFileSync(join(dir, file), content);
	return dir;
}

// `file:line: message [CODE]`, the way compilers print, so editors can jump to it.
const PROBLEM_LINE = /^(\S+):(\d+): .+ \[([A-Z_]+)\]$/;

function problemLines(stderr: string): { file: string; line: number; code: string }[] {
	return stderr.split('\n').flatMap((text) => {
		const m = PROBLEM_LINE.exec(text);
		return m ? [{ file: m[1]!, line: Number(m[2]), code: m[3]! }] : [];
	});
}

describe('the extract CLI', () => {
	it('writes the fixture dataset to --out as valid JSON', () => {
		const out = join(tempDir(), 'dataset.json');
		const run = extract('tests/fixtures/data', '--out', out);
		expect(run.status).toBe(0);
		expect(run.stdout).toBe('');
		const dataset = JSON.parse(readFileSync(out, 'utf8'));
		expect(validateDataset(dataset)).toEqual([]);
		expect(dataset.articles).toHaveLength(3);
		// The five curated events, and what the three articles report besides.
		expect(dataset.events.length).toBeGreaterThan(5);
		expect(dataset.actors.filter((a: { unreviewed?: boolean }) => !a.unreviewed)).toHaveLength(6);
	});

	it('prints the dataset on stdout without --out', () => {
		const run = extract('tests/fixtures/data');
		expect(run.status).toBe(0);
		expect(validateDataset(JSON.parse(run.stdout))).toEqual([]);
	});

	it('finds actors.yaml and events/ beside an articles folder given directly', () => {
		const fromRoot = extract('tests/fixtures/data');
		const fromArticles = extract('tests/fixtures/data/articles');
		expect(fromArticles.status).toBe(0);
		expect(fromArticles.stdout).toBe(fromRoot.stdout);
		expect(JSON.parse(fromArticles.stdout).events.length).toBeGreaterThan(5);
	});

	it.each<[string, string, string, number, string]>([
		[
			'an impossible date in an article',
			'articles/ankara-summit.md',
			'---\ntitle: Ankara summit\nsource: Bosphorus Ledger\npublished: 2019-09-31\n---\nThe leaders met.\n',
			4,
			'DATE_INVALID'
		],
		[
			'an unknown actor in an events file',
			'events/events.yaml',
			'- id: talks-2019\n  title: Talks\n  type: talks\n  start: 2019-04-25\n  actors:\n    - russia\n    - nobody\n',
			7,
			'UNKNOWN_ACTOR'
		],
		[
			'a YAML syntax error in actors.yaml',
			'actors.yaml',
			'- id: syria\n  name: Syria\n  kind: country\n- id: russia\n  name: Russia: Moscow\n  kind: country\n',
			5,
			'YAML_SYNTAX'
		]
	])(
		'exits 1 on %s, naming the file and line and leaving --out untouched',
		(_, file, content, line, code) => {
			const data = brokenCopy(file, content);
			const out = join(tempDir(), 'dataset.json');
			const previous = '{"version":1,"previous":"a good dataset from an earlier run"}\n';
			writeFileSync(out, previous);

			const run = extract(data, '--out', out);

			expect(run.status).toBe(1);
			expect(run.stdout).toBe('');
			expect(problemLines(run.stderr)).toContainEqual({ file: relative(ROOT, join(data, file)), line, code });
			// Every line but the closing count is a problem a user can jump to.
			const printed = run.stderr.trimEnd().split('\n');
			expect(printed.length).toBeGreaterThan(1);
			for (const text of printed.slice(0, -1)) expect(text).toMatch(PROBLEM_LINE);
			expect(readFileSync(out, 'utf8')).toBe(previous);
		}
	);

	it('writes no --out file when the data has problems and none existed', () => {
		const data = brokenCopy(
			'events/events.yaml',
			'- id: x\n  title: X\n  type: summit\n  start: 2019-01-01\n'
		);
		const out = join(tempDir(), 'dataset.json');
		expect(extract(data, '--out', out).status).toBe(1);
		expect(existsSync(out)).toBe(false);
	});

	it('--unknown lists the names the gazetteers lack, with mentions and articles', () => {
		const run = extract('tests/fixtures/data', '--unknown', '--no-cache');
		expect(run.status).toBe(0);
		const rows = run.stdout.split('\n');
		expect(rows[0]).toBe('mentions\tarticles\tkind\tname\tshorter forms');
		expect(rows).toContain('1\t1\tperson\tMevlüt Çavuşoğlu\t');
		// Named in the fixture's actors.yaml, or by the base gazetteer.
		expect(run.stdout).not.toMatch(/\t(?:Vladimir Putin|Putin|Russia|Turkish|Kremlin)\t/);
	});

	it('--unknown --stub prints entries that, added to actors.yaml, leave nothing unknown', () => {
		const stub = extract('tests/fixtures/data', '--unknown', '--stub', '--no-cache');
		expect(stub.status).toBe(0);
		expect(stub.stdout).toContain('- id: mevlut-cavusoglu\n  name: Mevlüt Çavuşoğlu\n  kind: person\n');
		const data = brokenCopy('actors.yaml', readFileSync(join(FIXTURE, 'actors.yaml'), 'utf8') + stub.stdout);
		const again = extract(data, '--unknown', '--no-cache');
		expect(again.stderr).toBe('');
		expect(again.status).toBe(0);
		expect(again.stdout).toBe('every name the articles give is in the gazetteers\n');
		// Two runs of the CLI, each extracting the folder.
	}, 90_000);

	it('exits 2 with the usage for --stub without --unknown', () => {
		const run = extract('tests/fixtures/data', '--stub');
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/usage: /);
	});

	it('exits 2 with the usage when given no folder', () => {
		const run = extract();
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/^usage: /);
	});

	it('exits 2 with the usage on an unknown option', () => {
		const run = extract('tests/fixtures/data', '--outt', 'x.json');
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/usage: /);
	});

	it('exits 1 with READ_FAILED for a folder that does not exist', () => {
		const missing = join(tempDir(), 'no-such-folder');
		const run = extract(missing);
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(/\[READ_FAILED\]$/m);
	});

	it('exits 1 with READ_FAILED for a folder with neither articles/ nor .md files', () => {
		const dir = join(tempDir(), 'data');
		cpSync(join(FIXTURE, 'actors.yaml'), join(dir, 'actors.yaml'));
		cpSync(join(FIXTURE, 'events'), join(dir, 'events'), { recursive: true });
		const run = extract(dir);
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(
			/: no articles\/ folder and no \.md, \.txt or \.html files in \S*data \[READ_FAILED\]$/m
		);
	});

	it.each<[string, (dir: string) => string]>([
		['into a folder that does not exist', (dir) => join(dir, 'missing-dir', 'x.json')],
		[
			'over a folder',
			(dir) => {
				mkdirSync(join(dir, 'x.json', 'inside'), { recursive: true });
				return join(dir, 'x.json');
			}
		]
	])('exits 1 with WRITE_FAILED when --out cannot be written %s, leaving nothing behind', (_, target) => {
		const dir = tempDir();
		const out = target(dir);
		const before = readdirSync(dir, { recursive: true }).sort();

		const run = extract('tests/fixtures/data', '--out', out);

		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		const printed = run.stderr.trimEnd().split('\n');
		expect(printed).toHaveLength(1);
		expect(printed[0]!.startsWith(`${out}: cannot write: `)).toBe(true);
		expect(printed[0]).toMatch(/ \[WRITE_FAILED\]$/);
		expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
	});
});
