/**
 * The base gazetteer Dateline ships: every state of the `world-countries` package (corrected and
 * completed by `countries.yaml`), the historic states news archives name (`historic.yaml`) and the main
 * international bodies (`bodies.yaml`). A project's actors.yaml adds to it and overrides it by id.
 */
import { slugify } from '../slug.ts';
import type { GazetteerActor } from '../gazetteer.ts';
import { readShipped, readWorldCountries, type WorldCountry } from './read.ts';

/** What `countries.yaml` may say about a state, by its alpha-3 code. */
interface Adjustment {
	id?: string;
	name?: string;
	aliases?: string[];
	demonyms?: string[];
	capital?: false;
}

let cached: GazetteerActor[] | undefined;

/** The base gazetteer, built once: bodies first, then today's states, then historic ones. */
export function baseGazetteer(): readonly GazetteerActor[] {
	cached ??= [
		...actorsFrom(readShipped('bodies')),
		...states(readWorldCountries().countries, readShipped('countries') as Record<string, Adjustment>),
		...actorsFrom(readShipped('historic'))
	];
	return cached;
}

function actorsFrom(value: unknown): GazetteerActor[] {
	return (value as Partial<GazetteerActor>[]).map((a) => ({
		aliases: [],
		memberOf: [],
		roles: [],
		demonyms: [],
		...a
	})) as GazetteerActor[];
}

/**
 * Today's states. Independent states come before territories, so a demonym both use ("American": the
 * United States, the Northern Mariana Islands) goes to the state.
 */
function states(
	countries: readonly WorldCountry[],
	adjustments: Record<string, Adjustment>
): GazetteerActor[] {
	const ordered = [...countries].sort((a, b) => Number(!a.independent) - Number(!b.independent));
	const demonymsTaken = new Set<string>();
	return ordered.map((country) => {
		const fix = adjustments[country.cca3] ?? {};
		const name = fix.name ?? country.name.common;
		const capitals = fix.capital === false || !country.independent ? [] : (country.capital ?? []);
		const aliases = unique(
			[
				...(fix.name ? [country.name.common] : []),
				country.name.official,
				...country.altSpellings.filter(isUsefulSpelling),
				...capitals,
				...(fix.aliases ?? [])
			].filter((alias) => alias !== name)
		);
		const english = country.demonyms?.eng;
		const demonyms = (
			fix.demonyms ?? unique([english?.m, english?.f].filter((d): d is string => !!d))
		).filter((d) => !demonymsTaken.has(d.toLowerCase()));
		for (const d of demonyms) demonymsTaken.add(d.toLowerCase());
		return {
			id: fix.id ?? slugify(country.name.common),
			name,
			kind: 'country',
			aliases,
			memberOf: [],
			roles: [],
			demonyms
		};
	});
}

/**
 * Alternative spellings worth matching: not the two-letter codes ("IN", "IT", "NO" would match ordinary
 * words in capitals; "US" and "UK" are the exceptions news writes), and only in Latin script.
 */
function isUsefulSpelling(spelling: string): boolean {
	if (/^[A-Z]{2}$/.test(spelling)) return spelling === 'US' || spelling === 'UK';
	return /^[\p{Script=Latin}\p{N}\s.,'’()-]+$/u.test(spelling);
}

function unique(values: readonly string[]): string[] {
	return [...new Set(values)];
}
