import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/model/types.ts';
import { buildFolder } from '../../../src/pipeline/folder.ts';

// The seed article (paraphrased in tests/fixtures/seed) with the project's own gazetteers: the five events
// a reader of it would put on a timeline, each on its date.
describe('the seed article, with data/actors.yaml', () => {
	let root: string;
	let events: TimelineEvent[];
	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'dateline-seed-'));
		cpSync('tests/fixtures/seed/articles', join(root, 'articles'), { recursive: true });
		cpSync('data/actors.yaml', join(root, 'actors.yaml'));
		cpSync('data/places.yaml', join(root, 'places.yaml'));
		const built = await buildFolder(join(root, 'articles'), { cacheDir: false, workers: 1 });
		expect(built.problems).toEqual([]);
		events = built.dataset!.events;
	}, 60_000);
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	const find = (type: string, start: string, actor: string) =>
		events.find((e) => e.type === type && e.start === start && e.actors.includes(actor));

	it.each([
		['statement', '2019-04-20', '2019-04-20', 'assad', "Assad's call for progress, dated by the article"],
		['meeting', '2019-04-20', '2019-04-20', 'lavrentiev', 'the meeting with Lavrentiev in the lead'],
		['agreement', '2018-09-01', '2018-09-30', 'turkey', 'the deal "in September 2018"'],
		['talks', '2019-04-25', '2019-04-26', 'kazakhstan', 'the Astana round "on April 25 and 26"'],
		['statement', '2019-03-01', '2019-03-31', 'zarif', 'Zarif\'s warning "last month"']
	])('finds a %s from %s to %s with %s: %s', (type, start, end, actor) => {
		const event = find(type, start, actor);
		expect(event, JSON.stringify(events.map((e) => [e.type, e.start, e.actors, e.title]))).toBeDefined();
		expect(event!.end).toBe(end);
		expect(event!.confidence).toBeGreaterThanOrEqual(0.5);
	});

	it('marks the Astana round planned, as it was still ahead when reported', () => {
		expect(find('talks', '2019-04-25', 'kazakhstan')?.planned).toBe(true);
	});

	it('keeps the quoted "obstacles" whole in the headline', () => {
		const call = events.find((e) => e.sources[0]!.quote.includes('obstacles'));
		expect(call?.title).toMatch(/"obstacles"/);
	});

	it('names the agent of the meeting and the envoy it was held with', () => {
		const meeting = find('meeting', '2019-04-20', 'lavrentiev')!;
		expect(meeting.agents).toEqual(['assad']);
		expect(meeting.recipients).toContain('lavrentiev');
	});
});
