import type { Actor, ArticleId, Article, Dataset, TimelineEvent } from '../lib/model/types.ts';
import type { Problem } from '../lib/model/problems.ts';
import { validateDataset } from '../lib/model/validate.ts';
import { isIsoDate } from '../lib/model/dates.ts';
import { compareText } from '../lib/model/sort.ts';
import { articleIdOf, type ParsedArticle } from './article.ts';
import { parseArticleFile } from './article-file.ts';
import { readCuratedEvents } from './curated.ts';
import { readTimeline } from './timelines.ts';
import { readGazetteer, toDatasetActor, type GazetteerActor } from './gazetteer.ts';
import { readPlaces, type Place as Venue } from './places.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { baseGazetteer } from './world/base.ts';
import { overlayGazetteer } from './world/overlay.ts';
import { createExtractor } from './extract/extractor.ts';
import { mergeEvents } from './extract/merge.ts';
import type { ExtractedEvent } from './extract/types.ts';

/** A file handed to the build: its path as the user should see it, and its raw bytes. */
export interface InputFile {
	path: string;
	bytes: Uint8Array;
}

/** Everything the build reads: the articles folder, the two gazetteers and the curated events. */
export interface DataFiles {
	articles: InputFile[];
	actors?: InputFile;
	places?: InputFile;
	events: InputFile[];
	/** TimelineJS JSON or sheet CSV files (`data/timelines/`): curated events too. */
	timelines?: InputFile[];
	/** Files that were listed but not read (not regular, outside the data folder, too large): problems. */
	unread?: Problem[];
}

export interface BuildOptions {
	/**
	 * Events already extracted, by article id (from the cache or worker threads); articles missing
	 * here are extracted in this thread.
	 */
	extracted?: ReadonlyMap<ArticleId, ExtractedEvent[]>;
	/** `false` builds from curated events alone, without reading the article text for events. */
	extract?: boolean;
	/** The gazetteer the project's actors.yaml adds to; by default the one Dateline ships. */
	base?: readonly GazetteerActor[];
}

export interface BuildResult {
	/** Present only when there are no problems: nothing partial is ever handed on. */
	dataset?: Dataset;
	problems: Problem[];
	/** The parsed articles with their bodies, for the stages that read text. */
	articles: ParsedArticle[];
	gazetteer: GazetteerActor[];
	places: Venue[];
	/** Each article's reports as this build used them (given or extracted here), for the cache. */
	extracted: Map<ArticleId, ExtractedEvent[]>;
}

type Origin = { source: YamlSource; index?: number };

