import { fromTimelineJs } from '../lib/formats/timelinejs.ts';
import type { Problem } from '../lib/model/problems.ts';
import type { TimelineEvent } from '../lib/model/types.ts';
import { parseJson } from './json-source.ts';
import { readSheet } from './timeline-sheet.ts';
import type { YamlItem, YamlPath, YamlSource } from './yaml-source.ts';

/**
 * A TimelineJS file from `data/timelines/` (its JSON, or a CSV of its sheet template) read as curated
 * events. The source returned places each event, and any path inside it, at its slide's line: the
 * object in the JSON, the row in the CSV.
 */
export function readTimeline(
	file: string,
	text: string
): { source?: YamlSource; events: YamlItem<TimelineEvent>[]; problems: Problem[] } {
	let value: unknown;
	let slideLine: (path: YamlPath) => number;
	if (/\.csv$/i.test(file)) {
		const { sheet, problems } = readSheet(text, file);
		if (!sheet) return { events: [], problems };
		value = sheet.timeline;
		slideLine = (path) => sheet.lines[Number(path[1])] ?? 1;
	} else {
		const { source, problems } = parseJson(text, file);
		if (!source) return { events: [], problems };
		value = source.value;
		slideLine = source.lineOf;
	}
	const read = fromTimelineJs(value);
	const problems = read.problems.map(({ path = [], ...problem }) => ({
		...problem,
		file,
		line: slideLine(path),
		path: path[0] === 'events' ? path.slice(2) : path
	}));
	const events = read.events.map(({ event, index }) => ({ item: event, index }));
	const byIndex: TimelineEvent[] = [];
	for (const { item, index } of events) byIndex[index] = item;
	// Problems the dataset finds later name fields of the event (`id`, `start`), not of the slide: its line.
	const lineOf = (path: YamlPath) => slideLine(['events', ...path.slice(0, 1)]);
	return { source: { value: byIndex, file, lineOf }, events, problems };
}
