/** Items by their id, for the lookups pages and components do (an actor's name, an article's title). */
export function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
	return new Map(items.map((item) => [item.id, item]));
}

/** Each id of `ids` listed before, as its position and the position it was first listed at. */
export function* repeats(ids: readonly string[]): Generator<[at: number, first: number]> {
	const seen = new Map<string, number>();
	for (const [at, id] of ids.entries()) {
		const first = seen.get(id);
		if (first === undefined) seen.set(id, at);
		else yield [at, first];
	}
}
