// The pipeline's one place that touches the disk: reading a data folder and writing outputs whole.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { DataFiles, InputFile } from './build.ts';

/** Where a data folder's parts are: the articles folder, the gazetteer file, the curated events folder. */
export interface DataLayout {
	articles: string;
	actors?: string;
	events?: string;
}

/**
 * Resolve the layout from a folder given by the user: a data root holding `articles/`, or an articles
 * folder whose parent holds `actors.yaml` and `events/`. Explicit paths win.
 */
export function resolveLayout(dir: string, overrides: Partial<DataLayout> = {}): DataLayout {
	const root = existsSync(join(dir, 'articles')) ? dir : dirname(dir);
	const articles = root === dir ? join(dir, 'articles') : dir;
	const actors =
		overrides.actors ?? (existsSync(join(root, 'actors.yaml')) ? join(root, 'actors.yaml') : undefined);
	const events = overrides.events ?? (existsSync(join(root, 'events')) ? join(root, 'events') : undefined);
	return { articles: overrides.articles ?? articles, actors, events };
}

/** Read every input file of a layout. Paths in problems are relative to `cwd`, as a user would type them. */
export function readDataFiles(layout: DataLayout, cwd = process.cwd()): DataFiles {
	const read = (path: string): InputFile => ({
		path: relative(cwd, path) || path,
		bytes: readFileSync(path)
	});
	return {
		articles: listFiles(layout.articles, /\.md$/i).map(read),
		actors: layout.actors ? read(layout.actors) : undefined,
		events: layout.events ? listFiles(layout.events, /\.ya?ml$/i).map(read) : []
	};
}

function listFiles(dir: string, pattern: RegExp): string[] {
	if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
	return readdirSync(dir)
		.filter((name) => pattern.test(name))
		.sort()
		.map((name) => join(dir, name));
}

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
