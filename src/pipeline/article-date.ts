import * as chrono from 'chrono-node';
import { isIsoDate, isoDate } from '../lib/model/dates.ts';

/**
 * The calendar date a date line or attribute writes: `2019-04-20` (a time after it, with any zone, is
 * the publisher's and does not move the day), `April 20, 2019`, `Saturday 20 April 2019`. Only a full
 * date counts: a month or a year alone is not a publication date.
 */
export function calendarDateOf(text: string): string | undefined {
	const iso = /\b\d{4}-\d{2}-\d{2}(?![\d-])/.exec(text);
	if (iso) return isIsoDate(iso[0]) ? iso[0] : undefined;
	const found = chrono.en.strict.parse(text)[0]?.start;
	if (!found || !(['year', 'month', 'day'] as const).every((part) => found.isCertain(part))) return undefined;
	const date = isoDate(found.get('year')!, found.get('month')!, found.get('day')!);
	return date.startsWith(String(found.get('year')).padStart(4, '0')) ? date : undefined;
}

/** The date a file name starts with or holds: `2019-04-20-sochi.txt`, `AP_20190420.html`. */
export function fileNameDate(file: string): string | undefined {
	const name = file.replace(/^.*[\\/]/, '');
	const m = /(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)/.exec(name);
	const date = m && `${m[1]}-${m[2]}-${m[3]}`;
	return date && isIsoDate(date) ? date : undefined;
}
