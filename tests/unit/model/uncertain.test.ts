import { describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLD, isConfident } from '../../../src/lib/model/confidence';
import {
	countByActor,
	EMPTY_FILTER,
	filterEvents,
	indexDataset,
	type EventFilter
} from '../../../src/lib/model/filter';
import type { Dataset } from '../../../src/lib/model/types';
import { shownEvents } from '../../../src/lib/model/uncertain';
import { fixture } from './fixture';

const LOW = CONFIDENCE_THRESHOLD / 2;

/** The fixture with confidences: two talks and a statement below the threshold, one event exactly at it. */
function withConfidence(): Dataset {
	const dataset = fixture();
	const confidence: Record<string, number> = {
		'lavrov-cavusoglu-talks': LOW,
		'winter-talks': 0,
		'lavrov-statement': LOW,
		'sochi-memorandum': CONFIDENCE_THRESHOLD,
		'idlib-shelling': 0.9
	};
	for (const event of dataset.events) if (event.id in confidence) event.confidence = confidence[event.id];
	return dataset;
}

const dataset = withConfidence();
const index = indexDataset(dataset);
const ALL = dataset.events.map((e) => e.id);
const UNCERTAIN = ['lavrov-cavusoglu-talks', 'lavrov-statement', 'winter-talks'];
const filter = (patch: Partial<EventFilter> = {}): EventFilter => ({ ...EMPTY_FILTER, ...patch });
const ids = (patch: Partial<EventFilter>, selected?: string) =>
	shownEvents(index, filter(patch), selected).events.map((e) => e.id);

describe('isConfident', () => {
	it.each<[number | undefined, boolean]>([
		[undefined, true],
		[1, true],
		[CONFIDENCE_THRESHOLD, true],
		[CONFIDENCE_THRESHOLD - 0.01, false],
		[0, false]
	])('isConfident({ confidence: %s }) is %s', (confidence, expected) => {
		expect(isConfident(confidence === undefined ? {} : { confidence })).toBe(expected);
	});
});

describe('shownEvents', () => {
	it('hides events below the threshold by default, and counts them', () => {
		const shown = shownEvents(index, filter());
		expect(shown.events.map((e) => e.id)).toEqual(ALL.filter((id) => !UNCERTAIN.includes(id)));
		expect(shown).toMatchObject({ hidden: 3, uncertain: 3 });
	});

	it('shows every event with uncertain on, and hides none', () => {
		const shown = shownEvents(index, filter({ uncertain: true }));
		expect(shown.events.map((e) => e.id)).toEqual(ALL);
		expect(shown).toMatchObject({ hidden: 0, uncertain: 3 });
	});

	it.each<[string, Partial<EventFilter>, number]>([
		['a type filter', { types: ['talks'] }, 2],
		['an actor filter', { actors: ['lavrov'] }, 2],
		['an actor filter through members', { actors: ['turkey'], members: true }, 1],
		['a date window', { from: '2019-10-01' }, 2],
		['a text search', { q: 'winter' }, 1],
		['a filter that keeps none of them', { types: ['agreement'] }, 0]
	])('counts only the hidden events that %s keeps', (_, patch, hidden) => {
		expect(shownEvents(index, filter(patch)).hidden).toBe(hidden);
		const everything = filterEvents(index, filter({ ...patch, uncertain: true }));
		expect(everything.length - shownEvents(index, filter(patch)).events.length).toBe(hidden);
	});

	it('keeps a selected event below the threshold in view, and no longer counts it as hidden', () => {
		const shown = shownEvents(index, filter(), 'winter-talks');
		expect(shown.events.map((e) => e.id)).toContain('winter-talks');
		expect(shown.events.map((e) => e.id)).toEqual(
			ALL.filter((id) => id === 'winter-talks' || !UNCERTAIN.includes(id))
		);
		expect(shown.hidden).toBe(2);
	});

	it('does not bring back a selected event that another filter excludes', () => {
		expect(ids({ types: ['military'] }, 'winter-talks')).toEqual(['idlib-shelling']);
	});

	it('changes nothing on a dataset without confidences', () => {
		const plain = indexDataset(fixture());
		const shown = shownEvents(plain, filter());
		expect(shown.events).toBe(plain.events);
		expect(shown).toMatchObject({ hidden: 0, uncertain: 0 });
	});
});

describe('countByActor with the threshold', () => {
	it('leaves hidden events out of the counts, as other filters do', () => {
		const counts = (patch: Partial<EventFilter>) => Object.fromEntries(countByActor(index, filter(patch)));
		// lavrov: the talks, the statement (both uncertain) and the Antalya meeting.
		expect(counts({}).lavrov).toBe(1);
		expect(counts({ uncertain: true }).lavrov).toBe(3);
		expect(counts({ members: true }).russia).toBe(
			filterEvents(index, filter({ actors: ['russia'], members: true })).length
		);
	});
});
