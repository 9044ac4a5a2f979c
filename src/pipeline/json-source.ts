import type { Problem } from '../lib/model/problems.ts';
import type { YamlPath, YamlSource } from './yaml-source.ts';

/**
 * Parse JSON keeping positions, as `parseYaml` does for YAML, so a problem found later in a value can
 * name its line. `JSON.parse` judges the syntax; a small walk over the (then valid) text notes where
 * each value starts.
 */
export function parseJson(text: string, file: string): { source?: YamlSource; problems: Problem[] } {
	// A byte-order mark (Windows editors write one) becomes a space: JSON allows it, and offsets stay.
	text = text.replace(/^\uFEFF/, ' ');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		const message = (error as Error).message;
		// V8 names the offset ("… in JSON at position 41"), newer ones the line too.
		const at = /line (\d+)/.exec(message)?.[1] ?? undefined;
		const position = /position (\d+)/.exec(message)?.[1];
		const line = at ? Number(at) : position ? lineAt(text, Number(position)) : 1;
		return {
			problems: [
				{ code: 'JSON_SYNTAX', file, line, message: `JSON syntax: ${message.replace(/ in JSON.*$/, '')}` }
			]
		};
	}
	const starts = valueStarts(text);
	const lineOf = (path: YamlPath) => {
		// The value at the path, else its nearest parent that exists.
		for (let n = path.length; n >= 0; n--) {
			const start = starts.get(path.slice(0, n).join('\u0000'));
			if (start !== undefined) return lineAt(text, start);
		}
		return 1;
	};
	return { source: { value, file, lineOf }, problems: [] };
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/** Where each value of a valid JSON text starts, by its path joined with NUL. */
function valueStarts(text: string): Map<string, number> {
	const starts = new Map<string, number>();
	let i = 0;
	const space = () => {
		while (/\s/.test(text[i] ?? '')) i++;
	};
	const string = () => {
		const from = i++;
		while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		i++;
		return JSON.parse(text.slice(from, i)) as string;
	};
	const value = (path: string[]) => {
		space();
		starts.set(path.join('\u0000'), i);
		const c = text[i];
		if (c === '{' || c === '[') {
			i++;
			space();
			for (let index = 0; text[i] !== (c === '{' ? '}' : ']'); index++) {
				let key = String(index);
				if (c === '{') {
					key = string();
					space();
					i++; // the colon
				}
				value([...path, key]);
				space();
				if (text[i] === ',') i++;
				space();
			}
			i++;
		} else if (c === '"') string();
		else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
	};
	value([]);
	return starts;
}
