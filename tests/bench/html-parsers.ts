/**
 * linkedom or jsdom under Readability for saved news pages (issue 14 asks to choose by measurement):
 * time per article and whether each page gives the text its Markdown twin has. jsdom is not a
 * dependency: point DATELINE_JSDOM at an installed copy (`npm install jsdom` in a scratch folder) to
 * compare; without it only linkedom is measured.
 *
 *   DATELINE_JSDOM=/tmp/scratch/node_modules/jsdom npx tsx tests/bench/html-parsers.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/pipeline/article.ts';
import { parseHtmlArticle } from '../../src/pipeline/article-html.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/formats');
const saved = readdirSync(join(FIXTURES, 'saved')).filter((name) => name.endsWith('.html'));
const pages = saved.map((name) => ({ name, html: readFileSync(join(FIXTURES, 'saved', name), 'utf8') }));

// A long page as big news sites save them: 30 paragraphs of story, 300 menu links, 60 comments, inline scripts.
const story = pages.find((p) => p.name.startsWith('2019-04-20'))!.html;
const paragraph = (i: number) =>
	`<p>Paragraph ${i} of the story: delegations met again in the capital and officials said the talks on the committee had made some progress.</p>`;
const long = story
	.replace(
		'<ul><li><a href="/world">',
		`<ul>${Array.from({ length: 300 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('')}<li><a href="/world">`
	)
	.replace(
		'</div>\n  </article>',
		`${Array.from({ length: 27 }, (_, i) => paragraph(i + 4)).join('\n')}</div>\n  </article>`
	)
	.replace(
		'</main>',
		`<section class="comments">${Array.from({ length: 60 }, (_, i) => `<div class="comment"><p>Reader ${i}: a comment of some length about the story.</p><script>track(${i})</script></div>`).join('')}</section></main>`
	);
pages.push({ name: 'long page (built from 2019-04-20)', html: long });

/** The body each page should give: its Markdown twin's, or for the hostile page the three clean paragraphs. */
function expected(name: string): string | undefined {
	try {
		const md = join(FIXTURES, 'articles', name.replace(/\.html$/, '.md'));
		return parseArticle(md, readFileSync(md, 'utf8')).parsed!.body;
	} catch {
		return undefined;
	}
}

type ToDocument = (html: string) => Document;
const parsers: [string, ToDocument | undefined][] = [['linkedom', undefined]];
if (process.env.DATELINE_JSDOM) {
	const { JSDOM } = (await import(process.env.DATELINE_JSDOM)) as {
		JSDOM: new (html: string) => { window: { document: Document } };
	};
	parsers.push(['jsdom', (html) => new JSDOM(html).window.document]);
}

const RUNS = 30;
for (const [parser, toDocument] of parsers) {
	console.log(`\n${parser}`);
	for (const { name, html } of pages) {
		const times: number[] = [];
		let body = '';
		for (let run = 0; run < RUNS; run++) {
			const start = performance.now();
			body = parseHtmlArticle(name, html, toDocument).parsed?.body ?? '';
			times.push(performance.now() - start);
		}
		times.sort((a, b) => a - b);
		const twin = expected(name);
		const clean = !/TEXT|alert|javascript:|track\(/.test(body);
		const verdict =
			twin === undefined ? (clean ? 'clean' : 'NOT CLEAN') : body === twin ? 'same as twin' : 'DIFFERS';
		console.log(
			`  ${name.padEnd(40)} median ${times[RUNS >> 1]!.toFixed(2).padStart(6)} ms  max ${times.at(-1)!.toFixed(1).padStart(6)} ms  ${body.length} chars  ${verdict}`
		);
	}
}
