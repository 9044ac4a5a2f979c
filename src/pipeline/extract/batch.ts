/**
 * Extraction over a whole data folder: cached by content, spread over worker threads when there is a
 * lot to do. The per-article work is pure (`extractor.ts`); this file decides what needs doing and where.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleId } from '../../lib/model/types.ts';
import { articleIdOf } from '../article.ts';
import type { DataFiles, InputFile } from '../build.ts';
import { EXTRACTOR_VERSION, extractFile, extractorFromFiles } from './extractor.ts';
import type { ExtractedEvent } from './types.ts';

/** Extraction results by cache key: an article's content and everything the extraction read besides. */
export type ExtractionCache = Map<string, ExtractedEvent[]>;

export interface BatchOptions {
	/** Results of earlier runs; hits are reused, and the returned cache holds exactly this run's keys. */
	cache?: ExtractionCache;
	/** Worker threads to use for the articles not in the cache; default: one per core when it pays. */
	workers?: number;
	/** What identifies the extraction code (a hash of its sources): a change to it empties the cache. */
	codeVersion?: string;
}

export interface BatchResult {
	extracted: Map<ArticleId, ExtractedEvent[]>;
	cache: ExtractionCache;
	stats: { articles: number; cached: number; extracted: number; workers: number };
}

/**
 * Below this many articles to extract, starting threads costs more than it saves: each worker loads
 * the TypeScript pipeline afresh (1.5-2 s), and one thread extracts 1,000-1,100 articles a second
 * (`npm run bench`: at 5,000 articles two workers only broke even).
 */
const WORKER_THRESHOLD = 10_000;

/**
 * Extract every article of `files`, reusing cached results. An article that cannot be read or parsed
 * yields nothing here; the dataset build reports why.
 */
export async function extractAll(files: DataFiles, options: BatchOptions = {}): Promise<BatchResult> {
	const context = contextKey(files, options.codeVersion ?? '');
	const cache: ExtractionCache = new Map();
	const extracted = new Map<ArticleId, ExtractedEvent[]>();
	const todo: { file: InputFile; key: string }[] = [];
	for (const file of files.articles) {
		// The article's id is part of what is cached (each event names it): a renamed or copied file
		// with the same text is a different entry.
		const key = `${context}:${articleIdOf(file.path)}:${hash(file.bytes)}`;
		const hit = options.cache?.get(key) ?? cache.get(key);
		if (hit) {
			cache.set(key, hit);
			extracted.set(articleIdOf(file.path), hit);
		} else todo.push({ file, key });
	}
	// Asked for, a number of workers is used as given (up to one per article); else only when it pays.
	const wanted = options.workers ?? (todo.length >= WORKER_THRESHOLD ? availableParallelism() : 1);
	const workers = Math.max(1, Math.min(wanted, todo.length));
	const results =
		workers > 1
			? await inWorkers(files, todo, workers)
			: inThread(
					files,
					todo.map((t) => t.file)
				);
	todo.forEach(({ file, key }, i) => {
		cache.set(key, results[i]!);
		extracted.set(articleIdOf(file.path), results[i]!);
	});
	return {
		extracted,
		cache,
		stats: {
			articles: files.articles.length,
			cached: files.articles.length - todo.length,
			extracted: todo.length,
			workers
		}
	};
}

function inThread(files: DataFiles, articles: InputFile[]): ExtractedEvent[][] {
	const extractor = extractorFromFiles(files.actors, files.places);
	return articles.map((file) => extractFile(file, extractor));
}

/** Split the work into one contiguous share per worker; each builds its own extractor once. */
async function inWorkers(
	files: DataFiles,
	todo: { file: InputFile }[],
	count: number
): Promise<ExtractedEvent[][]> {
	const size = Math.ceil(todo.length / count);
	const shares = Array.from({ length: count }, (_, i) =>
		todo.slice(i * size, (i + 1) * size).map((t) => t.file)
	);
	const parts = await Promise.all(
		shares.map(
			(articles) =>
				new Promise<ExtractedEvent[][]>((resolve, reject) => {
					const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
						workerData: { actors: files.actors, places: files.places, articles }
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
	return parts.flat();
}

/** What every article's extraction depends on besides its own text. */
function contextKey(files: DataFiles, codeVersion: string): string {
	const h = createHash('sha1').update(`${EXTRACTOR_VERSION}:${codeVersion}`);
	for (const file of [files.actors, files.places])
		h.update('\0').update(file ? file.bytes : new Uint8Array());
	return h.digest('hex').slice(0, 16);
}

function hash(bytes: Uint8Array): string {
	return createHash('sha1').update(bytes).digest('hex');
}
