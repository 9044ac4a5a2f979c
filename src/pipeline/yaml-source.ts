import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from '../lib/model/problems.ts';

/** A parsed YAML text that can say on which line any value (or its nearest parent) stands. */
export interface YamlSource {
	value: unknown;
	file: string;
	/** 1-based line of the value at `path`, else of its nearest existing parent. */
	lineOf(path: readonly (string | number)[]): number;
}

/**
 * Parse YAML keeping positions, so a problem found later in a value can name its file and line.
 * `lineOffset` is for YAML embedded in a larger file (an article's front matter).
 */
export function parseYaml(
	text: string,
	file: string,
	lineOffset = 0
): { source?: YamlSource; problems: Problem[] } {
	const lines = new LineCounter();
	// The core schema keeps `2018-09-17` a string: dates are calendar dates, not timestamps.
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const errors = doc.errors;
	if (errors.length > 0) {
		return {
			problems: errors.map((error) => ({
				code: 'YAML_SYNTAX',
				file,
				// `linePos` is only set with `prettyErrors`; the line counter knows every offset's line.
				line: lines.linePos(error.pos[0]).line + lineOffset,
				message: `YAML syntax: ${firstLine(error.message)}`
			}))
		};
	}
	const lineOf = (path: readonly (string | number)[]) => {
		const start = nodeAt(doc, path)?.range?.[0] ?? 0;
		return lines.linePos(start).line + lineOffset;
	};
	return { source: { value: doc.toJS(), file, lineOf }, problems: [] };
}

function nodeAt(doc: Document, path: readonly (string | number)[]): Node | undefined {
	let node: unknown = doc.contents;
	let found = node as Node | undefined;
	for (const key of path) {
		if (isMap(node)) node = node.get(key, true);
		else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
		else break;
		if (!node) break;
		found = node as Node;
	}
	return found;
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
