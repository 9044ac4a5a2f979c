/**
 * Build a data folder from disk the fast way: extraction results cached between builds by content,
 * the articles not in the cache extracted on worker threads when there are many. The CLI and the Vite
 * plugin both build through here; `buildDataset` stays the pure core.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { articleIdOf } from './article.ts';
import { buildDataset, type BuildResult } from './build.ts';
import { cacheKeys, extractInWorkers, workersFor, type ExtractionCache } from './extract/batch.ts';
import type { ExtractedEvent } from './extract/types.ts';
import type { ArticleId } from '../lib/model/types.ts';
import {
	extractionCodeFingerprint,
	readDataFolder,
	readExtractionCache,
	writeExtractionCache,
	type DataLayout
} from './io.ts';

export interface FolderOptions {
	overrides?: Partial<DataLayout>;
	/** Where extraction results are kept between builds; `false` turns the cache off. */
	cacheDir?: string | false;
	workers?: number;
	cwd?: string;
}

export interface FolderBuild extends BuildResult {
	stats?: { articles: number; cached: number; extracted: number; workers: number };
}

/** The default cache folder, where build tools keep theirs. */
export const DEFAULT_CACHE_DIR = join('node_modules', '.cache', 'dateline');

export async function buildFolder(dir: string, options: FolderOptions = {}): Promise<FolderBuild> {
	const cwd = options.cwd ?? process.cwd();
	const { files, problems } = readDataFolder(dir, options.overrides, cwd);
	if (!files) return { problems, articles: [], gazetteer: [], places: [], extracted: new Map() };
	const cacheFile =
		options.cacheDir === false
			? undefined
			: join(resolve(cwd, options.cacheDir ?? DEFAULT_CACHE_DIR), `extract-${folderKey(dir, cwd)}.json`);
	const cache = cacheFile ? readExtractionCache(cacheFile) : new Map<string, ExtractedEvent[]>();
	const keys = cacheKeys(files, cacheFile ? extractionCodeFingerprint() : undefined);
	const given = new Map<ArticleId, ExtractedEvent[]>();
	const todo = files.articles.filter((file) => {
		const hit = cache.get(keys.get(articleIdOf(file.path))!);
		if (hit) given.set(articleIdOf(file.path), hit);
		return !hit;
	});
	// Few articles to extract: `buildDataset` extracts them as it parses them. Many: worker threads first.
	const workers = workersFor(todo.length, options.workers);
	if (workers > 1)
		for (const [id, reports] of await extractInWorkers(files, todo, workers)) given.set(id, reports);
	const built = buildDataset(files, { extracted: given });

	// Saved even when the data has problems (fixing one article should not re-extract the others), and
	// only when something changed: an unchanged rebuild writes nothing.
	const next: ExtractionCache = new Map();
	for (const [id, reports] of built.extracted) next.set(keys.get(id)!, reports);
	if (cacheFile && (todo.length > 0 || next.size !== cache.size)) writeExtractionCache(cacheFile, next);
	const stats = {
		articles: files.articles.length,
		cached: files.articles.length - todo.length,
		extracted: todo.length,
		workers
	};
	return { ...built, stats };
}

/** One cache file per data folder, so building two folders in turn does not evict either. */
function folderKey(dir: string, cwd: string): string {
	return createHash('sha1').update(resolve(cwd, dir)).digest('hex').slice(0, 12);
}