/** Build and validate the dataset from the data files. Pure: no disk, no clock. */
export function buildDataset(files: DataFiles, options: BuildOptions = {}): BuildResult {
	const problems: Problem[] = [...(files.unread ?? [])];
	const origins = new Map<object, Origin>();

	const parsed: ParsedArticle[] = [];
	// Files already reported as unreadable: references to what they hold would only repeat the news.
	const unreadableArticles = new Set<string>();
	let unreadableActors = false;
	const fileOfId = new Map<ArticleId, string>();
	for (const file of files.articles) {
		const id = articleIdOf(file.path);
		const first = fileOfId.get(id);
		if (id === '') {
			problems.push({
				code: 'FIELD_INVALID',
				file: file.path,
				line: 1,
				message: 'the file name has no letter or digit to make the article id of; rename it'
			});
			continue;
		}
		if (first !== undefined) {
			// One problem naming both files; the second is left out, so nothing else repeats the news.
			problems.push({
				code: 'DUPLICATE_ID',
				file: file.path,
				line: 1,
				message: `this file and ${first} have the same article id "${id}" (ids are file names as slugs); rename one`
			});
			continue;
		}
		fileOfId.set(id, file.path);
		const text = decode(file, problems);
		const result = text === undefined ? undefined : parseArticleFile(file.path, text);
		if (!result?.parsed) unreadableArticles.add(id);
		if (!result) continue;
		problems.push(...result.problems);
		if (result.parsed) {
			parsed.push(result.parsed);
			origins.set(result.parsed.article, { source: result.parsed.frontMatter });
		}
	}
	const bodies = new Map(parsed.map((p) => [p.article.id, p.body]));

	const written: GazetteerActor[] = [];
	const actorsText = files.actors && decode(files.actors, problems);
	if (files.actors && actorsText === undefined) unreadableActors = true;
	if (files.actors && actorsText !== undefined) {
		const { source, problems: yamlProblems } = parseYaml(actorsText, files.actors.path);
		problems.push(...yamlProblems);
		unreadableActors = !source;
		if (source) {
			const read = readGazetteer(source);
			problems.push(...read.problems);
			for (const { item, index } of read.actors) {
				origins.set(item, { source, index });
				written.push(item);
			}
		}
	}
	const gazetteer = overlayGazetteer(written, options.base ?? baseGazetteer(), (merged, from) =>
		origins.set(merged, origins.get(from)!)
	);

	const places: Venue[] = [];
	const placesText = files.places && decode(files.places, problems);
	if (files.places && placesText !== undefined) {
		const { source, problems: yamlProblems } = parseYaml(placesText, files.places.path);
		problems.push(...yamlProblems);
		if (source) {
			const read = readPlaces(source, new Set(gazetteer.map((a) => a.id)));
			problems.push(...read.problems);
			places.push(...read.places.map((p) => p.item));
		}
	}

	const curated: TimelineEvent[] = [];
	for (const file of files.events) {
		const text = decode(file, problems);
		if (text === undefined) continue;
		const { source, problems: yamlProblems } = parseYaml(text, file.path);
		problems.push(...yamlProblems);
		if (!source) continue;
		const read = readCuratedEvents(source, bodies);
		problems.push(...read.problems);
		for (const { item, index } of read.events) {
			origins.set(item, { source, index });
			curated.push(item);
		}
	}

	for (const file of files.timelines ?? []) {
		const text = decode(file, problems);
		if (text === undefined) continue;
		const read = readTimeline(file.path, text);
		problems.push(...read.problems);
		for (const { item, index } of read.events) {
			origins.set(item, { source: read.source!, index });
			curated.push(item);
		}
	}

	const extracted = extractEvents(parsed, gazetteer, places, options);
	const reports = [...extracted.values()].flat();
	const events = mergeEvents(
		reports,
		curated,
		new Map(gazetteer.map((a) => [a.id, { kind: a.kind, memberOf: a.memberOf }])),
		(merged, from) => origins.set(merged, origins.get(from)!)
	);
	// Extracted events and the actors invented for them were written by nobody: a problem with one is
	// placed at the sentence of the article that gave it.
	const byArticle = new Map(parsed.map((p) => [p.article.id, p]));
	const sentenceOrigin = (article: ArticleId, offset: number): Origin | undefined => {
		const from = byArticle.get(article);
		return from && { source: textSource(from, offset) };
	};
	for (const event of events) {
		const source = event.sources[0];
		const origin = !origins.has(event) && source && sentenceOrigin(source.article, source.start);
		if (origin) origins.set(event, origin);
	}
	const actors = datasetActors(gazetteer, new Set(written.map((a) => a.id)), events, origins);
	for (const { actor, report } of unknownActors(reports, gazetteer)) {
		const origin = sentenceOrigin(report.article, report.quote.start);
		if (origin) origins.set(actor, origin);
		actors.push(actor);
	}

	const articles: Article[] = parsed
		.map((p) => p.article)
		.sort((a, b) => compareText(String(a.published), String(b.published)) || compareText(a.id, b.id));
	const dataset: Dataset = { version: 1, actors, events, articles };

	const gazetteerIds = new Set(gazetteer.map((a) => a.id));
	for (const problem of validateDataset(dataset)) {
		const echo =
			(problem.code === 'UNKNOWN_ACTOR' && unreadableActors) ||
			(problem.code === 'UNKNOWN_ARTICLE' &&
				unreadableArticles.has(String(valueAt(dataset, problem.path)))) ||
			// A badly written actor id is reported once, in actors.yaml, not again at every event naming it.
			(problem.code === 'FIELD_INVALID' &&
				problem.path?.[0] === 'events' &&
				['actors', 'agents', 'recipients'].includes(String(problem.path[2])) &&
				gazetteerIds.has(String(valueAt(dataset, problem.path)))) ||
			isDerivedEnd(problem, dataset, origins);
		if (echo) continue;
		problems.push(
			problem.code === 'DUPLICATE_ID'
				? locateDuplicate(problem, dataset, origins)
				: locate(problem, dataset, origins)
		);
	}
	return {
		dataset: problems.length === 0 ? dataset : undefined,
		problems,
		articles: parsed,
		gazetteer,
		places,
		extracted
	};
}

