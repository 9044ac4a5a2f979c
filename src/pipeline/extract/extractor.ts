/**
 * One article in, its reported events out: the stages wired together. Built once per gazetteer, then
 * called per article; pure, so the same text and gazetteers always give the same events.
 */
import type { IsoDate } from '../../lib/model/types.ts';
import { isIsoDate } from '../../lib/model/dates.ts';
import { parseArticle, type ParsedArticle } from '../article.ts';
import type { InputFile } from '../build.ts';
import { readGazetteer, type GazetteerActor } from '../gazetteer.ts';
import { readPlaces, type Place } from '../places.ts';
import { parseYaml } from '../yaml-source.ts';
import { tagDates } from '../timex/tagger.ts';
import { createActorResolver } from './actors.ts';
import { extractArticle } from './article.ts';
import { createPlaceFinder } from './places.ts';
import { splitSentences } from './sentences.ts';
import type { ExtractedEvent } from './types.ts';

/**
 * Bump when extraction changes what it finds: cached results of older versions are then ignored. (The
 * cache also keys on a hash of the extraction sources where they are on disk, as in this repository.)
 */
export const EXTRACTOR_VERSION = 2;

export type ArticleExtractor = (article: ParsedArticle) => ExtractedEvent[];

export function createExtractor(
	gazetteer: readonly GazetteerActor[],
	places: readonly Place[]
): ArticleExtractor {
	const actors = createActorResolver(gazetteer, { places });
	const placeFinder = createPlaceFinder(places);
	const byId = new Map(gazetteer.map((actor) => [actor.id, actor]));
	const deps = {
		sentences: splitSentences,
		tagDates,
		actors,
		places: placeFinder,
		actorInfo: (id: string) => byId.get(id)
	};
	return ({ article, body }) =>
		extractArticle({ id: article.id, published: article.published as IsoDate, body }, deps);
}

/**
 * An extractor from the raw gazetteer files, for worker threads and the cache layer. Problems in them
 * are the dataset build's to report; here a file that cannot be read is simply empty.
 */
export function extractorFromFiles(actors?: InputFile, places?: InputFile): ArticleExtractor {
	const gazetteer = actors
		? readYaml(actors, (source) => readGazetteer(source).actors.map((a) => a.item))
		: [];
	const entries = places ? readYaml(places, (source) => readPlaces(source).places.map((p) => p.item)) : [];
	return createExtractor(gazetteer ?? [], entries ?? []);
}

/** The events of one article file; an unreadable file has none (the build reports it). */
export function extractFile(file: InputFile, extract: ArticleExtractor): ExtractedEvent[] {
	const text = decode(file.bytes);
	const parsed = text === undefined ? undefined : parseArticle(file.path, text).parsed;
	if (!parsed || !isIsoDate(String(parsed.article.published))) return [];
	return extract(parsed);
}

function readYaml<T>(
	file: InputFile,
	read: (source: NonNullable<ReturnType<typeof parseYaml>['source']>) => T
): T | undefined {
	const text = decode(file.bytes);
	const source = text === undefined ? undefined : parseYaml(text, file.path).source;
	return source ? read(source) : undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string | undefined {
	try {
		return utf8.decode(bytes);
	} catch {
		return undefined;
	}
}
