// `npm run timex -- <file> [--dct YYYY-MM-DD]`: the date expressions of one file, one JSON object a line.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { timexInput } from './input.ts';
import { tagDates } from './tagger.ts';

const usage = 'usage: npm run timex -- <file.tml|file.md|file.txt> [--dct YYYY-MM-DD]';

function main(argv: string[]): number {
	let args;
	try {
		args = parseArgs({
			args: argv,
			allowPositionals: true,
			options: { dct: { type: 'string' }, help: { type: 'boolean' } }
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	if (args.values.help) {
		console.log(usage);
		return 0;
	}
	const [file] = args.positionals;
	if (!file || args.positionals.length > 1) {
		console.error(usage);
		return 2;
	}
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
