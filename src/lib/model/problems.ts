/**
 * Problems are data: a code a test can assert, where it was found, and a message for people.
 * Turning them into `file:line: message` text is the printer's job (see `formatProblem`).
 */

export const PROBLEM_CODES = [
	// Shape of the dataset and its parts.
	'FIELD_MISSING',
	'FIELD_INVALID',
	'DATE_INVALID',
	'DATE_ORDER',
	'PRECISION_MISMATCH',
	'DUPLICATE_ID',
	'DUPLICATE_REF',
	'UNKNOWN_ACTOR',
	'UNKNOWN_ARTICLE',
	'UNKNOWN_MEMBER',
	'ROLE_NOT_ACTOR',
	'SOURCE_OFFSETS',
	'UNSORTED',
	'VERSION',
	// Input files.
	'FIELD_UNKNOWN',
	'YAML_SYNTAX',
	'YAML_ALIASES',
	'YAML_TAG',
	'JSON_SYNTAX',
	'FRONT_MATTER_MISSING',
	'BODY_EMPTY',
	'ENCODING',
	'QUOTE_NOT_FOUND',
	'READ_FAILED',
	// Output files.
	'WRITE_FAILED'
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
	code: ProblemCode;
	message: string;
	/** The input file, relative to the data folder's parent where known. */
	file?: string;
	/** 1-based line in `file`. */
	line?: number;
	/**
	 * The value the problem is about: in the dataset (`['events', 3, 'start']`), or, once the build has
	 * placed it in `file`, inside that file's item (`['start']`). Data, not text: the printers add it.
	 */
	path?: (string | number)[];
}

/** `events[3].actors[1]`, the way a reader of the JSON would point at it. */
export function pathLabel(path: readonly (string | number)[]): string {
	return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** The message with the value it is about: `events[3].start: "2018-02-30" is not a real calendar date`. */
export function describeProblem({ path, message }: Problem): string {
	return path?.length ? `${pathLabel(path)}: ${message}` : message;
}

/** `file:line: path: message [CODE]`, the way compilers print, so editors can jump to it. */
export function formatProblem(problem: Problem): string {
	const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}` : ''}: ` : '';
	return `${where}${describeProblem(problem)} [${problem.code}]`;
}
