// `npm run eval [-- --verbose] [--te3 dir] [--gold dir]`: the extraction's measured quality.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readArguments } from '../command-line.ts';
import { formatProblem } from '../../lib/model/problems.ts';
import { readDataFolder } from '../io.ts';
import { printGold, scoreGold } from './gold.ts';
import { printTe3, scoreTe3, TE3_DIR } from './te3.ts';

const usage = 'usage: npm run eval -- [--verbose] [--te3 dir] [--gold dir ...]';

/**
 * The gold sets scored by default: the one the extraction was developed against, and one written
 * afterwards by someone who never saw the extractor, which says how far its rules generalise.
 */
const GOLD_SETS = ['tests/fixtures/gold', 'tests/fixtures/gold-heldout'];

function main(argv: string[]): number {
	const args = readArguments(
		argv,
		{
			verbose: { type: 'boolean', short: 'v' },
			te3: { type: 'string' },
			gold: { type: 'string', multiple: true }
		},
		usage
	);
	if (typeof args === 'number') return args;
	const { verbose = false, te3 = TE3_DIR } = args.values;
	const golds = args.values.gold ?? GOLD_SETS;
	let ok = true;

	if (existsSync(te3)) {
		const report = scoreTe3(te3);
		console.log(printTe3(report, verbose));
		ok &&= report.relaxed.f1 >= 0.92 && report.valueAccuracy >= 0.9;
	} else console.log(`Dates: ${te3} not found; TE3 scoring skipped (pass --te3 <dir>)`);
	console.log('');

	for (const gold of golds) {
		const read = readDataFolder(gold);
		const goldFile = join(gold, 'gold.yaml');
		if (!read.files || !existsSync(goldFile)) {
			for (const problem of read.problems) console.error(formatProblem(problem));
			console.error(`${gold}: not a gold folder (articles/ and gold.yaml)`);
			return 1;
		}
		const scored = scoreGold(read.files, {
			path: relative(process.cwd(), goldFile),
			bytes: readFileSync(goldFile)
		});
		for (const problem of scored.problems) console.error(formatProblem(problem));
		if (!scored.report) return 1;
		console.log(`${gold}: ${printGold(scored.report, verbose)}\n`);
		const r = scored.report;
		ok &&= r.date.f1 >= 0.9 && r.actors.recall >= 0.9 && r.type.accuracy >= 0.85;
	}
	return ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
