/**
 * A tiny hand-built dataset: Russia with two officials, Turkey (a NATO member) with its foreign
 * minister, whose name and alias are spelt with diacritics. Events are sorted by start, then id.
 */

import type { Dataset, Source } from '../../../src/lib/model/types';

function source(article: string, quote: string, start: number): Source {
	return { article, quote, start, end: start + quote.length };
}

/** A fresh copy each call, so a test can break it without touching the others. */
export function fixture(): Dataset {
	return {
		version: 1,
		actors: [
			{ id: 'russia', name: 'Russia', kind: 'country', aliases: ['Moscow', 'the Kremlin'], memberOf: [] },
			{
				id: 'putin',
				name: 'Vladimir Putin',
				kind: 'person',
				aliases: ['Russian president'],
				memberOf: ['russia']
			},
			{ id: 'lavrov', name: 'Sergei Lavrov', kind: 'person', aliases: [], memberOf: ['russia'] },
			{ id: 'nato', name: 'NATO', kind: 'organization', aliases: ['the Alliance'], memberOf: [] },
			{ id: 'turkey', name: 'Turkey', kind: 'country', aliases: ['Ankara'], memberOf: ['nato'] },
			{
				id: 'cavusoglu',
				name: 'Mevlüt Çavuşoğlu',
				kind: 'person',
				aliases: ['Çavuşoğlu', 'Turkish foreign minister'],
				memberOf: ['turkey']
			}
		],
		events: [
			{
				id: 'nato-review-2018',
				title: 'Alliance posture review',
				type: 'other',
				start: '2018-01-01',
				end: '2018-12-31',
				precision: 'year',
				actors: ['nato'],
				sources: []
			},
			{
				id: 'lavrov-cavusoglu-talks',
				title: 'Foreign ministers hold talks',
				type: 'talks',
				start: '2018-09-01',
				end: '2018-09-30',
				precision: 'month',
				actors: ['lavrov', 'cavusoglu'],
				sources: [
					source('idlib-buffer-zone', 'The ministers spoke by phone several times in September.', 120)
				]
			},
			{
				id: 'sochi-memorandum',
				title: 'Sochi memorandum on Idlib',
				type: 'agreement',
				start: '2018-09-17',
				end: '2018-09-17',
				precision: 'day',
				actors: ['putin', 'turkey'],
				place: 'Sochi',
				summary: 'A demilitarised buffer zone around Idlib.',
				sources: [
					source('idlib-buffer-zone', 'Putin and Ankara agreed on Monday to create a buffer zone.', 0)
				]
			},
			{
				id: 'astana-round-12',
				title: 'Astana format, twelfth round',
				type: 'talks',
				start: '2019-04-25',
				end: '2019-04-26',
				precision: 'day',
				actors: ['russia', 'turkey'],
				place: 'Nur-Sultan',
				sources: []
			},
			{
				id: 'idlib-shelling',
				title: 'Shelling of southern Idlib',
				type: 'military',
				start: '2019-06-01',
				end: '2019-06-01',
				precision: 'day',
				actors: ['russia'],
				sources: [source('idlib-shelling', 'Warplanes struck Khan Sheikhoun overnight.', 0)]
			},
			{
				id: 'lavrov-statement',
				title: 'Lavrov warns against escalation',
				type: 'statement',
				start: '2019-10-15',
				end: '2019-10-15',
				precision: 'day',
				actors: ['lavrov'],
				sources: []
			},
			{
				id: 'ministers-meet-antalya',
				title: 'Ministers meet in Antalya',
				type: 'meeting',
				start: '2019-10-30',
				end: '2019-11-02',
				precision: 'day',
				actors: ['cavusoglu', 'lavrov'],
				place: 'Antalya',
				sources: []
			},
			{
				id: 'winter-talks',
				title: 'Winter round of talks',
				type: 'talks',
				start: '2019-12-01',
				end: '2020-01-31',
				precision: 'month',
				actors: ['putin', 'nato'],
				sources: []
			}
		],
		articles: [
			{
				id: 'idlib-buffer-zone',
				title: 'Putin and Erdogan agree on buffer zone for Idlib',
				published: '2018-09-18',
				source: 'Example Wire',
				url: 'https://example.org/idlib'
			},
			{
				id: 'idlib-shelling',
				title: 'Shelling resumes in Idlib',
				published: '2019-06-02',
				source: 'Example Wire'
			}
		]
	};
}
