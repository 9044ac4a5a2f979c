// `npm run extract -- <dir> [--out file.json] [--actors file] [--events dir]`
import { parseArgs } from 'node:util';
import { formatProblem } from '../lib/model/problems.ts';
import { buildDataset } from './build.ts';
import { readDataFolder, writeFailure, writeFileAtomic } from './io.ts';

const usage =
	'usage: npm run extract -- <dir> [--out file.json] [--actors actors.yaml] [--events events-dir]';

function main(argv: string[]): number {
	let args;
	try {
		args = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				out: { type: 'string' },
				actors: { type: 'string' },
				events: { type: 'string' },
				help: { type: 'boolean' }
			}
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	if (args.values.help) {
		console.log(usage);
		return 0;
	}
	const [dir] = args.positionals;
	if (!dir || args.positionals.length > 1) {
		console.error(usage);
		return 2;
	}
	const read = readDataFolder(dir, { actors: args.values.actors, events: args.values.events });
	if (!read.files) {
		for (const problem of read.problems) console.error(formatProblem(problem));
		return 1;
	}
	const { dataset, problems } = buildDataset(read.files);
	for (const problem of problems) console.error(formatProblem(problem));
	if (!dataset) {
		console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written.`);
		return 1;
	}
	const json = JSON.stringify(dataset, null, '\t') + '\n';
	if (args.values.out) {
		try {
			writeFileAtomic(args.values.out, json);
		} catch (error) {
			console.error(formatProblem(writeFailure(args.values.out, error)));
			return 1;
		}
		console.error(
			`${args.values.out}: ${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.articles.length} articles`
		);
	} else process.stdout.write(json);
	return 0;
}

process.exitCode = main(process.argv.slice(2));
