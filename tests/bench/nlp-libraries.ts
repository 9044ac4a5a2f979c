// `npx tsx tests/bench/nlp-libraries.ts`: the comparison behind the choice of NLP library (README, "How
// events are extracted"). Measures compromise and wink-nlp (wink-eng-lite-web-model) on what extraction
// needs from them, on text that is not held out:
//   - part of speech at the gold TimeML events of TE3 Platinum (verb or noun: "a raid" vs "raided");
//   - tense of those verbs (TimeML's PAST / PRESENT / FUTURE / NONE);
//   - the share of gold actors (tests/fixtures/gold) whose mention the library marks as a name;
//   - speed: the articles of data/articles, analysed on one thread.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyseDocument } from '../../src/pipeline/extract/tokens.ts';
import { parse as parseYaml } from 'yaml';
import { parseArticle } from '../../src/pipeline/article.ts';

const bodyOf = (file: string) => parseArticle(file, readFileSync(file, 'utf8')).parsed!.body;

interface Token {
	start: number;
	end: number;
	pos: 'VERB' | 'NOUN' | 'PROPN' | 'OTHER';
	tense?: 'PAST' | 'PRESENT' | 'FUTURE' | 'NONE';
	/** Inside a person, organisation or place the library recognised (or a proper-noun run). */
	name: boolean;
}

interface Library {
	name: string;
	analyse(text: string): Token[];
}

const compromise: Library = {
	name: 'compromise 14',
	analyse(text) {
		const doc = nlp(text);
		const names = new Set<number>();
		for (const view of [doc.people(), doc.organizations(), doc.places()]) {
			for (const s of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
				for (let i = s.offset.start; i < s.offset.start + s.offset.length; i++) names.add(i);
			}
		}
		const tokens: Token[] = [];
		for (const sentence of doc.json({ offset: true, terms: { offset: true } }) as {
			terms: { tags: string[]; offset: { start: number; length: number } }[];
		}[]) {
			const terms = sentence.terms;
			for (let k = 0; k < terms.length; k++) {
				const t = terms[k]!;
				const tags = new Set(t.tags);
				const pos = tags.has('Verb')
					? 'VERB'
					: tags.has('ProperNoun') || tags.has('Person') || tags.has('Place') || tags.has('Organization')
						? 'PROPN'
						: tags.has('Noun')
							? 'NOUN'
							: 'OTHER';
				let tense: Token['tense'];
				if (pos === 'VERB') {
					const before = terms.slice(Math.max(0, k - 3), k).flatMap((x) => x.tags);
					tense =
						before.includes('Modal') &&
						/will|shall/i.test(text.slice(terms[Math.max(0, k - 3)]!.offset.start, t.offset.start))
							? 'FUTURE'
							: tags.has('PastTense') || before.includes('PastTense')
								? 'PAST'
								: tags.has('PresentTense') || before.includes('PresentTense')
									? 'PRESENT'
									: 'NONE';
				}
				tokens.push({
					start: t.offset.start,
					end: t.offset.start + t.offset.length,
					pos,
					tense,
					name: names.has(t.offset.start)
				});
			}
		}
		return tokens;
	}
};

// wink-nlp as Dateline runs it: the token stream of src/pipeline/extract/tokens.ts.
const winkLibrary: Library = {
	name: 'wink-nlp 2 + eng-lite-web-model',
	analyse(text) {
		return analyseDocument(text).map((t) => ({
			start: t.start,
			end: t.end,
			pos:
				t.pos === 'VERB' || t.pos === 'AUX'
					? 'VERB'
					: t.pos === 'PROPN'
						? 'PROPN'
						: t.pos === 'NOUN'
							? 'NOUN'
							: 'OTHER',
			// The lite model has no tense.
			tense: t.pos === 'VERB' ? 'NONE' : undefined,
			name: t.pos === 'PROPN'
		}));
	}
};

const TE3 = process.env.TE3_DIR ?? '../shared/benchmarks/te3-platinum';
const te3Dir = TE3;

