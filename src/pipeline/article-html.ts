import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { Article } from '../lib/model/types.ts';
import type { Problem } from '../lib/model/problems.ts';
import { isWebUrl } from '../lib/model/schema.ts';
import { articleIdOf, type ParsedArticle } from './article.ts';
import { calendarDateOf, fileNameDate } from './article-date.ts';
import { hostOf } from './article-text.ts';

/**
 * Elements whose content is never article text, removed before anything reads the page; JSON-LD stays
 * for Readability to read the metadata from (it drops every script before it reads text).
 */
const NOT_TEXT =
	'script:not([type="application/ld+json"]), style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, textarea';
/** The blocks an article's paragraphs are read from; only the innermost of nested ones counts. */
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt';

/**
 * A page saved from a news site: its main text by Readability (over linkedom's DOM), one paragraph a
 * block; the title, publication date (`article:published_time`, JSON-LD `datePublished`, else the
 * first `<time datetime>`, else the file name) and source (`og:site_name`, else the page's host) from
 * its metadata. Only text nodes reach the body: scripts, styles and markup never do.
 */
export function parseHtmlArticle(
	file: string,
	html: string,
	toDocument: (html: string) => Document = linkedomDocument
): { parsed?: ParsedArticle; problems: Problem[] } {
	const document = toDocument(html);
	for (const element of [...document.querySelectorAll(NOT_TEXT)]) element.remove();
	const meta = (name: string) =>
		document
			.querySelector(`meta[property="${name}"], meta[name="${name}"]`)
			?.getAttribute('content')
			?.trim() || undefined;
	const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
	const url = [meta('og:url'), canonical].find(isWebUrl);
	const timeTag =
		document.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]') ??
		document.querySelector('time[datetime]');
	const timeAttr = timeTag?.getAttribute('datetime') ?? undefined;

	const read = new (libraries().Readability)(document, {
		// The article element itself, to read block by block, rather than its HTML.
		serializer: (element: Node) => element,
		// Readability tries again, up to four passes, while the text is under 500 characters; a short
		// news item is not a failed pass (measured: a three-paragraph page took four times as long).
		charThreshold: 200
	}).parse();
	const root = read?.content as unknown as Element | null | undefined;
	const body = root ? paragraphs(root).join('\n\n') : '';
	if (!body) return fail('BODY_EMPTY', file, 1, 'no article text found in the page');

	const published =
		[read?.publishedTime, meta('article:published_time'), timeAttr]
			.map((d) => (d ? calendarDateOf(d) : undefined))
			.find(Boolean) ?? fileNameDate(file);
	if (!published) {
		return fail(
			'FIELD_MISSING',
			file,
			1,
			'no publication date: the page has no article:published_time, datePublished or <time datetime>, and the file name begins with none'
		);
	}
	const title = (read?.title || meta('og:title') || '').replace(/\s+/g, ' ').trim();
	const source = meta('og:site_name') || read?.siteName?.trim() || hostOf(url);
	if (!title) return fail('FIELD_MISSING', file, 1, 'no title: the page has neither <title> nor og:title');
	if (!source)
		return fail('FIELD_MISSING', file, 1, 'no source: the page has neither og:site_name nor a URL');
	const article: Article = { id: articleIdOf(file), title, published, source };
	if (url) article.url = url;
	const lineOf = () => 1;
	return {
		parsed: {
			article,
			body,
			bodyLine: lineOfText(html, body),
			frontMatter: { value: article, file, lineOf }
		},
		problems: []
	};
}

/** linkedom's DOM of a page: chosen over jsdom by measurement (README, "Articles as people save them"). */
function linkedomDocument(html: string): Document {
	return libraries().parseHTML(html).document as unknown as Document;
}

let loaded: { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHtml } | undefined;

/**
 * linkedom and Readability, loaded on the first page read: importing linkedom takes 0.3–2 s, which
 * every build, CLI run and worker thread would pay for folders without a single `.html` file.
 */
function libraries() {
	if (!loaded) {
		const require = createRequire(import.meta.url);
		loaded = {
			Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
			parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML
		};
	}
	return loaded;
}

/**
 * The text of each innermost block, whitespace collapsed: what a reader sees as paragraphs. A short
 * line that ends without a full stop ("Published 18 September 2018 · 3 min read", "Moscow, March 6,
 * 2020", a subheading) is page furniture Readability kept, not a sentence an event can come from.
 */
function paragraphs(root: Element): string[] {
	const blocks = [...root.querySelectorAll(BLOCKS)].filter((block) => !block.querySelector(BLOCKS));
	const texts = (blocks.length > 0 ? blocks : [root]).map((block) =>
		(block.textContent ?? '').replace(/\s+/g, ' ').trim()
	);
	return texts.filter((text) => text !== '' && !isFurniture(text));
}

const SENTENCE_END = /[.!?…]["'”’)]*$/;

function isFurniture(text: string): boolean {
	return !SENTENCE_END.test(text) && text.split(' ').length < 12;
}

/** The line of the page where the body's first words stand, for problems about its sentences. */
function lineOfText(html: string, body: string): number {
	const at = html.indexOf(body.slice(0, 24));
	return at < 0 ? 1 : html.slice(0, at).split('\n').length;
}

function fail(code: Problem['code'], file: string, line: number, message: string) {
	return { problems: [{ code, file, line, message }] satisfies Problem[] };
}
