// `npm run timex -- <file> [--dct YYYY-MM-DD]`: the date expressions of one file, one JSON object a line.
import { readFileSync } from 'node:fs';
import { readArguments } from '../command-line.ts';
import { timexInput } from './input.ts';
import { tagDates } from './tagger.ts';

const usage = 'usage: npm run timex -- <file.tml|file.md|file.txt> [--dct YYYY-MM-DD]';

function main(argv: string[]): number {
	const args = readArguments(argv, { dct: { type: 'string' } }, usage, [1, 1]);
	if (typeof args === 'number') return args;
	const file = args.positionals[0]!;
	let content: string;
	try {
		content = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		console.error(code === 'ENOENT' ? `${file}: no such file` : `${file}: ${(error as Error).message}`);
		return 2;
	}
	const input = timexInput(file, content, args.values.dct);
	if ('error' in input) {
		console.error(input.error);
		return 2;
	}
	const lines = tagDates(input.text, input.dct).map(({ text, start, end, value, type, mod, range }) =>
		JSON.stringify({ text, start, end, value, type, ...(mod ? { mod } : {}), ...(range ? { range } : {}) })
	);
	if (lines.length) process.stdout.write(lines.join('\n') + '\n');
	return 0;
}

// `npm run timex -- f | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') throw error;
});

process.exitCode = main(process.argv.slice(2));
