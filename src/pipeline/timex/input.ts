/**
 * What `npm run timex` tags in a file: the plain text and its reference date, from a TimeML file (its
 * `<TEXT>` and DCT), an article (its body and `published`) or plain text (the whole file, `--dct` needed).
 * Pure: it receives the file's name and content.
 */
import { isIsoDate } from '../../lib/model/dates.ts';
import type { IsoDate } from '../../lib/model/types.ts';
import { parseArticle } from '../article.ts';
import { parseTml } from './tml.ts';

export type TimexInput = { text: string; dct: IsoDate } | { error: string };

/** The text to tag and its document date; `dct` (from `--dct`) overrides the file's own date. */
export function timexInput(name: string, content: string, dct?: string): TimexInput {
	if (dct !== undefined && !isIsoDate(dct)) return { error: `invalid --dct: ${dct} (expected YYYY-MM-DD)` };
	if (/\.tml$/i.test(name)) {
		try {
			const doc = parseTml(content);
			return { text: doc.text, dct: dct ?? doc.dct };
		} catch (error) {
			return { error: `${name}: ${(error as Error).message}` };
		}
	}
	if (/^\uFEFF?---[ \t]*\r?\n/.test(content)) {
		const { parsed, problems } = parseArticle(name, content);
		if (!parsed) return { error: problems.map((p) => `${name}:${p.line ?? 1}: ${p.message}`).join('\n') };
		const published = dct ?? String(parsed.article.published ?? '');
		if (!isIsoDate(published)) {
			return { error: `${name}: no valid \`published\` date in the front matter; pass --dct YYYY-MM-DD` };
		}
		return { text: parsed.body, dct: published };
	}
	if (dct === undefined)
		return { error: `${name}: plain text has no date of its own; pass --dct YYYY-MM-DD` };
	return { text: content, dct };
}
