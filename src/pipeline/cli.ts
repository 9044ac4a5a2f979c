// `npm run extract -- <dir> [--out file.json] [--unknown] …` — see `usage` below.
import { counted } from '../lib/model/format.ts';
import { readArguments } from './command-line.ts';
import { formatProblem } from '../lib/model/problems.ts';
import { buildFolder } from './folder.ts';
import { writeFailure, writeFileAtomic } from './io.ts';

const usage = `usage: npm run extract -- <dir> [options]
  <dir>               a data folder (articles/, actors.yaml, places.yaml, events/) or an articles folder
  --out file.json     write the dataset there (whole or not at all) instead of to stdout
  --unknown           list the names the text gives that actors.yaml lacks, with counts, instead
  --actors file       the actors gazetteer (default: actors.yaml beside the articles)
  --places file       the places gazetteer (default: places.yaml beside the articles)
  --events dir        the curated events folder (default: events/ beside the articles)
  --no-cache          extract every article again instead of reusing earlier results
  --workers n         worker threads for extraction (default: one per core for large folders)`;

async function main(argv: string[]): Promise<number> {
	const args = readArguments(
		argv,
		{
			out: { type: 'string' },
			unknown: { type: 'boolean' },
			actors: { type: 'string' },
			places: { type: 'string' },
			events: { type: 'string' },
			'no-cache': { type: 'boolean' },
			workers: { type: 'string' }
		},
		usage,
		[1, 1]
	);
	if (typeof args === 'number') return args;
	const [dir] = args.positionals;
	const workers = args.values.workers === undefined ? undefined : Number(args.values.workers);
	if (!dir || (workers !== undefined && !(Number.isInteger(workers) && workers > 0))) {
		console.error(usage);
		return 2;
	}
	const { actors, places, events } = args.values;
	const built = await buildFolder(dir, {
		overrides: { actors, places, events },
		cacheDir: args.values['no-cache'] ? false : undefined,
		workers
	});
	const { dataset, problems } = built;
	for (const problem of problems) console.error(formatProblem(problem));
	if (!dataset) {
		console.error(`${counted(problems.length, 'problem')}; nothing was written.`);
		return 1;
	}
	if (args.values.unknown) {
		process.stdout.write(unknownReport(dataset));
		return 0;
	}
	const json = JSON.stringify(dataset, null, '\t') + '\n';
	if (args.values.out) {
		try {
			writeFileAtomic(args.values.out, json);
		} catch (error) {
			console.error(formatProblem(writeFailure(args.values.out, error)));
			return 1;
		}
		const s = built.stats;
		console.error(
			`${args.values.out}: ${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.articles.length} articles` +
				(s ? ` (${s.extracted} extracted, ${s.cached} from the cache)` : '')
		);
	} else process.stdout.write(json);
	return 0;
}

/**
 * The unreviewed actors, most reported first: `count<TAB>id<TAB>kind<TAB>name`, one a line, ready to
 * be copied into actors.yaml.
 */
function unknownReport(dataset: NonNullable<Awaited<ReturnType<typeof buildFolder>>['dataset']>): string {
	const counts = new Map<string, number>();
	for (const event of dataset.events)
		for (const id of event.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
	const rows = dataset.actors
		.filter((a) => a.unreviewed)
		.map((a) => ({ actor: a, count: counts.get(a.id) ?? 0 }))
		.sort((a, b) => b.count - a.count || (a.actor.id < b.actor.id ? -1 : 1));
	if (rows.length === 0) return 'every name the articles give is in the gazetteer\n';
	return (
		rows.map(({ actor, count }) => `${count}\t${actor.id}\t${actor.kind}\t${actor.name}`).join('\n') + '\n'
	);
}

process.exitCode = await main(process.argv.slice(2));
