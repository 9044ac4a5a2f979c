// `tsx tests/tools/tml-articles.ts <out-dir> <file.tml>…`: writes each TimeML file as a Dateline article
// (`<out-dir>/articles/<slug>.md`), so real news from ../shared/benchmarks/ can be extracted and scored.
// The body is the `<TEXT>` with every tag removed; `published` is the DCT; the title is the first sentence
// (TimeBank keeps no headlines), without its dateline ("CANBERRA, Australia (AP)_").
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseTml } from '../../src/pipeline/timex/tml.ts';

const SOURCES: [RegExp, string][] = [
	[/^APW?/i, 'Associated Press'],
	[/^CNN/i, 'CNN'],
	[/^PRI/i, 'PRI The World'],
	[/^VOA/i, 'Voice of America'],
	[/^WSJ/i, 'The Wall Street Journal'],
	[/^NYT/i, 'The New York Times'],
	[/^ABC/i, 'ABC News'],
	[/^SJMN/i, 'San Jose Mercury News'],
	[/^e[ad]\d/i, 'Broadcast news transcript']
];

const DATELINE = /^[A-Z][A-Z.' ]+(?:, [A-Za-z. ]+)? \((?:AP|Reuters)\)_\s*|^[A-Z][A-Z.' ]+ _\s*/;

function titleOf(body: string): string {
	const first = body.replace(DATELINE, '').split(/(?<=[.!?])\s/)[0] ?? '';
	if (first.length <= 110) return first.replace(/[.!?]$/, '');
	const cut = first.slice(0, 110);
	return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}

const [out, ...files] = process.argv.slice(2);
if (!out || files.length === 0) {
	console.error('usage: tsx tests/tools/tml-articles.ts <out-dir> <file.tml>…');
	process.exit(2);
}
mkdirSync(join(out, 'articles'), { recursive: true });
for (const file of files) {
	const doc = parseTml(readFileSync(file, 'utf8'));
	const name = basename(file, '.tml');
	const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
	const body = doc.text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n\n');
	const source = SOURCES.find(([re]) => re.test(name))?.[1] ?? 'Unknown';
	const front = [
		'---',
		`title: ${JSON.stringify(titleOf(body))}`,
		`published: ${doc.dct}`,
		`source: ${source}`,
		`# TimeBank 1.2 (TempEval-3), ${name}.tml`,
		'---'
	].join('\n');
	writeFileSync(join(out, 'articles', `${slug}.md`), `${front}\n${body}\n`);
}