/** TimeML events with their gold part of speech and tense, as offsets into the plain text. */
function te3Events(): {
	text: string;
	events: { start: number; end: number; pos: string; tense: string }[];
}[] {
	const docs = [];
	for (const file of readdirSync(te3Dir).filter((f) => f.endsWith('.tml'))) {
		const xml = readFileSync(join(te3Dir, file), 'utf8');
		const inner = xml.slice(xml.indexOf('<TEXT>') + 6, xml.indexOf('</TEXT>'));
		const instances = new Map<string, { pos: string; tense: string }>();
		for (const m of xml.matchAll(/<MAKEINSTANCE\b([^>]*)>/g)) {
			const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
			instances.set(attr('eventID'), { pos: attr('pos'), tense: attr('tense') });
		}
		let text = '';
		const events = [];
		let open: { id: string; start: number } | undefined;
		for (const m of inner.matchAll(/<(\/?)(\w+)([^>]*)>|[^<]+/g)) {
			if (m[2] === undefined) {
				text += m[0]
					.replace(/&amp;/g, '&')
					.replace(/&lt;/g, '<')
					.replace(/&gt;/g, '>')
					.replace(/&quot;/g, '"')
					.replace(/&apos;/g, "'");
			} else if (m[2] === 'EVENT' && m[1] === '')
				open = { id: /eid="([^"]*)"/.exec(m[3]!)?.[1] ?? '', start: text.length };
			else if (m[2] === 'EVENT' && open) {
				const gold = instances.get(open.id);
				if (gold) events.push({ start: open.start, end: text.length, ...gold });
				open = undefined;
			}
		}
		docs.push({ text, events });
	}
	return docs;
}

function posAndTense(lib: Library) {
	let posRight = 0;
	let posAll = 0;
	let tenseRight = 0;
	let tenseAll = 0;
	for (const doc of te3Events()) {
		const tokens = lib.analyse(doc.text);
		for (const e of doc.events) {
			if (e.pos !== 'VERB' && e.pos !== 'NOUN') continue;
			const t = tokens.find((k) => k.start <= e.start && k.end > e.start);
			posAll++;
			const pos = t?.pos === 'PROPN' ? 'NOUN' : t?.pos;
			if (pos === e.pos) posRight++;
			if (e.pos === 'VERB' && /^(?:PAST|PRESENT|FUTURE|NONE)$/.test(e.tense)) {
				tenseAll++;
				if (t?.tense === e.tense) tenseRight++;
			}
		}
	}
	return { pos: posRight / posAll, posAll, tense: tenseRight / tenseAll, tenseAll };
}

function actorNames(lib: Library) {
	const root = 'tests/fixtures/gold';
	const actors = parseYaml(readFileSync(join(root, 'actors.yaml'), 'utf8')) as {
		id: string;
		name: string;
		aliases?: string[];
		kind: string;
	}[];
	const byId = new Map(actors.map((a) => [a.id, a]));
	const gold = parseYaml(readFileSync(join(root, 'gold.yaml'), 'utf8')) as {
		article: string;
		sentence: string;
		actors: string[];
	}[];
	let found = 0;
	let all = 0;
	const cache = new Map<string, { body: string; tokens: Token[] }>();
	for (const g of gold) {
		let entry = cache.get(g.article);
		if (!entry) {
			const body = bodyOf(join(root, 'articles', `${g.article}.md`));
			entry = { body, tokens: lib.analyse(body) };
			cache.set(g.article, entry);
		}
		const at = entry.body.indexOf(g.sentence);
		if (at < 0) continue;
		const from = entry.body.lastIndexOf('.', at) + 1;
		const to = entry.body.indexOf('.', at + g.sentence.length);
		const sentence = entry.body.slice(from, to < 0 ? undefined : to);
		for (const id of g.actors) {
			const a = byId.get(id);
			if (!a || a.kind === 'country') continue; // states are the gazetteer's work, not the library's
			const names = [a.name, ...(a.aliases ?? [])].filter((n) => /^[A-Z]/.test(n));
			const hit = names.map((n) => sentence.indexOf(n)).find((i) => i >= 0);
			if (hit === undefined) continue;
			all++;
			const t = entry.tokens.find((k) => k.start <= from + hit && k.end > from + hit);
			if (t?.name) found++;
		}
	}
	return { recall: found / all, all };
}

function speed(lib: Library) {
	const bodies = readdirSync('data/articles')
		.filter((f) => f.endsWith('.md'))
		.map((f) => bodyOf(join('data/articles', f)));
	for (const b of bodies) lib.analyse(b);
	const t0 = performance.now();
	let n = 0;
	while (performance.now() - t0 < 3000) {
		for (const b of bodies) lib.analyse(b);
		n += bodies.length;
	}
	return Math.round(n / ((performance.now() - t0) / 1000));
}

console.log(
	'| library | POS at TE3 events (verb/noun) | tense of TE3 verbs | gold person/org mentions named | articles/s, analysis alone |'
);
console.log('|---|---:|---:|---:|---:|');
for (const lib of [compromise, winkLibrary]) {
	const p = posAndTense(lib);
	const a = actorNames(lib);
	console.log(
		`| ${lib.name} | ${p.pos.toFixed(3)} (${p.posAll}) | ${p.tense.toFixed(3)} (${p.tenseAll}) | ${a.recall.toFixed(3)} (${a.all}) | ${speed(lib)} |`
	);
}
