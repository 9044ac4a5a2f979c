// `npm run eval [-- --verbose] [--record] [--te3 dir] [--gold dir]`: the extraction's measured quality.
import { existsSync, readFileSync } from 'node:fs';
import { readArguments } from '../command-line.ts';
import { formatProblem } from '../../lib/model/problems.ts';
import { writeFailure, writeFileAtomic } from '../io.ts';
import { isHeldOut, printGold } from './gold.ts';
import { figuresOf, missedTargets, type QualityRecord } from './quality.ts';
import { GOLD_SETS, QUALITY_FILE, scoreGoldFolder } from './sets.ts';
import { printTe3, scoreTe3, TE3_DIR } from './te3.ts';

const usage = `usage: npm run eval -- [--verbose] [--record] [--te3 dir] [--gold dir ...]
  --verbose    list every miss and extra (never for a held-out set: a folder whose name has "heldout")
  --record     write today's figures to ${QUALITY_FILE}, the floor npm test holds every gold set to
  --te3 dir    the TempEval-3 Platinum folder (default ${TE3_DIR})
  --gold dir   a gold folder to score (repeatable; default: ${GOLD_SETS.join(', ')})`;

function main(argv: string[]): number {
	const args = readArguments(
		argv,
		{
			verbose: { type: 'boolean', short: 'v' },
			record: { type: 'boolean' },
			te3: { type: 'string' },
			gold: { type: 'string', multiple: true }
		},
		usage
	);
	if (typeof args === 'number') return args;
	const { verbose = false, record = false, te3 = TE3_DIR } = args.values;
	const golds = args.values.gold ?? GOLD_SETS;
	let ok = true;

	if (existsSync(te3)) {
		const report = scoreTe3(te3);
		console.log(printTe3(report, verbose));
		ok &&= report.relaxed.f1 >= 0.92 && report.valueAccuracy >= 0.9;
	} else console.log(`Dates: ${te3} not found; TE3 scoring skipped (pass --te3 <dir>)`);
	console.log('');

	const recorded: QualityRecord = {};
	for (const gold of golds) {
		const scored = scoreGoldFolder(gold);
		if (scored.status === 'no-gold') {
			console.log(`${gold}: skipped, no gold.yaml yet (its articles await annotation)\n`);
			continue;
		}
		if (scored.status === 'failed') {
			for (const problem of scored.problems) console.error(formatProblem(problem));
			console.error(`${gold}: not a gold folder (articles/ and a valid gold.yaml)`);
			return 1;
		}
		console.log(`${gold}: ${printGold(scored.report, { verbose, heldOut: isHeldOut(gold) })}\n`);
		const figures = figuresOf(scored.report);
		recorded[gold] = figures;
		ok &&= missedTargets(figures).length === 0;
	}
	if (record) {
		const previous = existsSync(QUALITY_FILE)
			? (JSON.parse(readFileSync(QUALITY_FILE, 'utf8')) as { sets?: QualityRecord })
			: {};
		const file = {
			about:
				'The floor `npm test` holds each gold set to (tests/pipeline/quality.test.ts). After an improvement, raise it with `npm run eval -- --record` and commit the diff; lowering it needs a reason in the commit message.',
			sets: { ...previous.sets, ...recorded }
		};
		try {
			writeFileAtomic(QUALITY_FILE, JSON.stringify(file, null, '\t') + '\n');
		} catch (error) {
			console.error(formatProblem(writeFailure(QUALITY_FILE, error)));
			return 1;
		}
		console.log(`${QUALITY_FILE}: recorded the figures of ${Object.keys(recorded).join(', ')}`);
	}
	return ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
