/** Items by their id, for the lookups pages and components do (an actor's name, an article's title). */
export function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
	return new Map(items.map((item) => [item.id, item]));
}
