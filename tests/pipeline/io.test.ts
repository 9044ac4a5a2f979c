import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/pipeline/build.ts';
import { maxFileBytes, readDataFiles, readDataFolder, resolveLayout } from '../../src/pipeline/io.ts';

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

describe('readDataFiles reads only regular files inside the data folder', () => {
	const root = mkdtempSync(join(tmpdir(), 'dateline-io-hostile-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const articles = join(root, 'articles');
	mkdirSync(articles);
	const article =
		'---\ntitle: Talks\npublished: 2019-04-20\nsource: Wire\n---\nRussia and Turkey held talks.\n';
	writeFileSync(join(articles, 'real.md'), article);
	writeFileSync(join(root, 'outside.md'), article);
	symlinkSync(join(articles, 'real.md'), join(articles, 'alias.md'));
	symlinkSync(join(root, 'outside.md'), join(articles, 'escape.md'));
	symlinkSync('/dev/zero', join(articles, 'zero.md'));
	symlinkSync(join(root, 'nothing.md'), join(articles, 'dangling.md'));
	mkdirSync(join(articles, 'folder.md'));
	execFileSync('mkfifo', [join(articles, 'pipe.md')]);
	writeFileSync(join(articles, 'huge.md'), article + 'x'.repeat(2 * 1024 * 1024));

	const files = readDataFiles(resolveLayout(root), root, 1024 * 1024);
	const why = Object.fromEntries((files.unread ?? []).map((p) => [p.file, p.message]));

	it('reads regular files and links to them inside the folder', () => {
		expect(files.articles.map((f) => f.path)).toEqual(['articles/alias.md', 'articles/real.md']);
	});

	it('names, and never opens, every other kind of entry', () => {
		expect((files.unread ?? []).every((p) => p.code === 'READ_FAILED')).toBe(true);
		expect(why['articles/escape.md']).toMatch(/outside the data folder/);
		expect(why['articles/zero.md']).toMatch(/outside the data folder/);
		expect(why['articles/dangling.md']).toMatch(/symbolic link to nothing/);
		expect(why['articles/folder.md']).toMatch(/is a folder/);
		expect(why['articles/pipe.md']).toMatch(/not a regular file/);
		expect(why['articles/huge.md']).toMatch(/over the limit of 1 MB \(DATELINE_MAX_FILE_MB\)/);
	});

	it('stops the build with a problem for each', () => {
		const result = buildDataset(files, { extract: false });
		expect(result.dataset).toBeUndefined();
		expect(result.problems.filter((p) => p.code === 'READ_FAILED')).toHaveLength(6);
	});

	it('takes its limit from DATELINE_MAX_FILE_MB, 20 MB by default', () => {
		expect(maxFileBytes({})).toBe(20 * 1024 * 1024);
		expect(maxFileBytes({ DATELINE_MAX_FILE_MB: '2' })).toBe(2 * 1024 * 1024);
		expect(maxFileBytes({ DATELINE_MAX_FILE_MB: 'lots' })).toBe(20 * 1024 * 1024);
	});
});
