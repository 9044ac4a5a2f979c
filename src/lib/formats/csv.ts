/**
 * Events as CSV, a row each, for spreadsheets: d3-dsv quotes the cells, and a cell a spreadsheet would
 * run as a formula is defused first.
 */

import { csvFormatRows } from 'd3-dsv';
import { TYPE_LABELS } from '../model/event-types.ts';
import type { Actor, Article, TimelineEvent } from '../model/types.ts';

export const CSV_COLUMNS = [
	'id',
	'start',
	'end',
	'precision',
	'type',
	'title',
	'actors',
	'place',
	'sources',
	'quote',
	'article'
] as const;

/**
 * A cell as text a spreadsheet shows as it is. Excel, LibreOffice and Google Sheets run a cell that
 * begins with `=`, `+`, `-` or `@`, after spaces too, or with a tab or carriage return, as a formula, so a
 * quote from an article could run code on the reader's machine (OWASP, "CSV injection"): such a cell
 * begins with an apostrophe, which spreadsheets hide.
 */
export function spreadsheetCell(text: string): string {
	return /^[\t\r]|^\s*[=+\-@]/.test(text) ? `'${text}` : text;
}

/**
 * The events as CSV with a header row: id, dates, precision, type (its label), title, actors (names,
 * `; `-joined), place, how many sources, the first source's quote and its article's title.
 */
export function eventsToCsv(
	events: readonly TimelineEvent[],
	actors: ReadonlyMap<string, Actor>,
	articles: ReadonlyMap<string, Article>
): string {
	const rows = events.map((event) => {
		const [first] = event.sources;
		return [
			event.id,
			event.start,
			event.end,
			event.precision,
			TYPE_LABELS[event.type],
			event.title,
			event.actors.map((id) => actors.get(id)?.name ?? id).join('; '),
			event.place ?? '',
			String(event.sources.length),
			first?.quote ?? '',
			first ? (articles.get(first.article)?.title ?? first.article) : ''
		].map(spreadsheetCell);
	});
	return csvFormatRows([[...CSV_COLUMNS], ...rows]) + '\n';
}
