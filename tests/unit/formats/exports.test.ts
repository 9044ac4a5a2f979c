import { csvParse } from 'd3-dsv';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, eventsToCsv, spreadsheetCell } from '../../../src/lib/formats/csv';
import { eventsToIcs } from '../../../src/lib/formats/ics';
import { subsetOf } from '../../../src/lib/formats/subset';
import { byId } from '../../../src/lib/model/lookup';
import { validateDataset } from '../../../src/lib/model/validate';
import { fixture } from '../model/fixture';

const dataset = fixture();
const actors = byId(dataset.actors);
const articles = byId(dataset.articles);

describe('CSV', () => {
	const rows = csvParse(eventsToCsv(dataset.events, actors, articles));

	it('has a row per event, with the columns named in the header', () => {
		expect(rows.columns).toEqual([...CSV_COLUMNS]);
		expect(rows.map((r) => r.id)).toEqual(dataset.events.map((e) => e.id));
	});

	it('writes dates, type labels, actor names and the first quote', () => {
		const row = rows.find((r) => r.id === 'sochi-memorandum')!;
		const event = dataset.events.find((e) => e.id === 'sochi-memorandum')!;
		expect(row).toMatchObject({ start: '2018-09-17', end: '2018-09-17', precision: 'day' });
		expect(row.type).toBe('Agreement');
		expect(row.actors).toBe(event.actors.map((id) => actors.get(id)!.name).join('; '));
		expect(row.sources).toBe(String(event.sources.length));
		expect(row.quote).toBe(event.sources[0]!.quote);
		expect(row.article).toBe(articles.get(event.sources[0]!.article)!.title);
	});

	it('keeps commas, quotes and line breaks inside their cell', () => {
		const event = { ...dataset.events[2]!, title: 'Talks, "again"\nand again' };
		const [row] = csvParse(eventsToCsv([event], actors, articles));
		expect(row!.title).toBe('Talks, "again"\nand again');
	});

	it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '  =1+1'])(
		'defuses a cell a spreadsheet would run: %j',
		(text) => {
			expect(spreadsheetCell(text)).toBe(`'${text}`);
			const event = { ...dataset.events[2]!, title: text, place: text };
			const [row] = csvParse(eventsToCsv([event], actors, articles));
			expect(row!.title).toBe(`'${text}`);
			expect(row!.place).toBe(`'${text}`);
		}
	);

	it('leaves ordinary text as it is', () => {
		expect(spreadsheetCell('Sochi 2018 – a deal')).toBe('Sochi 2018 – a deal');
	});
});

describe('iCalendar', () => {
	const text = eventsToIcs(dataset.events, actors, articles, {
		name: 'Dateline',
		domain: 'example.org',
		url: (id) => `https://example.org/events/${id}`
	});
	const calendar = new ICAL.Component(ICAL.parse(text));
	const entries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
	const entry = (id: string) => entries.find((e) => e.uid === `${id}@example.org`)!;

	it('has an entry per event, with a UID from its id', () => {
		expect(entries.map((e) => e.uid)).toEqual(dataset.events.map((e) => `${e.id}@example.org`));
	});

	it('writes all-day dates with an exclusive end', () => {
		const astana = entry('astana-round-12');
		expect(astana.startDate.isDate).toBe(true);
		expect(astana.startDate.toString()).toBe('2019-04-25');
		expect(astana.endDate.toString()).toBe('2019-04-27');
		expect(text).toContain('DTSTART;VALUE=DATE:20190425');
	});

	it('spans a month or a year, and says the day is unknown', () => {
		const month = entry('lavrov-cavusoglu-talks');
		expect([month.startDate.toString(), month.endDate.toString()]).toEqual(['2018-09-01', '2018-10-01']);
		expect(month.description).toContain('the exact day is not known');
		const year = entry('nato-review-2018');
		expect([year.startDate.toString(), year.endDate.toString()]).toEqual(['2018-01-01', '2019-01-01']);
		expect(entry('sochi-memorandum').description).not.toContain('not known');
	});

	it('carries the title, quotes, place and the event’s page', () => {
		const event = dataset.events.find((e) => e.place && e.sources.length > 0)!;
		const found = entry(event.id);
		expect(found.summary).toBe(event.title);
		expect(found.description).toContain(event.sources[0]!.quote);
		expect(found.location).toBe(event.place);
		expect(found.component.getFirstPropertyValue('url')).toBe(`https://example.org/events/${event.id}`);
	});

	it('stamps each entry with its newest article’s day, not the clock', () => {
		const event = dataset.events.find((e) => e.sources.length > 0)!;
		const newest = event.sources
			.map((s) => articles.get(s.article)!.published)
			.sort()
			.at(-1)!;
		const stamp = entry(event.id).component.getFirstPropertyValue('dtstamp') as { toString(): string };
		expect(stamp.toString().slice(0, 10)).toBe(newest > event.start ? newest : event.start);
	});

	it('is the same file for the same dataset', () => {
		expect(eventsToIcs(dataset.events, actors, articles, { name: 'Dateline', domain: 'example.org' })).toBe(
			eventsToIcs(dataset.events, actors, articles, { name: 'Dateline', domain: 'example.org' })
		);
	});
});

describe('subsetOf', () => {
	it('is a valid dataset of just the events, the actors they name and the articles they cite', () => {
		const events = dataset.events.filter((e) => e.actors.includes('cavusoglu'));
		const subset = subsetOf(dataset, events);
		expect(validateDataset(subset)).toEqual([]);
		expect(subset.events).toEqual(events);
		// Çavuşoğlu is a member of Turkey, which is a member of NATO: memberOf must point somewhere.
		expect(subset.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['cavusoglu', 'turkey', 'nato']));
		const cited = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
		expect(subset.articles.map((a) => a.id).sort()).toEqual([...cited].sort());
	});

	it('of no events is an empty, valid dataset', () => {
		const subset = subsetOf(dataset, []);
		expect(subset).toEqual({ version: 1, actors: [], events: [], articles: [] });
	});
});
