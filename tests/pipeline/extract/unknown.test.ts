import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/lib/model/types.ts';
import { formatActorsStub } from '../../../src/pipeline/actors-stub.ts';
import { buildDataset } from '../../../src/pipeline/build.ts';
import { createActorResolver } from '../../../src/pipeline/extract/actors.ts';
import { splitSentences } from '../../../src/pipeline/extract/sentences.ts';
import { countUnknownNames } from '../../../src/pipeline/extract/unknown.ts';
import { overlayGazetteer } from '../../../src/pipeline/world/overlay.ts';
import { baseGazetteer } from '../../../src/pipeline/world/base.ts';
import type { GazetteerActor } from '../../../src/pipeline/gazetteer.ts';

const putin: GazetteerActor = {
	id: 'putin',
	name: 'Vladimir Putin',
	kind: 'person',
	aliases: ['Putin'],
	memberOf: ['russia'],
	roles: []
};
const gazetteer = overlayGazetteer([putin], baseGazetteer());
const deps = {
	sentences: splitSentences,
	actors: createActorResolver(gazetteer),
	places: new Set(['sochi'])
};
const published = '2019-02-05' as IsoDate;

const articles = [
	{
		published,
		body:
			'Reserve Bank of Australia Governor Philip Lowe said on Tuesday that rates would stay on hold. ' +
			'Mr. Lowe met Russian President Vladimir Putin in Sochi. Lowe added that the RBA saw no hurry.\n\n' +
			'Officials said the Kremlin agreed. Putin did not comment.'
	},
	{
		published,
		body: 'The Australian dollar rose after Philip Lowe spoke. Analysts at Westpac Banking Corp expected Lowe to wait.'
	}
];

describe('countUnknownNames', () => {
	const names = countUnknownNames(articles, deps);
	const byName = new Map(names.map((n) => [n.name, n]));

	it('folds surnames and titles into the full name, counting every mention in every article', () => {
		expect(byName.get('Philip Lowe')).toMatchObject({
			id: 'philip-lowe',
			kind: 'person',
			mentions: 5,
			articles: 2,
			aliases: ['Lowe']
		});
		expect(names[0]!.name).toBe('Philip Lowe');
		expect(names.some((n) => n.name === 'Lowe' || n.name === 'Mr. Lowe')).toBe(false);
	});

	it('folds an acronym into the organisation whose initials it spells', () => {
		expect(byName.get('Reserve Bank of Australia')).toMatchObject({
			kind: 'organization',
			mentions: 2,
			articles: 1,
			aliases: ['RBA']
		});
	});

	it('lists an organisation without a title or cue before it', () => {
		expect(byName.get('Westpac Banking Corp')).toMatchObject({ mentions: 1, articles: 1 });
	});

	it('leaves out what the gazetteers resolve, and capitalised sentence openers', () => {
		for (const known of [
			'Vladimir Putin',
			'Putin',
			'Russian',
			'Kremlin',
			'the Kremlin',
			'Sochi',
			'Australian',
			'Officials',
			'Analysts'
		])
			expect(byName.has(known), known).toBe(false);
	});

	it('sorts by mentions, most first', () => {
		const counts = names.map((n) => n.mentions);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
	});
});

describe('formatActorsStub', () => {
	const FIXTURE = fileURLToPath(new URL('../../fixtures/data/actors.yaml', import.meta.url));
	const names = countUnknownNames(articles, deps);

	it('writes a stub that actors.yaml accepts as it is, each name an actor', () => {
		const stub = formatActorsStub(names, new Set(gazetteer.map((a) => a.id)));
		const actors = readFileSync(FIXTURE, 'utf8') + stub;
		const encode = (text: string) => new TextEncoder().encode(text);
		const built = buildDataset(
			{ articles: [], actors: { path: 'actors.yaml', bytes: encode(actors) }, events: [] },
			{ extract: false }
		);
		expect(built.problems).toEqual([]);
		const lowe = built.dataset!.actors.find((a) => a.id === 'philip-lowe');
		expect(lowe).toEqual({
			id: 'philip-lowe',
			name: 'Philip Lowe',
			kind: 'person',
			aliases: ['Lowe'],
			memberOf: []
		});
		for (const name of names)
			expect(
				built.gazetteer.some((a) => a.name === name.name),
				name.name
			).toBe(true);
	});

	it('never reuses an id the gazetteers have, and quotes what YAML would misread', () => {
		const stub = formatActorsStub(
			[{ id: 'russia', name: 'Russia: the Band', mentions: 1, articles: 1, aliases: ['No'], place: false }],
			new Set(['russia'])
		);
		expect(stub).toContain('- id: russia-2\n');
		expect(stub).toContain('name: "Russia: the Band"');
		expect(stub).toContain('aliases: ["No"]');
		expect(stub).toContain('kind: person # a guess');
	});
});
