import { csvParseRows } from 'd3-dsv';
import type { TimelineJs, TimelineJsSlide } from '../lib/formats/timelinejs.ts';
import type { Problem } from '../lib/model/problems.ts';
import { nearestKey } from './fields.ts';

/** The columns of TimelineJS's Google Sheets template, in its order; a sheet may order them as it likes. */
export const SHEET_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;
type Column = (typeof SHEET_COLUMNS)[number];

/** A sheet read as a TimelineJS timeline, with the file line of each of its `events`. */
export interface Sheet {
	timeline: TimelineJs;
	/** `lines[i]` is the 1-based line of the row `timeline.events[i]` came from. */
	lines: number[];
}

/**
 * A CSV made from TimelineJS's sheet template as the timeline TimelineJS would make of it: rows of type
 * `title` the title slide, `era` the eras, the rest events (blank rows skipped). Times of day are left
 * out: Dateline's dates are calendar days. Headers match whatever their case; an unknown one is
 * reported, as a misspelt field is.
 */
export function readSheet(text: string, file: string): { sheet?: Sheet; problems: Problem[] } {
	const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
	const rowLines = recordLines(text);
	const problems: Problem[] = [];
	const header = (rows[0] ?? []).map((h) => h.trim());
	const columns = new Map<Column, number>();
	header.forEach((name, i) => {
		const column = SHEET_COLUMNS.find((c) => c.toLowerCase() === name.toLowerCase());
		if (column) columns.set(column, i);
		else if (name !== '') {
			const near = nearestKey(name, SHEET_COLUMNS);
			const hint = near
				? `; did you mean \`${near}\`?`
				: ` (the template's columns: ${SHEET_COLUMNS.join(', ')})`;
			problems.push({
				code: 'FIELD_UNKNOWN',
				file,
				line: rowLines[0] ?? 1,
				message: `unknown column \`${name}\`${hint}`
			});
		}
	});
	for (const needed of ['Year', 'Headline'] as const) {
		if (!columns.has(needed))
			problems.push({
				code: 'FIELD_MISSING',
				file,
				line: 1,
				message: `the sheet has no \`${needed}\` column`
			});
	}
	if (problems.length > 0) return { problems };

	const timeline: TimelineJs = { events: [], eras: [] };
	const lines: number[] = [];
	rows.slice(1).forEach((row, k) => {
		if (row.every((cell) => cell.trim() === '')) return;
		const cell = (column: Column) => {
			const i = columns.get(column);
			return i === undefined ? '' : (row[i] ?? '').trim();
		};
		const date = (prefix: '' | 'End ') => {
			const [year, month, day] = (['Year', 'Month', 'Day'] as const).map((part) => cell(`${prefix}${part}`));
			return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) };
		};
		const slide: TimelineJsSlide = {
			start_date: date(''),
			text: { headline: cell('Headline'), text: cell('Text') }
		};
		if (cell('End Year')) slide.end_date = date('End ');
		if (cell('Display Date')) slide.display_date = cell('Display Date');
		if (cell('Group')) slide.group = cell('Group');
		if (cell('Media'))
			slide.media = {
				url: cell('Media'),
				credit: cell('Media Credit'),
				caption: cell('Media Caption'),
				thumbnail: cell('Media Thumbnail')
			};
		const type = cell('Type').toLowerCase();
		if (type === 'title') timeline.title = slide;
		else if (type === 'era') timeline.eras!.push(slide);
		else {
			timeline.events.push(slide);
			lines.push(rowLines[k + 1] ?? 1);
		}
	});
	return { sheet: { timeline, lines }, problems };
}

/** The 1-based line each CSV record starts on: a quoted cell may hold line breaks. */
function recordLines(text: string): number[] {
	const starts = [1];
	let line = 1;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (c === '\n') {
			line++;
			if (!quoted) starts.push(line);
		}
	}
	return starts;
}
