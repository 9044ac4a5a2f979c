/**
 * The words of date expressions: month and weekday names, number words, units, vague parts. Regular
 * expression sources are built here once so the tagger's patterns read as grammar.
 */
import type { PeriodPart } from '../../lib/model/types.ts';

/** `early` → `[Ee]arly`: a word as written mid-sentence or capitalised at a sentence start. */
export function ci(word: string): string {
	const first = word.charAt(0);
	return `[${first.toUpperCase()}${first.toLowerCase()}]${word.slice(1)}`;
}

/** Month names as news text writes them, capitalised (lower-case "march" and "may" are not months). */
export const MONTH =
	'(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|' +
	'Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)(?![a-z])';

const MONTH_NUMBERS: Record<string, number> = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	may: 5,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	oct: 10,
	nov: 11,
	dec: 12
};

/** 1–12 for a month name matched by MONTH. */
export function monthNumber(name: string): number {
	return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()] ?? 0;
}

export const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![a-z])';

const WEEKDAY_NUMBERS: Record<string, number> = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7 };

/** ISO weekday 1–7 for a weekday name. */
export function weekdayNumber(name: string): number {
	return WEEKDAY_NUMBERS[name.slice(0, 2).toLowerCase()] ?? 0;
}

const NUMBER_WORDS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	hundred: 100
};

/** A count written in digits or words ("ten", "a", "24"). */
export const NUMBER = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS)
	.filter((w) => w.length > 2)
	.map(ci)
	.join('|')}|[Aa]n?)`;

/** The value of a NUMBER match, undefined for vague counts ("several"). */
export function numberValue(s: string): number | undefined {
	const lower = s.toLowerCase();
	if (/^\d+$/.test(lower)) return Number(lower);
	return NUMBER_WORDS[lower];
}

/** Vague parts of a period: "early", "mid-", "late", "the end of"… */
export const VAGUE = `(?:${ci('early')}|${ci('mid')}|${ci('late')}|${ci('the')}\\s+(?:start|beginning|middle|end)\\s+of)`;

/** The part and TIMEX3 mod a VAGUE match names. */
export function vaguePart(s: string): { part: PeriodPart; mod: string } {
	const lower = s.toLowerCase();
	if (lower.startsWith('early') || /start|beginning/.test(lower)) return { part: 'early', mod: 'START' };
	if (lower.startsWith('mid') || lower.includes('middle')) return { part: 'mid', mod: 'MID' };
	return { part: 'late', mod: 'END' };
}

/** TIMEX3 unit letters for duration units. */
export function unitLetter(unit: string): string {
	const u = unit.toLowerCase();
	if (u.startsWith('day')) return 'D';
	if (u.startsWith('week')) return 'W';
	if (u.startsWith('month')) return 'M';
	if (u.startsWith('year')) return 'Y';
	if (u.startsWith('decade')) return 'DE';
	if (u.startsWith('centur')) return 'CE';
	if (u.startsWith('hour')) return 'H';
	if (u.startsWith('minute')) return 'MIN';
	return 'X';
}

export const TIME_OF_DAY: Record<string, string> = {
	morning: 'MO',
	afternoon: 'AF',
	evening: 'EV',
	night: 'NI'
};
