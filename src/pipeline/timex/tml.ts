/**
 * A reader for TimeML (`.tml`) files: the plain text of `<TEXT>`, the document creation time and the gold
 * TIMEX3 annotations with offsets into that plain text. Pure: it receives the file's content.
 */
import type { IsoDate } from '../../lib/model/types.ts';
import type { TimexType } from '../extract/types.ts';

/** One gold TIMEX3 of a TimeML document. */
export interface GoldTimex {
	tid: string;
	type: TimexType;
	value: string;
	mod?: string;
	text: string;
	start: number;
	end: number;
}

/** A TimeML document: the text the tagger sees, its creation date, its gold timexes. */
export interface TmlDocument {
	text: string;
	dct: IsoDate;
	timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
	return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (all, name: string) => {
		if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? all;
		const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
		return String.fromCodePoint(code);
	});
}

function attributes(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
		out[m[1]!] = decode(m[3] ?? m[4] ?? '');
	}
	return out;
}

const TYPES = new Set<string>(['DATE', 'TIME', 'DURATION', 'SET']);

/** Parse a TimeML document; throws an Error naming what is missing when it has no `<TEXT>` or DCT. */
export function parseTml(xml: string): TmlDocument {
	const dctMatch = /<DCT>\s*<TIMEX3\b([^>]*)>/.exec(xml);
	const dctValue = dctMatch ? attributes(dctMatch[1]!).value : undefined;
	if (!dctValue || !/^\d{4}-\d{2}-\d{2}/.test(dctValue)) throw new Error('no <DCT> date in TimeML');
	const open = xml.indexOf('<TEXT>');
	const close = xml.indexOf('</TEXT>', open);
	if (open < 0 || close < 0) throw new Error('no <TEXT> element in TimeML');
	const inner = xml.slice(open + '<TEXT>'.length, close);

	let text = '';
	const timexes: GoldTimex[] = [];
	let current: { attrs: Record<string, string>; start: number } | undefined;
	const token = /<(\/?)([A-Za-z][\w]*)([^>]*?)(\/?)>|[^<]+/g;
	for (const m of inner.matchAll(token)) {
		if (m[2] === undefined) {
			text += decode(m[0]);
			continue;
		}
		if (m[2] !== 'TIMEX3') continue;
		if (m[1] === '') {
			if (m[4] === '/') continue; // empty TIMEX3 (no text): nothing a tagger could find
			current = { attrs: attributes(m[3] ?? ''), start: text.length };
		} else if (current) {
			const { attrs, start } = current;
			const type = TYPES.has(attrs.type ?? '') ? (attrs.type as TimexType) : 'DATE';
			timexes.push({
				tid: attrs.tid ?? '',
				type,
				value: attrs.value ?? '',
				...(attrs.mod ? { mod: attrs.mod } : {}),
				text: text.slice(start),
				start,
				end: text.length
			});
			current = undefined;
		}
	}
	return { text, dct: dctValue.slice(0, 10), timexes };
}
