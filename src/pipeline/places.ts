import type { Problem } from '../lib/model/problems.ts';
import { knownFields } from './fields.ts';
import { parseYaml, problemAt, type YamlItem, type YamlSource } from './yaml-source.ts';

/** A place as `data/places.yaml` writes it: the canonical name events carry, and other names for it. */
export interface Place {
	name: string;
	aliases: string[];
	/** The actor id of the state it lies in, when the actor gazetteer has that state. */
	country?: string;
}

const PLACE_FIELDS = ['name', 'aliases', 'country'] as const;

/**
 * Read the place list from parsed YAML, each place with its index in the list. A problem names the
 * file and line of the value at fault; a place with a problem is left out, the others are kept.
 * With `actorIds`, a `country` must be one of them.
 */
export function readPlaces(
	source: YamlSource,
	actorIds?: ReadonlySet<string>
): { places: YamlItem<Place>[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const report = problemAt(source, problems);
	if (!Array.isArray(source.value)) {
		report([], 'FIELD_INVALID', 'places.yaml must be a list of places');
		return { places: [], problems };
	}
	const places: YamlItem<Place>[] = [];
	// A name or alias claimed twice would make the finder's answer depend on file order.
	const claimed = new Map<string, string>();
	source.value.forEach((raw, index) => {
		if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
			return report([index], 'FIELD_INVALID', `place ${index + 1} must be a mapping with a name`);
		}
		const place = knownFields(raw as Record<string, unknown>, PLACE_FIELDS, [index], report);
		const { name, aliases = [], country } = place;
		if (typeof name !== 'string' || name.trim() === '') {
			return report([index], 'FIELD_MISSING', `place ${index + 1} needs a name, e.g. "Sochi"`);
		}
		if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || a.trim() === '')) {
			return report([index, 'aliases'], 'FIELD_INVALID', `place "${name}": aliases must be a list of names`);
		}
		if (country !== undefined && (typeof country !== 'string' || country.trim() === '')) {
			return report([index, 'country'], 'FIELD_INVALID', `place "${name}": country must be an actor id`);
		}
		if (typeof country === 'string' && actorIds && !actorIds.has(country)) {
			return report(
				[index, 'country'],
				'UNKNOWN_ACTOR',
				`place "${name}": country "${country}" is not an actor in actors.yaml`
			);
		}
		const names = [name, ...(aliases as string[])];
		const mine = new Map<string, string>();
		for (const [k, written] of names.entries()) {
			const key = written.trim().toLowerCase();
			const owner = claimed.get(key) ?? mine.get(key);
			if (owner !== undefined) {
				const at = k === 0 ? [index, 'name'] : [index, 'aliases', k - 1];
				return report(at, 'DUPLICATE_ID', `place "${name}": "${written}" is already a name of "${owner}"`);
			}
			mine.set(key, name);
		}
		for (const [key, owner] of mine) claimed.set(key, owner);
		places.push({
			item: { name, aliases: aliases as string[], ...(typeof country === 'string' ? { country } : {}) },
			index
		});
	});
	return { places, problems };
}

/** Parse and read a `places.yaml` text in one step: what the build needs, problems with file:line. */
export function readPlacesText(
	text: string,
	file: string,
	actorIds?: ReadonlySet<string>
): { places: Place[]; problems: Problem[] } {
	const { source, problems } = parseYaml(text, file);
	if (!source) return { places: [], problems };
	const read = readPlaces(source, actorIds);
	return { places: read.places.map((p) => p.item), problems: read.problems };
}