/**
 * The actors the dataset lists: every actor the project wrote, and of the base gazetteer only those an
 * event names (and what they are members of), so a dataset does not carry 250 states.
 */
function datasetActors(
	gazetteer: readonly GazetteerActor[],
	written: ReadonlySet<string>,
	events: readonly TimelineEvent[],
	origins: Map<object, Origin>
): Actor[] {
	const byId = new Map(gazetteer.map((a) => [a.id, a]));
	const wanted = new Set<string>(written);
	const queue = events.flatMap((e) => (Array.isArray(e.actors) ? e.actors : []));
	for (const id of written)
		queue.push(...(Array.isArray(byId.get(id)?.memberOf) ? byId.get(id)!.memberOf : []));
	while (queue.length > 0) {
		const id = queue.pop()!;
		if (wanted.has(id) || !byId.has(id)) continue;
		wanted.add(id);
		const memberOf = byId.get(id)!.memberOf;
		if (Array.isArray(memberOf)) queue.push(...memberOf);
	}
	return gazetteer
		.filter((a) => wanted.has(a.id))
		.map((actor) => {
			const plain = toDatasetActor(actor);
			const origin = origins.get(actor);
			if (origin) origins.set(plain, origin);
			return plain;
		});
}

/** Every article's reports, from `options.extracted` where given, else extracted here. */
function extractEvents(
	parsed: readonly ParsedArticle[],
	gazetteer: readonly GazetteerActor[],
	places: readonly Venue[],
	options: BuildOptions
): Map<ArticleId, ExtractedEvent[]> {
	const reports = new Map<ArticleId, ExtractedEvent[]>();
	if (options.extract === false) return reports;
	let extract: ReturnType<typeof createExtractor> | undefined;
	for (const article of parsed) {
		// An article with a broken date is reported by the validator; its text cannot be placed in time.
		if (!isIsoDate(String(article.article.published))) continue;
		const given = options.extracted?.get(article.article.id);
		reports.set(article.article.id, given ?? (extract ??= createExtractor(gazetteer, places))(article));
	}
	return reports;
}

/**
 * People and groups the text names but the gazetteer lacks: actors all the same, marked unreviewed,
 * each with the first report that named it.
 */
function unknownActors(
	reports: readonly ExtractedEvent[],
	gazetteer: readonly GazetteerActor[]
): { actor: Actor; report: ExtractedEvent }[] {
	const known = new Set(gazetteer.map((a) => a.id));
	const found = new Map<string, { actor: Actor; report: ExtractedEvent }>();
	for (const report of reports) {
		for (const { id, name, kind } of report.unknownActors ?? []) {
			if (known.has(id) || found.has(id)) continue;
			found.set(id, { actor: { id, name, kind, aliases: [], memberOf: [], unreviewed: true }, report });
		}
	}
	return [...found.values()].sort((a, b) => compareText(a.actor.id, b.actor.id));
}

/** A stand-in source for text that is not YAML: every path in it is the line of `offset` in the body. */
function textSource(article: ParsedArticle, offset: number): YamlSource {
	// Counted only when a problem needs it: most builds place nothing.
	const lineOf = () => {
		let line = article.bodyLine;
		for (let i = article.body.indexOf('\n'); i >= 0 && i < offset; i = article.body.indexOf('\n', i + 1))
			line++;
		return line;
	};
	return { value: undefined, file: article.frontMatter.file, lineOf };
}

