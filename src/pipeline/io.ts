// The pipeline's one place that touches the disk: reading a data folder and writing outputs whole.
import {
	existsSync,
	lstatSync,
	mkdirSync,
	realpathSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../lib/model/problems.ts';
import type { DataFiles, InputFile } from './build.ts';
import type { ExtractionCache } from './extract/batch.ts';
import type { ExtractedEvent } from './extract/types.ts';
import { readWorldCountries } from './world/read.ts';

/** Where a data folder's parts are: the articles folder, the gazetteer file, the curated events folder. */
export interface DataLayout {
	articles: string;
	actors?: string;
	places?: string;
	events?: string;
	/** TimelineJS files (JSON, or CSV of its sheet template) that become curated events. */
	timelines?: string;
}

/**
 * Resolve the layout from a folder given by the user: a data root holding `articles/`, or an articles
 * folder whose parent holds `actors.yaml` and `events/`. Explicit paths win. A folder that is neither
 * throws: read as an articles folder, it would build an empty dataset without a word.
 */
export function resolveLayout(dir: string, overrides: Partial<DataLayout> = {}): DataLayout {
	const root = existsSync(join(dir, 'articles')) ? dir : dirname(dir);
	const articles = overrides.articles ?? (root === dir ? join(dir, 'articles') : dir);
	if (articles === dir && listFiles(dir, ARTICLE).length === 0) {
		throw new Error(`no articles/ folder and no .md, .txt or .html files in ${dir}`);
	}
	const actors =
		overrides.actors ?? (existsSync(join(root, 'actors.yaml')) ? join(root, 'actors.yaml') : undefined);
	const places =
		overrides.places ?? (existsSync(join(root, 'places.yaml')) ? join(root, 'places.yaml') : undefined);
	const events = overrides.events ?? (existsSync(join(root, 'events')) ? join(root, 'events') : undefined);
	const timelines =
		overrides.timelines ?? (existsSync(join(root, 'timelines')) ? join(root, 'timelines') : undefined);
	return { articles, actors, places, events, timelines };
}

/**
 * The largest input file read, in bytes: `DATELINE_MAX_FILE_MB` (default 20). A larger file is a
 * problem, not a read: a symlink to /dev/zero once grew a build to 19 GB.
 */
export function maxFileBytes(env: Record<string, string | undefined> = process.env): number {
	const mb = Number(env.DATELINE_MAX_FILE_MB);
	return (Number.isFinite(mb) && mb > 0 ? mb : 20) * 1024 * 1024;
}

/**
 * Why `path` (listed in `folder`) must not be read, or undefined: only regular files inside their
 * folder are read, so a FIFO, a device, a folder named like a file or a link out of the data folder
 * (git carries symlinks into pull requests) is named, never opened.
 */
function unreadable(path: string, folder: string, limit: number): string | undefined {
	const link = lstatSync(path);
	let real = path;
	if (link.isSymbolicLink()) {
		try {
			real = realpathSync(path);
		} catch {
			return 'is a symbolic link to nothing';
		}
		const inside = realpathSync(folder);
		if (!real.startsWith(inside + sep)) return `is a symbolic link to ${real}, outside the data folder`;
	}
	const stat = link.isSymbolicLink() ? lstatSync(real) : link;
	if (stat.isDirectory()) return 'is a folder, not a file';
	if (!stat.isFile()) return 'is not a regular file (a pipe, socket or device)';
	if (stat.size > limit)
		return `is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the limit of ${limit / 1024 / 1024} MB (DATELINE_MAX_FILE_MB)`;
	return undefined;
}

/**
 * Read every input file of a layout. Paths in problems are relative to `cwd`, as a user would type them.
 * A file that must not be read (see `unreadable`) is left out, with a READ_FAILED problem naming it.
 */
export function readDataFiles(layout: DataLayout, cwd = process.cwd(), limit = maxFileBytes()): DataFiles {
	const unread: Problem[] = [];
	const read = (path: string, folder = dirname(path)): InputFile[] => {
		const file = relative(cwd, path) || path;
		const why = unreadable(path, folder, limit);
		if (why) {
			unread.push({ code: 'READ_FAILED', file, message: `${file} ${why}` });
			return [];
		}
		return [{ path: file, bytes: readFileSync(path) }];
	};
	const all = (folder: string, pattern: RegExp) => listFiles(folder, pattern).flatMap((p) => read(p, folder));
	return {
		articles: all(layout.articles, ARTICLE),
		actors: layout.actors ? read(layout.actors)[0] : undefined,
		places: layout.places ? read(layout.places)[0] : undefined,
		events: layout.events ? all(layout.events, /\.ya?ml$/i) : [],
		timelines: layout.timelines ? all(layout.timelines, /\.(json|csv)$/i) : [],
		unread
	};
}

/**
 * Resolve and read a data folder; one that cannot be read is a READ_FAILED problem naming it, so the
 * CLI and the Vite plugin report it like any other problem.
 */
export function readDataFolder(
	dir: string,
	overrides: Partial<DataLayout> = {},
	cwd = process.cwd()
): { files?: DataFiles; problems: Problem[] } {
	try {
		return { files: readDataFiles(resolveLayout(dir, overrides), cwd), problems: [] };
	} catch (error) {
		const file = relative(cwd, dir) || dir;
		return { problems: [{ code: 'READ_FAILED', file, message: (error as Error).message }] };
	}
}

/** Articles as Markdown with front matter, as plain text, or as a page saved from a news site. */
export const ARTICLE = /\.(md|txt|html?)$/i;

function listFiles(dir: string, pattern: RegExp): string[] {
	if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
	return readdirSync(dir)
		.filter((name) => pattern.test(name))
		.sort()
		.map((name) => join(dir, name));
}

/**
 * A fingerprint of the code and shipped data extraction runs (the pipeline's sources, `extract/`,
 * `timex/` and `world/` included, the model's, whose dates and types it uses, and the version of the
 * `world-countries` data), so cached results never outlive a change to what made them. Empty where the
 * sources are not on disk.
 */
export function extractionCodeFingerprint(): string {
	const hash = createHash('sha1').update(readWorldCountries().version);
	for (const folder of ['.', 'extract', 'timex', 'world', '../lib/model']) {
		const dir = fileURLToPath(new URL(`./${folder}/`, import.meta.url));
		if (!existsSync(dir)) return '';
		for (const name of readdirSync(dir).sort()) {
			if (name.endsWith('.ts') || name.endsWith('.yaml'))
				hash.update(name).update(readFileSync(join(dir, name)));
		}
	}
	return hash.digest('hex').slice(0, 16);
}

/** A dataset file's JSON value; one that cannot be read or is not JSON is a READ_FAILED problem naming `file`. */
export function readDatasetJson(path: string, file: string): { value?: unknown; problems: Problem[] } {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		return {
			problems: [
				{ code: 'READ_FAILED', file, message: `cannot read the dataset: ${(error as Error).message}` }
			]
		};
	}
	try {
		return { value: JSON.parse(text), problems: [] };
	} catch (error) {
		return {
			problems: [
				{ code: 'READ_FAILED', file, message: `the dataset is not JSON: ${(error as Error).message}` }
			]
		};
	}
}

