import { describe, expect, it } from 'vitest';
import { buildDataset, type DataFiles } from '../../src/pipeline/build.ts';
import { baseGazetteer } from '../../src/pipeline/world/base.ts';
import { DEMONYMS } from '../../src/pipeline/world/lexicon.ts';
import { overlayGazetteer } from '../../src/pipeline/world/overlay.ts';
import type { GazetteerActor } from '../../src/pipeline/gazetteer.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const lines = (...rows: string[]) => rows.join('\n') + '\n';

const ARTICLE = lines(
	'---',
	'title: NATO enlargement',
	'published: 2019-04-26',
	'source: Test Wire',
	'---',
	'Poland and Hungary met the European Union in Brussels on Thursday.',
	'',
	'Polish officials said on Friday that the talks had gone well.'
);

function build(actors: string, article = ARTICLE) {
	const files: DataFiles = {
		articles: [{ path: 'data/articles/nato.md', bytes: encode(article) }],
		actors: { path: 'data/actors.yaml', bytes: encode(actors) },
		events: []
	};
	return buildDataset(files);
}

const actorsOf = (built: ReturnType<typeof build>) => built.dataset!.events.flatMap((e) => e.actors);

describe('the base gazetteer', () => {
	const base = baseGazetteer();
	const byId = new Map(base.map((a) => [a.id, a]));

	it('has every state of world-countries, historic states and the international bodies, each id once', () => {
		expect(base.length).toBeGreaterThan(270);
		expect(new Set(base.map((a) => a.id)).size).toBe(base.length);
		for (const id of [
			'united-states',
			'united-kingdom',
			'russia',
			'turkey',
			'south-korea',
			'vatican-city',
			'soviet-union',
			'west-germany',
			'east-germany',
			'yugoslavia',
			'czechoslovakia',
			'un',
			'un-security-council',
			'nato',
			'european-union',
			'african-union',
			'organization-of-african-unity',
			'arab-league',
			'opec',
			'iaea',
			'imf',
			'world-bank',
			'wto',
			'who',
			'osce',
			'asean',
			'icj',
			'unesco',
			'red-cross',
			'g7',
			'g20',
			'opcw',
			'interpol'
		]) {
			expect(byId.has(id), id).toBe(true);
		}
	});

	it('gives a state its official name, its capital as a metonym and its demonyms', () => {
		expect(byId.get('poland')).toMatchObject({ name: 'Poland', kind: 'country', demonyms: ['Polish'] });
		expect(byId.get('poland')!.aliases).toEqual(expect.arrayContaining(['Republic of Poland', 'Warsaw']));
		expect(byId.get('turkey')!.name).toBe('Turkey');
		expect(byId.get('icj')!.aliases).toContain('World Court');
	});

	it('leaves out two-letter codes that would match ordinary words, but keeps US and UK', () => {
		const aliases = base.flatMap((a) => a.aliases);
		expect(
			aliases.filter((a) => /^[A-Z]{2}$/.test(a) && !['US', 'UK', 'EU', 'UN', 'AU', 'EC'].includes(a))
		).toEqual([]);
		expect(byId.get('india')!.aliases).not.toContain('IN');
		expect(byId.get('united-states')!.aliases).toContain('US');
	});

	it('gives each demonym to one state, an independent one before a territory', () => {
		expect(DEMONYMS.american).toBe('United States');
		expect(DEMONYMS.french).toBe('France');
		expect(DEMONYMS.soviet).toBe('Soviet Union');
	});
});

describe('buildDataset over the base gazetteer', () => {
	it('finds Poland, Hungary and the EU with an empty actors.yaml', () => {
		const built = build('[]');
		expect(built.problems).toEqual([]);
		expect(new Set(actorsOf(built))).toEqual(new Set(['poland', 'hungary', 'european-union']));
	});

	it('reads a demonym before a state noun as the state: "Polish officials said"', () => {
		const built = build('[]');
		const statement = built.dataset!.events.find((e) => e.type === 'statement');
		expect(statement?.actors).toEqual(['poland']);
	});

	it('lists only the base actors events name, so a dataset does not carry every state', () => {
		const built = build('[]');
		expect(built.dataset!.actors.map((a) => a.id).sort()).toEqual(['european-union', 'hungary', 'poland']);
	});

	it('lists what a named base actor is a member of, so the dataset stays whole', () => {
		const built = build(
			'[]',
			ARTICLE.replace('Polish officials said', 'The UN Security Council said').replace('Poland and ', '')
		);
		const ids = built.dataset!.actors.map((a) => a.id);
		expect(built.problems).toEqual([]);
		expect(ids).toEqual(expect.arrayContaining(['un-security-council', 'un']));
	});

	it('lets actors.yaml override a base actor by id, field by field', () => {
		const built = build(
			lines('- id: poland', '  name: Rzeczpospolita', '  kind: country', '  aliases: [Warszawa]')
		);
		expect(built.problems).toEqual([]);
		const poland = built.dataset!.actors.find((a) => a.id === 'poland')!;
		expect(poland).toMatchObject({ name: 'Rzeczpospolita', aliases: ['Warszawa'] });
		// The demonyms it did not write are the base's.
		expect(actorsOf(built)).toContain('poland');
		expect(built.gazetteer.find((a) => a.id === 'poland')!.demonyms).toEqual(['Polish']);
	});

	it('lets an override leave out name and kind, which come from the base', () => {
		const built = build(lines('- id: hungary', '  aliases: [Budapest, Magyarország]'));
		expect(built.problems).toEqual([]);
		expect(built.dataset!.actors.find((a) => a.id === 'hungary')).toMatchObject({
			name: 'Hungary',
			kind: 'country'
		});
	});

	it('keeps every actor the project writes, named in the text or not', () => {
		const built = build(lines('- id: ruritania', '  name: Ruritania', '  kind: country'));
		expect(built.dataset!.actors.map((a) => a.id)).toContain('ruritania');
	});

	it('reads demonyms a project writes for its own states', () => {
		const built = build(
			lines('- id: ruritania', '  name: Ruritania', '  kind: country', '  demonyms: [Ruritanian]'),
			ARTICLE.replace('Polish officials', 'Ruritanian officials')
		);
		expect(built.dataset!.events.find((e) => e.type === 'statement')?.actors).toEqual(['ruritania']);
	});

	it('reports demonyms that are not a list of words at their line', () => {
		const built = build(lines('- id: ruritania', '  name: Ruritania', '  kind: country', '  demonyms: 3'));
		expect(built.problems.map(({ code, file, line }) => ({ code, file, line }))).toEqual([
			{ code: 'FIELD_INVALID', file: 'data/actors.yaml', line: 4 }
		]);
	});
});

describe('overlayGazetteer', () => {
	const state = (id: string, name: string, aliases: string[] = []): GazetteerActor => ({
		id,
		name,
		kind: 'country',
		aliases,
		memberOf: [],
		roles: []
	});

	it('puts the project first, so its forms win, and drops a base actor whose name the project gave another id', () => {
		const merged = overlayGazetteer(
			[state('us', 'United States', ['America'])],
			[state('united-states', 'United States'), state('canada', 'Canada')]
		);
		expect(merged.map((a) => a.id)).toEqual(['us', 'canada']);
	});
});
