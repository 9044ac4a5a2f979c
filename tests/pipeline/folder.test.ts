import { appendFileSync, cpSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/pipeline/build.ts';
import { extractInWorkers } from '../../src/pipeline/extract/batch.ts';
import { buildFolder } from '../../src/pipeline/folder.ts';
import { readDataFiles, resolveLayout } from '../../src/pipeline/io.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/data');
const temp = mkdtempSync(join(tmpdir(), 'dateline-folder-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function copyFixture(name: string): string {
	const dir = join(temp, name);
	cpSync(FIXTURE, dir, { recursive: true });
	return dir;
}

describe('buildFolder and its extraction cache', () => {
	it('extracts every article once, then only the one that changed', async () => {
		const data = copyFixture('cached');
		const cacheDir = join(temp, 'cache');
		const first = await buildFolder(data, { cacheDir });
		expect(first.stats).toMatchObject({ articles: 3, cached: 0, extracted: 3 });

		const again = await buildFolder(data, { cacheDir });
		expect(again.stats).toMatchObject({ cached: 3, extracted: 0 });
		expect(again.dataset).toEqual(first.dataset);

		const [article] = readdirSync(join(data, 'articles'));
		appendFileSync(join(data, 'articles', article!), '\nRussia and Turkey agreed on Monday to meet again.\n');
		const edited = await buildFolder(data, { cacheDir });
		expect(edited.stats).toMatchObject({ cached: 2, extracted: 1 });
		// What a rebuild from the cache gives is what a build from scratch gives.
		expect(edited.dataset).toEqual((await buildFolder(data, { cacheDir: false })).dataset);
	});

	it('extracts everything again after a change to actors.yaml, which every article depends on', async () => {
		const data = copyFixture('gazetteer');
		const cacheDir = join(temp, 'cache-gazetteer');
		await buildFolder(data, { cacheDir });
		appendFileSync(join(data, 'actors.yaml'), '\n- id: qatar\n  name: Qatar\n  kind: country\n');
		expect((await buildFolder(data, { cacheDir })).stats).toMatchObject({ cached: 0, extracted: 3 });
	});

	it('treats an unreadable cache as empty rather than failing the build', async () => {
		const data = copyFixture('broken-cache');
		const cacheDir = join(temp, 'cache-broken');
		await buildFolder(data, { cacheDir });
		for (const name of readdirSync(cacheDir)) writeFileSync(join(cacheDir, name), '{ not json');
		const built = await buildFolder(data, { cacheDir });
		expect(built.problems).toEqual([]);
		expect(built.stats).toMatchObject({ cached: 0, extracted: 3 });
	});
});

describe('extraction on worker threads', () => {
	it('gives what the main thread gives, article by article', async () => {
		const files = readDataFiles(resolveLayout(FIXTURE));
		const threads = await extractInWorkers(files, files.articles, 2);
		const here = buildDataset(files);
		expect(threads.size).toBe(3);
		expect(threads).toEqual(here.extracted);
		expect(buildDataset(files, { extracted: threads }).dataset).toEqual(here.dataset);
	}, 30_000);

	it('is used when asked for, at most one thread per article', async () => {
		const data = copyFixture('threads');
		const built = await buildFolder(data, { cacheDir: false, workers: 8 });
		expect(built.stats).toMatchObject({ extracted: 3, workers: 3 });
		expect(built.dataset).toEqual((await buildFolder(data, { cacheDir: false })).dataset);
	}, 30_000);
});

describe('buildFolder after an article is copied or renamed', () => {
	it('credits the events to the file as it is named now, with a warm cache', async () => {
		const data = copyFixture('renamed');
		const cacheDir = join(temp, 'cache-renamed');
		const articles = join(data, 'articles');
		await buildFolder(data, { cacheDir });
		const [article] = readdirSync(articles);
		const id = article!.replace(/\.md$/, '');
		const cited = (built: Awaited<ReturnType<typeof buildFolder>>) =>
			new Set(built.dataset!.events.flatMap((e) => e.sources.map((s) => s.article)));

		cpSync(join(articles, article!), join(articles, 'copy.md'));
		const copied = await buildFolder(data, { cacheDir });
		expect(copied.problems).toEqual([]);
		expect([cited(copied).has(id), cited(copied).has('copy')]).toEqual([true, true]);

		renameSync(join(articles, 'copy.md'), join(articles, 'moved.md'));
		const moved = await buildFolder(data, { cacheDir });
		expect(moved.problems).toEqual([]);
		expect([cited(moved).has('copy'), cited(moved).has('moved')]).toEqual([false, true]);
		expect(moved.dataset).toEqual((await buildFolder(data, { cacheDir: false })).dataset);
	});

	it('caches what the build kept when two files share an id, so removing the other changes nothing', async () => {
		const data = copyFixture('same-id');
		const cacheDir = join(temp, 'cache-same-id');
		const articles = join(data, 'articles');
		const [first, second] = readdirSync(articles);
		const id = first!.replace(/\.md$/, '');
		// Another article's text under a name whose slug is the first article's id.
		cpSync(join(articles, second!), join(articles, `${id.toUpperCase()}.md`));
		const clash = await buildFolder(data, { cacheDir });
		expect(clash.problems.map((p) => p.code)).toContain('DUPLICATE_ID');

		rmSync(join(articles, `${id.toUpperCase()}.md`));
		const after = await buildFolder(data, { cacheDir });
		expect(after.problems).toEqual([]);
		expect(after.dataset).toEqual((await buildFolder(data, { cacheDir: false })).dataset);
	});
});
