import { describe, expect, it } from 'vitest';
import { readPlaces, readPlacesText } from '../../src/pipeline/places.ts';
import { parseYaml } from '../../src/pipeline/yaml-source.ts';

/** One line per argument, so line N of the file is argument N. */
const lines = (...rows: string[]) => rows.join('\n') + '\n';

function read(text: string, actorIds?: Set<string>) {
	const { source, problems } = parseYaml(text, 'data/places.yaml');
	if (!source) throw new Error(`fixture does not parse: ${JSON.stringify(problems)}`);
	return readPlaces(source, actorIds);
}

describe('readPlaces', () => {
	it('reads names, aliases and countries, aliases defaulting to none', () => {
		const { places, problems } = read(
			lines('- name: Astana', '  aliases: [Nur-Sultan]', '  country: kazakhstan', '- name: Geneva')
		);
		expect(problems).toEqual([]);
		expect(places).toEqual([
			{ item: { name: 'Astana', aliases: ['Nur-Sultan'], country: 'kazakhstan' }, index: 0 },
			{ item: { name: 'Geneva', aliases: [] }, index: 1 }
		]);
	});

	it.each([
		['not a list', lines('name: Sochi'), 'FIELD_INVALID', 1],
		['an item that is not a mapping', lines('- name: Sochi', '- Geneva'), 'FIELD_INVALID', 2],
		['a place without a name', lines('- name: Sochi', '- aliases: [Nur-Sultan]'), 'FIELD_MISSING', 2],
		['aliases that are not a list', lines('- name: Sochi', '  aliases: Adler'), 'FIELD_INVALID', 2],
		['an unknown field', lines('- name: Sochi', '  alias: [Adler]'), 'FIELD_UNKNOWN', 2],
		['a country that is not an actor', lines('- name: Sochi', '  country: russland'), 'UNKNOWN_ACTOR', 2],
		['a name given twice', lines('- name: Sochi', '- name: Geneva', '- name: sochi'), 'DUPLICATE_ID', 3],
		[
			'an alias that is another place',
			lines('- name: Astana', '- name: Geneva', '  aliases: [Palais des Nations, Astana]'),
			'DUPLICATE_ID',
			3
		]
	])('reports %s with file and line', (_, text, code, line) => {
		const { problems } = read(text, new Set(['russia']));
		expect(problems.map((p) => [p.code, p.file, p.line])).toEqual([[code, 'data/places.yaml', line]]);
	});

	it('keeps the other places when one has a problem', () => {
		const { places } = read(lines('- name: Sochi', '- aliases: [x]', '- name: Geneva'));
		expect(places.map((p) => [p.item.name, p.index])).toEqual([
			['Sochi', 0],
			['Geneva', 2]
		]);
	});

	it('accepts any country without a list of actor ids', () => {
		expect(read(lines('- name: Sochi', '  country: russland')).problems).toEqual([]);
	});
});

describe('readPlacesText', () => {
	it('reads the places of a YAML text', () => {
		expect(readPlacesText(lines('- name: Sochi'), 'data/places.yaml')).toEqual({
			places: [{ name: 'Sochi', aliases: [] }],
			problems: []
		});
	});

	it('reports a YAML syntax error with file and line', () => {
		const { places, problems } = readPlacesText(lines('- name: Sochi', '  name: Geneva'), 'data/places.yaml');
		expect(places).toEqual([]);
		expect(problems.map((p) => [p.code, p.file, p.line])).toEqual([['YAML_SYNTAX', 'data/places.yaml', 2]]);
	});
});