/** A problem with an `end` the writer left out: it was derived from `start`, which is reported itself. */
function isDerivedEnd(problem: Problem, dataset: Dataset, origins: Map<object, Origin>): boolean {
	const [collection, index, field] = problem.path ?? [];
	if (collection !== 'events' || field !== 'end' || typeof index !== 'number') return false;
	const origin = origins.get(dataset.events[index]!);
	return origin?.index !== undefined && valueAt(origin.source.value, [origin.index, 'end']) === undefined;
}

function valueAt(value: unknown, path: Problem['path'] = []): unknown {
	return path.reduce<unknown>(
		(v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
		value
	);
}

/** Give a dataset problem the file and line of the value it is about. */
function locate(problem: Problem, dataset: Dataset, origins: Map<object, Origin>): Problem {
	const [collection, index, ...rest] = problem.path ?? [];
	if (typeof collection !== 'string' || typeof index !== 'number') return problem;
	const place = placeOf(itemAt(dataset, collection, index), rest, origins);
	if (!place) return problem;
	// With file and line known, the path narrows to the field inside the item: `start`, not
	// `events[12].start` (an index into the sorted dataset, meaningless to whoever wrote the file).
	return { ...problem, path: rest, ...place };
}

/**
 * A duplicate id, reported where a reader of the files meets it again: the validator flags every
 * occurrence after the first in dataset order, which is sorted by date, not by where things are
 * written. The k-th flagged one becomes the k-th after the first in file order, then line, and
 * names that first occurrence as `file:line`.
 */
function locateDuplicate(problem: Problem, dataset: Dataset, origins: Map<object, Origin>): Problem {
	const [collection, index] = problem.path ?? [];
	if (typeof collection !== 'string' || typeof index !== 'number') return problem;
	const item = itemAt(dataset, collection, index);
	const id = idOf(item);
	const same = ((dataset as unknown as Record<string, unknown[]>)[collection] ?? []).filter(
		(other) => idOf(other) === id
	);
	const places = same.map((other) => placeOf(other, ['id'], origins));
	if (id === undefined || places.some((place) => !place)) return locate(problem, dataset, origins);
	const byPlace = (places as Place[]).sort((a, b) => compareText(a.file, b.file) || a.line - b.line);
	const here = byPlace[same.indexOf(item)]!;
	const first = byPlace[0]!;
	return { ...problem, ...here, path: [], message: `id "${id}" is also used at ${first.file}:${first.line}` };
}

interface Place {
	file: string;
	line: number;
}

function itemAt(dataset: Dataset, collection: string, index: number): unknown {
	return (dataset as unknown as Record<string, unknown[] | undefined>)[collection]?.[index];
}

function idOf(item: unknown): string | undefined {
	const id = (item as { id?: unknown } | null | undefined)?.id;
	return typeof id === 'string' ? id : undefined;
}

/** The file and line of `path` inside a dataset item, if the build knows where the item was written. */
function placeOf(item: unknown, path: Problem['path'], origins: Map<object, Origin>): Place | undefined {
	const origin = item && typeof item === 'object' ? origins.get(item) : undefined;
	if (!origin || !path) return undefined;
	const inSource = origin.index === undefined ? path : [origin.index, ...path];
	return { file: origin.source.file, line: origin.source.lineOf(inSource) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(file: InputFile, problems: Problem[]): string | undefined {
	try {
		return utf8.decode(file.bytes);
	} catch {
		const bad = firstInvalidByte(file.bytes);
		let line = 1;
		for (let i = 0; i < bad; i++) if (file.bytes[i] === 0x0a) line++;
		problems.push({
			code: 'ENCODING',
			file: file.path,
			line,
			message: 'the file is not valid UTF-8; save it as UTF-8'
		});
		return undefined;
	}
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i]!;
		const extra =
			b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
		if (extra < 0) return i;
		for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += extra;
	}
	return bytes.length;
}
