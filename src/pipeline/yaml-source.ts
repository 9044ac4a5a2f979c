import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Problem, ProblemCode } from '../lib/model/problems.ts';

export type YamlPath = readonly (string | number)[];

/** A parsed YAML text that can say on which line any value (or its nearest parent) stands. */
export interface YamlSource {
	value: unknown;
	file: string;
	/**
	 * 1-based line of the value at `path`, else of its nearest existing parent. With `'key'`, the line
	 * of the mapping key that ends the path: a block value starts on the line after its key.
	 */
	lineOf(path: YamlPath, part?: 'value' | 'key'): number;
}

/** Reports a problem at the line of a value (or, with `'key'`, of its key) in one YAML source. */
export type Report = (path: YamlPath, code: ProblemCode, message: string, part?: 'value' | 'key') => void;

/** The reporter the readers share: each call adds one problem, with the source's file and line, to `problems`. */
export function problemAt(source: YamlSource, problems: Problem[]): Report {
	return (path, code, message, part) =>
		void problems.push({ code, file: source.file, line: source.lineOf(path, part), message });
}

/** An item read from a YAML list, with its position there: items the reader skips leave gaps. */
export interface YamlItem<T> {
	item: T;
	index: number;
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
	const lineAt = (offset: number) => lines.linePos(offset).line + lineOffset;
	// A tag the core schema does not know (`!js/function`) would be dropped in silence: say so.
	const tags: Problem[] = doc.warnings
		.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED')
		.map((warning) => ({
			code: 'YAML_TAG',
			file,
			line: lineAt(warning.pos[0]),
			message: `${firstLine(warning.message)}: Dateline reads plain YAML values only; remove the tag`
		}));
	if (tags.length > 0) return { problems: tags };
	const lineOf = (path: YamlPath, part: 'value' | 'key' = 'value') => {
		const node = part === 'key' ? keyAt(doc, path) : undefined;
		const start = (node ?? nodeAt(doc, path))?.range?.[0] ?? 0;
		return lineAt(start);
	};
	let value: unknown;
	try {
		value = doc.toJS();
	} catch (error) {
		// The library refuses aliases that expand without bound ("billion laughs"); nothing else throws here.
		if (!(error instanceof ReferenceError)) throw error;
		return {
			problems: [
				{
					code: 'YAML_ALIASES',
					file,
					line: lineAt(firstAlias(doc)),
					message: `YAML aliases expand too far (${error.message}): write the values out`
				}
			]
		};
	}
	return { source: { value, file, lineOf }, problems: [] };
}

/** The offset of the first alias (`*name`) in the document, or 0. */
function firstAlias(doc: Document): number {
	let offset = 0;
	visit(doc, {
		Alias(_, node) {
			offset = node.range?.[0] ?? 0;
			return visit.BREAK;
		}
	});
	return offset;
}

function nodeAt(doc: Document, path: YamlPath, exact = false): Node | undefined {
	let node: unknown = doc.contents;
	let found = node as Node | undefined;
	for (const key of path) {
		if (isMap(node)) node = node.get(key, true);
		else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
		else node = undefined;
		if (!node) return exact ? undefined : found;
		found = node as Node;
	}
	return found;
}

/** The key node of the mapping entry `path` ends at, if there is one. */
function keyAt(doc: Document, path: YamlPath): Node | undefined {
	const parent = path.length > 0 ? nodeAt(doc, path.slice(0, -1), true) : undefined;
	if (!isMap(parent)) return undefined;
	const key = String(path[path.length - 1]);
	const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
	return isScalar(pair?.key) ? pair.key : undefined;
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
