import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataFolder } from '../../src/pipeline/io.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/data', import.meta.url));

const temp = mkdtempSync(join(tmpdir(), 'dateline-io-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A folder under the temp folder holding `files` (path → text). */
function folder(name: string, files: Record<string, string>): string {
	const dir = join(temp, name);
	mkdirSync(dir, { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

describe('readDataFolder', () => {
	it.each<[string, () => string, number]>([
		['a data root holding articles/', () => FIXTURE, 3],
		['an articles folder given directly', () => join(FIXTURE, 'articles'), 3],
		[
			'a folder of .md files without actors or events',
			() => folder('loose', { 'a.md': '---\ntitle: A\npublished: 2019-01-01\nsource: W\n---\nText.\n' }),
			1
		]
	])('reads %s', (_, dir, articles) => {
		const { files, problems } = readDataFolder(dir());
		expect(problems).toEqual([]);
		expect(files?.articles).toHaveLength(articles);
	});

	it.each<[string, () => string, RegExp]>([
		[
			'a folder with actors.yaml and events/ but no articles',
			() => {
				const dir = join(temp, 'no-articles');
				cpSync(join(FIXTURE, 'actors.yaml'), join(dir, 'actors.yaml'));
				cpSync(join(FIXTURE, 'events'), join(dir, 'events'), { recursive: true });
				return dir;
			},
			/^no articles\/ folder and no \.md, \.txt or \.html files in .*no-articles$/
		],
		[
			'an empty folder',
			() => folder('empty', {}),
			/^no articles\/ folder and no \.md, \.txt or \.html files in .*empty$/
		],
		['a folder that does not exist', () => join(temp, 'missing'), /no such file or directory/]
	])('reports %s as READ_FAILED naming the folder', (_, dir, message) => {
		const path = dir();
		const { files, problems } = readDataFolder(path);
		expect(files).toBeUndefined();
		expect(problems.map(({ code, file }) => ({ code, file }))).toEqual([
			{ code: 'READ_FAILED', file: relative(process.cwd(), path) }
		]);
		expect(problems[0]!.message).toMatch(message);
	});
});
