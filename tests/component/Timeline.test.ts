import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/lib/model/types.ts';
import Legend from '../../src/lib/timeline/Legend.svelte';
import Timeline from '../../src/lib/timeline/Timeline.svelte';
import { makeEvent } from '../support/events.ts';

const event = (id: string, start: string, end = start, type: TimelineEvent['type'] = 'talks') =>
	makeEvent(id, start, end, { type });

const events = [
	event('a', '2019-04-25', '2019-04-26'),
	event('b', '2019-05-01', '2019-05-01', 'meeting'),
	event('c', '2019-06-10', '2019-06-10', 'meeting')
];

describe('Timeline', () => {
	test('draws one focusable control per event, named by its title, date and type', () => {
		const { body } = render(Timeline, { props: { events, onselect: () => {} } });
		expect(body).toContain('aria-label="Event a, 25–26 April 2019, talks"');
		expect(body).toContain('aria-label="Event b, 1 May 2019, meeting"');
		expect(body.match(/role="button"/g)?.length).toBe(3);
		// One tab stop for the events (arrow keys move between them), and one for the minimap's brush.
		expect(body.match(/tabindex="0"/g)?.length).toBe(2);
		expect(body).toMatch(/role="slider"[^>]*tabindex="0"|tabindex="0"[^>]*role="slider"/);
	});

	test('marks the selected event as the current one, and only it', () => {
		const { body } = render(Timeline, { props: { events, selected: 'c', onselect: () => {} } });
		expect(body).toMatch(/aria-current="true"[^>]*data-id="c"/);
		expect(body.match(/aria-current=/g)?.length).toBe(1);
	});

	test('says so when no event matches', () => {
		const { body } = render(Timeline, { props: { events: [], onselect: () => {} } });
		expect(body).toContain('No events match these filters.');
	});
});

describe('Legend', () => {
	test('counts the events of each type', () => {
		const { body } = render(Legend, { props: { events } });
		// What a reader sees, without the markup around it.
		const text = body
			.replace(/<!--.*?-->/g, '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ');
		expect(text).toMatch(/Meeting 2\b/);
		expect(text).toMatch(/Talks 1\b/);
		expect(text).toMatch(/Military 0\b/);
	});
});