/**
 * The extraction cache kept between builds: a JSON map from cache key to events. A missing, unreadable
 * or foreign file is an empty cache — it only ever saves time, so it never fails a build.
 */
export function readExtractionCache(path: string): ExtractionCache {
	try {
		const parsed = JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown; entries?: unknown };
		if (parsed.version !== CACHE_FORMAT || !Array.isArray(parsed.entries)) return new Map();
		return new Map(parsed.entries as [string, ExtractedEvent[]][]);
	} catch {
		return new Map();
	}
}

/** Save the cache for the next build; a failure to write costs the next build time, nothing else. */
export function writeExtractionCache(path: string, cache: ExtractionCache): void {
	try {
		mkdirSync(dirname(path), { recursive: true });
		writeFileAtomic(path, JSON.stringify({ version: CACHE_FORMAT, entries: [...cache] }));
	} catch {
		// Read-only checkouts and full disks still build; they just do not remember.
	}
}

const CACHE_FORMAT = 1;

/** Write a file whole or not at all: a failed or interrupted write leaves the previous file in place. */
export function writeFileAtomic(path: string, content: string): void {
	const temp = `${path}.${process.pid}.tmp`;
	try {
		writeFileSync(temp, content);
		renameSync(temp, path);
	} finally {
		rmSync(temp, { force: true });
	}
}

/** Why `path` could not be written, as a WRITE_FAILED problem; the temporary file is not the user's concern. */
export function writeFailure(path: string, error: unknown): Problem {
	const code = (error as NodeJS.ErrnoException).code;
	const reason =
		code === 'ENOENT'
			? `the folder ${dirname(path)} does not exist`
			: code === 'EISDIR'
				? `${path} is a folder`
				: code === 'EACCES' || code === 'EPERM'
					? 'permission denied'
					: (error as Error).message;
	return { code: 'WRITE_FAILED', file: path, message: `cannot write: ${reason}` };
}
