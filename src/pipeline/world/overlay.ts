/**
 * A project's gazetteer over the base one: the project's actors add to the base and override it by id,
 * field by field. A field the project writes (a name, a kind, a non-empty list of aliases, demonyms,
 * memberOf or roles) replaces the base's; a field it leaves out (or empty) keeps the base's. So a project
 * that writes `aliases: [Republic of Kazakhstan]` means exactly those, not also the capital "Astana",
 * which its articles use for a peace process.
 */
import type { GazetteerActor } from '../gazetteer.ts';

/**
 * The project's actors first (the first actor to claim a form keeps it, so the project's word wins),
 * each merged with the base actor of its id; then the base actors the project does not name. A base
 * actor whose name the project gives to an actor of another id (`us` named "United States") is the
 * project's: it is left out, so one state does not answer to two ids.
 */
export function overlayGazetteer(
	project: readonly GazetteerActor[],
	base: readonly GazetteerActor[],
	/** Told which actor each project actor became, so problems can still point at its file and line. */
	onMerged?: (merged: GazetteerActor, written: GazetteerActor) => void
): GazetteerActor[] {
	const baseById = new Map(base.map((a) => [a.id, a]));
	const projectIds = new Set(project.map((a) => a.id));
	const claimed = new Set(
		project.flatMap((a) => [a.name, ...(Array.isArray(a.aliases) ? a.aliases : [])]).map(lower)
	);
	const merged = project.map((written) => {
		const under = baseById.get(written.id);
		const actor = under ? mergeActor(under, written) : written;
		onMerged?.(actor, written);
		return actor;
	});
	const rest = base.filter((a) => !projectIds.has(a.id) && !claimed.has(lower(a.name)));
	return [...merged, ...rest];
}

function mergeActor(base: GazetteerActor, written: GazetteerActor): GazetteerActor {
	const pick = <T>(mine: T[] | undefined, theirs: T[] | undefined): T[] =>
		Array.isArray(mine) && mine.length === 0 ? (theirs ?? []) : (mine ?? theirs ?? []);
	return {
		...written,
		name: written.name ?? base.name,
		kind: written.kind ?? base.kind,
		aliases: pick(written.aliases, base.aliases),
		memberOf: pick(written.memberOf, base.memberOf),
		roles: pick(written.roles, base.roles),
		demonyms: pick(written.demonyms, base.demonyms)
	};
}

function lower(name: unknown): string {
	return typeof name === 'string' ? name.toLowerCase() : '';
}
