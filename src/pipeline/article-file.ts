import type { Problem } from '../lib/model/problems.ts';
import { parseArticle, type ParsedArticle } from './article.ts';
import { parseHtmlArticle } from './article-html.ts';
import { parseTextArticle } from './article-text.ts';

/** An article file read by its kind: Markdown with front matter, plain text, or a saved web page. */
export function parseArticleFile(
	file: string,
	text: string
): { parsed?: ParsedArticle; problems: Problem[] } {
	if (/\.txt$/i.test(file)) return parseTextArticle(file, text);
	if (/\.html?$/i.test(file)) return parseHtmlArticle(file, text);
	return parseArticle(file, text);
}
