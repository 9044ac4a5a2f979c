// `npm run bench` (extraction part): how fast the pipeline turns articles into a dataset.
//   - throughput: 1,000 articles through the whole pipeline (read, parse, extract, merge, validate)
//     on one core — one thread, no cache; then with worker threads on every core;
//   - incremental: the same 1,000 with a warm cache after one article is edited.
// The corpus is data/articles, copied with a line of its own per copy so that every file is new
// text to the cache. Prints a Markdown table.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFolder } from '../../src/pipeline/folder.ts';

const COUNT = Number(process.env.BENCH_ARTICLES ?? 1000);
const TARGET_RATE = 300;
const TARGET_INCREMENTAL_MS = 2000;

const root = mkdtempSync(join(tmpdir(), 'dateline-bench-extract-'));
try {
	const articles = join(root, 'articles');
	mkdirSync(articles);
	cpSync('data/actors.yaml', join(root, 'actors.yaml'));
	cpSync('data/places.yaml', join(root, 'places.yaml'));
	const sources = readdirSync('data/articles')
		.filter((name) => name.endsWith('.md'))
		.map((name) => ({ name, text: readFileSync(join('data/articles', name), 'utf8') }));
	let bytes = 0;
	for (let i = 0; i < COUNT; i++) {
		const { name, text } = sources[i % sources.length]!;
		const copy = `${text.trimEnd()}\n\nThis is copy ${i} of the report.\n`;
		bytes += Buffer.byteLength(copy);
		writeFileSync(join(articles, `${String(i).padStart(4, '0')}-${name}`), copy);
	}
	const cacheDir = join(root, 'cache');
	const time = async (run: () => Promise<unknown>) => {
		const t0 = performance.now();
		await run();
		return performance.now() - t0;
	};

	// Warm up the code paths (module loading, JIT) on a few articles, as a long-running build would be.
	await buildFolder(articles, { cacheDir: false, workers: 1 });

	const oneCore = await time(() => buildFolder(articles, { cacheDir: false, workers: 1 }));
	const cores = availableParallelism();
	const allCores = await time(() => buildFolder(articles, { cacheDir: false, workers: cores }));
	const first = await time(() => buildFolder(articles, { cacheDir }));
	const edited = join(articles, readdirSync(articles)[COUNT >> 1]!);
	writeFileSync(edited, readFileSync(edited, 'utf8') + 'One more sentence was added on Tuesday.\n');
	let stats;
	const incremental = await time(async () => {
		stats = (await buildFolder(articles, { cacheDir })).stats;
	});
	const built = await buildFolder(articles, { cacheDir });

	const rate = (ms: number) => Math.round(COUNT / (ms / 1000));
	const ok = (good: boolean) => (good ? '✓' : '✗');
	console.log(
		`\n### Extraction: ${COUNT} articles (${(bytes / 1024 / COUNT).toFixed(1)} KB each on average)\n`
	);
	console.log('| run | time | articles/s | target |');
	console.log('|---|---:|---:|---|');
	console.log(
		`| whole pipeline, one thread, no cache | ${oneCore.toFixed(0)} ms | ${rate(oneCore)} | ≥ ${TARGET_RATE}/s ${ok(rate(oneCore) >= TARGET_RATE)} |`
	);
	console.log(
		`| whole pipeline, ${cores} worker threads, no cache | ${allCores.toFixed(0)} ms | ${rate(allCores)} | |`
	);
	console.log(`| first build, filling the cache | ${first.toFixed(0)} ms | ${rate(first)} | |`);
	console.log(
		`| rebuild after editing one article | ${incremental.toFixed(0)} ms | | < ${TARGET_INCREMENTAL_MS} ms ${ok(incremental < TARGET_INCREMENTAL_MS)} |`
	);
	console.log(
		`\nRebuild: ${JSON.stringify(stats)}; dataset: ${built.dataset?.events.length} events, ${built.problems.length} problems.`
	);
} finally {
	rmSync(root, { recursive: true, force: true });
}
