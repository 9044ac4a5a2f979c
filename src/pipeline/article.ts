import type { Article } from '../lib/model/types.ts';
import type { Problem } from '../lib/model/problems.ts';
import { parseYaml, problemAt, type YamlSource } from './yaml-source.ts';

/** An article file read: its dataset entry, its body text, and where things stand in the file. */
export interface ParsedArticle {
	article: Article;
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine: number;
	frontMatter: YamlSource;
}

const FENCE = /^---[ \t]*$/;

/**
 * An article's id, the slug of its file name without `.md`, `.txt` or `.html`: `data/articles/2018-09-18-sochi.md` → `2018-09-18-sochi`,
 * `AP_20130322.md` → `ap-20130322` (lowercase, accents dropped, every run of other characters one "-").
 */
export function articleIdOf(file: string): string {
	return file
		.replace(/^.*[\\/]/, '')
		.replace(/\.(md|txt|html?)$/i, '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * Split an article into front matter and body and check the front matter's own fields.
 * Field values are passed on as found; the dataset validator judges them with the rest.
 */
export function parseArticle(file: string, text: string): { parsed?: ParsedArticle; problems: Problem[] } {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (!FENCE.test(lines[0] ?? '')) {
		return problem('FRONT_MATTER_MISSING', file, 1, 'the article must start with a `---` front matter block');
	}
	const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
	if (close < 0) {
		return problem('FRONT_MATTER_MISSING', file, 1, 'the front matter block is not closed by a `---` line');
	}
	const { source, problems } = parseYaml(lines.slice(1, close).join('\n'), file, 1);
	if (!source) return { problems };
	const meta = source.value;
	if (!meta || typeof meta !== 'object' || Array.isArray(meta)) {
		const problems: Problem[] = [];
		problemAt(source, problems)(
			[],
			'FIELD_INVALID',
			'the front matter must be a mapping of fields (title, published, source)'
		);
		return { problems };
	}
	const fields = meta as Record<string, unknown>;
	const body = lines
		.slice(close + 1)
		.join('\n')
		.trim();
	const bodyLine = close + 2 + leadingBlankLines(lines.slice(close + 1));
	if (body === '') {
		return problem('BODY_EMPTY', file, close + 1, 'the article has no body text after its front matter');
	}
	const article = { id: articleIdOf(file) } as Article;
	for (const key of ['title', 'published', 'source', 'url'] as const) {
		if (fields[key] !== undefined && fields[key] !== null)
			(article as unknown as Record<string, unknown>)[key] = fields[key];
	}
	return { parsed: { article, body, bodyLine, frontMatter: source }, problems: [] };
}

function leadingBlankLines(lines: string[]): number {
	const first = lines.findIndex((line) => line.trim() !== '');
	return first < 0 ? 0 : first;
}

/** A problem about the file's layout rather than a YAML value: its line is counted, not looked up. */
function problem(code: Problem['code'], file: string, line: number, message: string) {
	return { problems: [{ code, file, line, message }] satisfies Problem[] };
}
