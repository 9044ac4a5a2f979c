/**
 * What a build of many articles needs besides the pure extraction: which articles the cache already
 * answers (keys by content), and worker threads for the rest when there are many. Parsing and
 * extracting stay in `buildDataset`, which the workers run too, on their share of the articles.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleId } from '../../lib/model/types.ts';
import { articleIdOf } from '../article.ts';
import type { DataFiles, InputFile } from '../build.ts';
import { EXTRACTOR_VERSION } from './extractor.ts';
import type { ExtractedEvent } from './types.ts';

/** Extraction results by cache key: an article's content and everything the extraction read besides. */
export type ExtractionCache = Map<string, ExtractedEvent[]>;

/**
 * Below this many articles to extract, starting threads costs more than it saves: each worker loads
 * the TypeScript pipeline afresh (1.5-2 s), and one thread extracts 1,000-1,100 articles a second
 * (`npm run bench`: at 5,000 articles two workers only broke even).
 */
const WORKER_THRESHOLD = 10_000;

/**
 * Each article's cache key: its id and content, the gazetteers, and the extraction code's version
 * (`codeVersion`, a hash of its sources). The id is part of what is cached (each event names its
 * article), so a renamed or copied file with the same text is a different entry.
 */
export function cacheKeys(files: DataFiles, codeVersion = ''): Map<ArticleId, string> {
	const context = createHash('sha1').update(`${EXTRACTOR_VERSION}:${codeVersion}`);
	for (const file of [files.actors, files.places]) {
		context.update('\0').update(file ? file.bytes : new Uint8Array());
	}
	const prefix = context.digest('hex').slice(0, 16);
	const keys = new Map<ArticleId, string>();
	for (const file of files.articles) {
		const id = articleIdOf(file.path);
		// Two files with one id: the build keeps the first (and reports the other), so the key is its.
		if (keys.has(id)) continue;
		keys.set(id, `${prefix}:${id}:${createHash('sha1').update(file.bytes).digest('hex')}`);
	}
	return keys;
}

/** How many threads to extract `count` articles on: as asked (at most one per article), else when it pays. */
export function workersFor(count: number, asked?: number): number {
	const wanted = asked ?? (count >= WORKER_THRESHOLD ? availableParallelism() : 1);
	return Math.max(1, Math.min(wanted, count));
}

/**
 * Extract `articles` on `count` worker threads, one contiguous share each. Every worker builds its
 * share with `buildDataset` (gazetteers included), so a thread parses and extracts exactly as the
 * main thread would; articles that cannot be read yield nothing here, and the main build reports them.
 */
export async function extractInWorkers(
	files: DataFiles,
	articles: readonly InputFile[],
	count: number
): Promise<Map<ArticleId, ExtractedEvent[]>> {
	const size = Math.ceil(articles.length / count);
	const shares = Array.from({ length: count }, (_, i) => articles.slice(i * size, (i + 1) * size));
	const parts = await Promise.all(
		shares.map(
			(share) =>
				new Promise<[ArticleId, ExtractedEvent[]][]>((resolve, reject) => {
					const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
						workerData: { actors: files.actors, places: files.places, articles: share }
					});
					worker.once('message', resolve);
					worker.once('error', reject);
					worker.once(
						'exit',
						(code) => code !== 0 && reject(new Error(`extraction worker exited with ${code}`))
					);
				})
		)
	);
	return new Map(parts.flat());
}
