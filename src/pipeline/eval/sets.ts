/**
 * The gold sets `npm run eval` and the quality ratchet score, and scoring one from its folder on disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../../lib/model/problems.ts';
import { readDataFolder } from '../io.ts';
import { scoreGold, type GoldReport } from './gold.ts';

/**
 * The gold sets scored by default: the one the extraction was developed against; one written afterwards
 * by someone who never saw the extractor; and real news from TimeBank annotated blind (`GUIDE.md`), a
 * development part and a held-out part nobody tunes on.
 */
export const GOLD_SETS = [
	'tests/fixtures/gold',
	'tests/fixtures/gold-heldout',
	'tests/fixtures/timebank-dev',
	'tests/fixtures/timebank-heldout'
];

/** The figures `npm test` holds each gold set to (`npm run eval -- --record` writes them). */
export const QUALITY_FILE = 'tests/fixtures/quality.json';

export type FolderScore =
	| { status: 'scored'; report: GoldReport }
	/** A data folder without `gold.yaml` yet (its articles wait for annotation): skipped, not failed. */
	| { status: 'no-gold' }
	| { status: 'failed'; problems: Problem[] };

/** Extract and score the gold folder `dir`; paths in problems are relative to `cwd`. */
export function scoreGoldFolder(dir: string, cwd = process.cwd()): FolderScore {
	const read = readDataFolder(dir, {}, cwd);
	if (!read.files) return { status: 'failed', problems: read.problems };
	const goldFile = join(dir, 'gold.yaml');
	if (!existsSync(goldFile)) return { status: 'no-gold' };
	const scored = scoreGold(read.files, {
		path: relative(cwd, goldFile) || goldFile,
		bytes: readFileSync(goldFile)
	});
	return scored.report
		? { status: 'scored', report: scored.report }
		: { status: 'failed', problems: scored.problems };
}
