/**
 * The benchmark's synthetic datasets as JSON files, written once per size and seed and reused:
 * generating 100,000 events takes longer than some of the things measured.
 */

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticDataset } from '../support/synthetic.ts';

/** Where the bench writes datasets and sites; `DATELINE_BENCH_DIR` moves it (one per worktree). */
export const BENCH_DIR = process.env.DATELINE_BENCH_DIR ?? join(tmpdir(), 'dateline-bench');

/** The path of the synthetic dataset with `events` events, written if it is not there yet. */
export function syntheticFile(events: number, seed = 1, dir = BENCH_DIR): string {
	const file = join(dir, `synthetic-quotes-${events}-${seed}.json`);
	if (!existsSync(file)) {
		mkdirSync(dir, { recursive: true });
		writeFileSync(file, JSON.stringify(syntheticDataset({ events, seed })));
	}
	return file;
}

// `tsx tests/bench/datasets.ts 100000` prints the path, for building a site by hand.
if (process.argv[1] === import.meta.filename) {
	for (const n of process.argv.slice(2)) console.log(syntheticFile(Number(n)));
}
