// What the pipeline's commands (`extract`, `timex`, `eval`) share: reading their arguments.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parse `argv` against `options` (plus `--help`). Returns the parsed arguments, or the exit code when
 * the command is done: 0 after printing the usage for `--help`, 2 after printing it for a mistake
 * (an unknown option, or a count of positionals outside `positionals`).
 */
export function readArguments<O extends Options>(
	argv: string[],
	options: O,
	usage: string,
	positionals: [min: number, max: number] = [0, 0]
) {
	let args;
	try {
		args = parseArgs({
			args: argv,
			allowPositionals: positionals[1] > 0,
			options: { ...options, help: { type: 'boolean' } }
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	if ((args.values as { help?: boolean }).help) {
		console.log(usage);
		return 0;
	}
	const count = args.positionals.length;
	if (count < positionals[0] || count > positionals[1]) {
		console.error(usage);
		return 2;
	}
	return args as {
		values: {
			[K in keyof O]?: O[K] extends { type: 'boolean' }
				? boolean
				: O[K] extends { multiple: true }
					? string[]
					: string;
		};
		positionals: string[];
	};
}
