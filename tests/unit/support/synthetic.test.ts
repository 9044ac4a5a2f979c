import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../../src/lib/model/types.ts';
import { validateDataset } from '../../../src/lib/model/validate.ts';
import { syntheticDataset } from '../../support/synthetic.ts';

describe('syntheticDataset', () => {
	it('is a valid dataset with the requested number of events', () => {
		const dataset = syntheticDataset({ events: 2000, seed: 7 });
		expect(dataset.events).toHaveLength(2000);
		expect(dataset.actors).toHaveLength(80);
		expect(validateDataset(dataset)).toEqual([]);
	});

	it('is the same for the same seed and differs for another', () => {
		const a = JSON.stringify(syntheticDataset({ events: 300, seed: 3 }));
		expect(JSON.stringify(syntheticDataset({ events: 300, seed: 3 }))).toBe(a);
		expect(JSON.stringify(syntheticDataset({ events: 300, seed: 4 }))).not.toBe(a);
	});

	it('spans 2011–2024 with every type, ranges and month precision', () => {
		const { events } = syntheticDataset({ events: 2000 });
		expect(events[0]!.start >= '2011-01-01').toBe(true);
		expect(events.at(-1)!.end <= '2024-12-31').toBe(true);
		expect(new Set(events.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
		expect(events.some((e) => e.precision === 'day' && e.end > e.start)).toBe(true);
		expect(events.some((e) => e.precision === 'month')).toBe(true);
	});

	it('has every type even when tiny', () => {
		const { events } = syntheticDataset({ events: 6 });
		expect(new Set(events.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
	});

	it('crowds events into bursts', () => {
		const { events } = syntheticDataset({ events: 5000 });
		const perMonth = new Map<string, number>();
		for (const e of events) perMonth.set(e.start.slice(0, 7), (perMonth.get(e.start.slice(0, 7)) ?? 0) + 1);
		const counts = [...perMonth.values()].sort((a, b) => b - a);
		// 168 months: uniform would put ~30 in each; a burst month holds several times that.
		expect(counts[0]).toBeGreaterThan(4 * (5000 / 168));
	});
});
