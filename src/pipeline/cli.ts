// `npm run extract -- <dir> [--out file.json] [--unknown [--stub]] …` — see `usage` below.
import { counted } from '../lib/model/format.ts';
import type { IsoDate } from '../lib/model/types.ts';
import { formatActorsStub } from './actors-stub.ts';
import { readArguments } from './command-line.ts';
import { formatProblem } from '../lib/model/problems.ts';
import { createActorResolver } from './extract/actors.ts';
import { splitSentences } from './extract/sentences.ts';
import { countUnknownNames, type UnknownName } from './extract/unknown.ts';
import { buildFolder, type FolderBuild } from './folder.ts';
import { writeFailure, writeFileAtomic } from './io.ts';

const usage = `usage: npm run extract -- <dir> [options]
  <dir>               a data folder (articles/, actors.yaml, places.yaml, events/) or an articles folder
  --out file.json     write the dataset there (whole or not at all) instead of to stdout
  --unknown           list instead the people, organisations and states the articles name that the
                      gazetteers lack: mentions, articles, kind (? when unsure), name, shorter forms
  --stub              with --unknown: print them as an actors.yaml stub to edit and paste
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
			stub: { type: 'boolean' },
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
	if (
		!dir ||
		(args.values.stub && !args.values.unknown) ||
		(workers !== undefined && !(Number.isInteger(workers) && workers > 0))
	) {
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
		const names = unknownNames(built);
		const ids = new Set(built.gazetteer.map((a) => a.id));
		process.stdout.write(args.values.stub ? formatActorsStub(names, ids) : unknownReport(names));
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

/** The names the folder's articles give that its gazetteers (actors and places) lack. */
function unknownNames(built: FolderBuild): UnknownName[] {
	const places = new Set(built.places.flatMap((p) => [p.name, ...p.aliases].map((n) => n.toLowerCase())));
	const actors = createActorResolver(built.gazetteer, { places: built.places });
	const articles = built.articles.map((a) => ({ body: a.body, published: a.article.published as IsoDate }));
	return countUnknownNames(articles, { sentences: splitSentences, actors, places });
}

/** `mentions<TAB>articles<TAB>kind<TAB>name<TAB>shorter forms`, one name a line, most mentioned first. */
function unknownReport(names: readonly UnknownName[]): string {
	if (names.length === 0) return 'every name the articles give is in the gazetteers\n';
	const rows = names.map((n) =>
		[n.mentions, n.articles, n.place ? 'place?' : (n.kind ?? '?'), n.name, n.aliases.join(', ')].join('\t')
	);
	return ['mentions\tarticles\tkind\tname\tshorter forms', ...rows].join('\n') + '\n';
}

process.exitCode = await main(process.argv.slice(2));
