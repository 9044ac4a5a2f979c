import type { Article } from '../lib/model/types.ts';
import type { Problem } from '../lib/model/problems.ts';
import { articleIdOf, type ParsedArticle } from './article.ts';
import { calendarDateOf, fileNameDate } from './article-date.ts';

/** The header lines a text article may have under its title, by the dataset field they fill. */
const HEADERS: Record<string, 'published' | 'source' | 'url'> = {
	date: 'published',
	published: 'published',
	source: 'source',
	url: 'url'
};

/**
 * A plain-text article, as people save them: the first line is the title; lines right under it may
 * say `Date:`, `Source:` and `URL:`; the rest, after them, is the body. Without a `Date:` line the
 * date comes from the file name (`2019-04-20-sochi.txt`); without `Source:`, from the URL's host.
 */
export function parseTextArticle(
	file: string,
	text: string
): { parsed?: ParsedArticle; problems: Problem[] } {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const titleIndex = lines.findIndex((line) => line.trim() !== '');
	if (titleIndex < 0) return fail('BODY_EMPTY', file, 1, 'the file is empty');
	const fieldLines: Record<string, number> = { title: titleIndex + 1 };
	const fields: Record<string, string> = { title: lines[titleIndex]!.trim() };
	let next = titleIndex + 1;
	for (; next < lines.length; next++) {
		const m = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/.exec(lines[next]!);
		const field = m && HEADERS[m[1]!.toLowerCase()];
		if (!field || fields[field] !== undefined) break;
		fields[field] = m[2]!;
		fieldLines[field] = next + 1;
	}
	const rest = lines.slice(next);
	const first = rest.findIndex((line) => line.trim() !== '');
	const body = rest.join('\n').trim();
	if (body === '') return fail('BODY_EMPTY', file, next + 1, 'the article has no body text under its title');

	const written = fields.published;
	const published = written !== undefined ? calendarDateOf(written) : fileNameDate(file);
	if (!published) {
		return written !== undefined
			? fail('DATE_INVALID', file, fieldLines.published!, `"${written}" is not a date, e.g. Date: 2019-04-20`)
			: fail(
					'FIELD_MISSING',
					file,
					1,
					'no publication date: add a `Date: 2019-04-20` line under the title, or begin the file name with the date'
				);
	}
	const source = fields.source || hostOf(fields.url);
	if (!source) {
		return fail(
			'FIELD_MISSING',
			file,
			fieldLines.title!,
			'no source: add a `Source: …` or `URL: …` line under the title'
		);
	}
	const article: Article = { id: articleIdOf(file), title: fields.title!, published, source };
	if (fields.url) article.url = fields.url;
	const lineOf = (path: readonly (string | number)[]) => fieldLines[String(path[0])] ?? 1;
	return {
		parsed: { article, body, bodyLine: next + 1 + first, frontMatter: { value: article, file, lineOf } },
		problems: []
	};
}

/** `www.example.org` → `example.org`: the site a saved URL came from. */
export function hostOf(url: string | undefined): string | undefined {
	try {
		return url ? new URL(url).hostname.replace(/^www\./, '') || undefined : undefined;
	} catch {
		return undefined;
	}
}

function fail(code: Problem['code'], file: string, line: number, message: string) {
	return { problems: [{ code, file, line, message }] satisfies Problem[] };
}
