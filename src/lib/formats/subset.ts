/**
 * A dataset of some of a dataset's events: what an export of a filtered view holds. It stays a valid
 * dataset on its own: the actors its events name (with the organisations they are members of, which
 * `memberOf` points at) and the articles its sources cite.
 */

import type { Actor, Dataset, TimelineEvent } from '../model/types.ts';

export function subsetOf(dataset: Dataset, events: readonly TimelineEvent[]): Dataset {
	const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
	const named = new Set<string>();
	const add = (id: string) => {
		if (named.has(id)) return;
		named.add(id);
		for (const parent of actors.get(id)?.memberOf ?? []) add(parent);
	};
	for (const event of events) event.actors.forEach(add);
	const cited = new Set(events.flatMap((event) => event.sources.map((source) => source.article)));
	return {
		version: 1,
		actors: dataset.actors.filter((actor: Actor) => named.has(actor.id)),
		events: [...events],
		articles: dataset.articles.filter((article) => cited.has(article.id))
	};
}
