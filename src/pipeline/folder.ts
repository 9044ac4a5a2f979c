/**
 * Build a data folder from disk the fast way: extraction results cached between builds by content,
 * the articles not in the cache extracted on worker threads when there are many. The CLI and the Vite
 * plugin both build through here; `buildDataset` stays the pure core.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { buildDataset, type BuildResult } from './build.ts';
import { extractAll, type BatchResult } from './extract/batch.ts';
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
	stats?: BatchResult['stats'];
}

/** The default cache folder, where build tools keep theirs. */
export const DEFAULT_CACHE_DIR = join('node_modules', '.cache', 'dateline');

export async function buildFolder(dir: string, options: FolderOptions = {}): Promise<FolderBuild> {
	const cwd = options.cwd ?? process.cwd();
	const { files, problems } = readDataFolder(dir, options.overrides, cwd);
	if (!files) return { problems, articles: [], gazetteer: [], places: [] };
	const cacheFile =
		options.cacheDir === false
			? undefined
			: join(resolve(cwd, options.cacheDir ?? DEFAULT_CACHE_DIR), `extract-${folderKey(dir, cwd)}.json`);
	const cache = cacheFile ? readExtractionCache(cacheFile) : undefined;
	const batch = await extractAll(files, {
		cache,
		workers: options.workers,
		codeVersion: cache ? extractionCodeFingerprint() : undefined
	});
	const built = buildDataset(files, { extracted: batch.extracted });
	// Saved even when the data has problems (fixing one article should not re-extract the others), and
	// only when something changed: an unchanged rebuild writes nothing.
	const changed = batch.stats.extracted > 0 || batch.cache.size !== cache?.size;
	if (cacheFile && changed) writeExtractionCache(cacheFile, batch.cache);
	return { ...built, stats: batch.stats };
}

/** One cache file per data folder, so building two folders in turn does not evict either. */
function folderKey(dir: string, cwd: string): string {
	return createHash('sha1').update(resolve(cwd, dir)).digest('hex').slice(0, 12);
}
