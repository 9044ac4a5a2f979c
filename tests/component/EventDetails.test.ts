import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import type { Actor, Article, TimelineEvent } from '../../src/lib/model/types.ts';
import EventDetails from '../../src/lib/timeline/EventDetails.svelte';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

const actors = new Map<string, Actor>([
	['putin', { id: 'putin', name: 'Vladimir Putin', kind: 'person', aliases: [], memberOf: ['russia'] }],
	[
		'erdogan',
		{ id: 'erdogan', name: `Recep Tayyip Erdogan ${HOSTILE}`, kind: 'person', aliases: [], memberOf: [] }
	]
]);
const articles = new Map<string, Article>([
	[
		'sochi',
		{
			id: 'sochi',
			title: `Deal in Sochi ${HOSTILE}`,
			published: '2018-09-18',
			source: 'Example Wire',
			url: 'https://example.org/a'
		}
	],
	['plain', { id: 'plain', title: 'Plain report', published: '2018-09-19', source: 'Other Wire' }]
]);
const event: TimelineEvent = {
	id: 'sochi-deal',
	title: `Putin and Erdogan agree ${HOSTILE}`,
	type: 'agreement',
	start: '2018-09-17',
	end: '2018-09-17',
	precision: 'day',
	actors: ['putin', 'erdogan', 'unknown-actor'],
	place: 'Sochi',
	summary: `A summary ${HOSTILE}`,
	sources: [
		{ article: 'sochi', quote: `They agreed on Monday. ${HOSTILE}`, start: 0, end: 10 },
		{ article: 'plain', quote: 'A second report.', start: 0, end: 16 }
	]
};

const html = (props: Partial<Parameters<typeof EventDetails>[1]> = {}) =>
	render(EventDetails, { props: { event, actors, articles, ...props } }).body;

describe('EventDetails', () => {
	test('renders article text as text: tags in titles, quotes and names are escaped, never markup', () => {
		const body = html({ actorHref: (id) => `/actors/${id}` });
		expect(body).not.toMatch(/<img|<script/i);
		expect(body.match(/&lt;img src=x/g)?.length).toBe(5);
	});

	test('writes the date at its precision', () => {
		expect(html()).toContain('17 September 2018');
		const monthly = html({ event: { ...event, start: '2018-09-01', end: '2018-09-30', precision: 'month' } });
		expect(monthly).toContain('September 2018');
		expect(monthly).toContain('Known to the month, not the day');
	});

	test('links actors where a link target is given, and names unknown ids as they are', () => {
		const linked = html({ actorHref: (id) => `/actors/${id}` });
		expect(linked).toContain('href="/actors/putin"');
		expect(linked).toContain('unknown-actor');
		expect(html()).not.toContain('href="/actors/');
	});

	test('cites each source with its article’s title, outlet and date, linking only real URLs', () => {
		const body = html();
		expect(body).toContain('href="https://example.org/a"');
		expect(body).toContain('rel="noopener noreferrer"');
		expect(body).toContain('Other Wire');
		expect(body).toContain('19 September 2018');
		expect(body).toContain('Sources (2)');
	});
});
