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
	'UNKNOWN_ACTOR',
	'UNKNOWN_ARTICLE',
	'UNKNOWN_MEMBER',
	'SOURCE_OFFSETS',
	'UNSORTED',
	'VERSION',
	// Input files.
	'FIELD_UNKNOWN',
	'YAML_SYNTAX',
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
	/** Where in the dataset value, e.g. `['events', 3, 'start']`: lets the pipeline find the line. */
	path?: (string | number)[];
}

/**
 * `file:line: message [CODE]`, the way compilers print, so editors can jump to it. Messages name the
 * value they are about (`events[3].start: …`), so problems without a file still say where.
 */
export function formatProblem(problem: Problem): string {
	const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}` : ''}: ` : '';
	return `${where}${problem.message} [${problem.code}]`;
}
