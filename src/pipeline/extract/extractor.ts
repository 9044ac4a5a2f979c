/**
 * One article in, its reported events out: the stages wired together. Built once per gazetteer, then
 * called per article; pure, so the same text and gazetteers always give the same events.
 */
import type { IsoDate } from '../../lib/model/types.ts';
import type { ParsedArticle } from '../article.ts';
import type { GazetteerActor } from '../gazetteer.ts';
import type { Place } from '../places.ts';
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
export const EXTRACTOR_VERSION = 4;

export type ArticleExtractor = (article: ParsedArticle) => ExtractedEvent[];

export function createExtractor(
	gazetteer: readonly GazetteerActor[],
	places: readonly Place[]
): ArticleExtractor {
	const actors = createActorResolver(gazetteer, { places });
	const placeFinder = createPlaceFinder(places);
	const byId = new Map(gazetteer.map((actor) => [actor.id, actor]));
	const countryOf = new Map(places.flatMap((p) => (p.country ? [[p.name, p.country] as const] : [])));
	const deps = {
		sentences: splitSentences,
		tagDates,
		actors,
		places: placeFinder,
		actorInfo: (id: string) => byId.get(id),
		placeCountry: (name: string) => countryOf.get(name)
	};
	return ({ article, body }) =>
		extractArticle({ id: article.id, published: article.published as IsoDate, body }, deps);
}
