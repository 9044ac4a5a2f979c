import { counted } from '../lib/model/format.ts';
import { relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem, type Problem } from '../lib/model/problems.ts';
import type { Dataset } from '../lib/model/types.ts';
import { validateDataset } from '../lib/model/validate.ts';
import type { BuildResult } from './build.ts';
import { buildFolder } from './folder.ts';
import { readDatasetJson } from './io.ts';

const MODULE_ID = 'virtual:dateline/dataset';
const RESOLVED_ID = '\0' + MODULE_ID;
/** How long the data folder must be quiet before a rebuild under `vite dev`. */
const SETTLE_MS = 150;

export interface DatasetPluginOptions {
	/** The data root (holding `articles/`, `actors.yaml`, `events/`); `DATELINE_DATA` overrides it. */
	dataDir?: string;
	/**
	 * A prebuilt dataset JSON file to serve instead of building `dataDir` (validated all the same);
	 * `DATELINE_DATASET` overrides it. For sites over data made elsewhere, and for the benchmark.
	 */
	datasetFile?: string;
}

/**
 * Runs the pipeline at compile time and serves the dataset as `virtual:dateline/dataset`.
 * `vite build` fails on any problem, printing each as `file:line: message`; under `vite dev` a
 * change in the data folder rebuilds it and reloads the page, or shows the error overlay.
 */
export function datelineDataset(options: DatasetPluginOptions = {}): Plugin {
	let dataDir = '';
	let datasetFile: string | undefined;
	let root = '';
	let result: Promise<BuildResult> | undefined;

	const run = (): Promise<BuildResult> =>
		(result ??= datasetFile
			? Promise.resolve(readDatasetFile(datasetFile, relative(root, datasetFile)))
			: buildFolder(dataDir));
	const failure = (r: BuildResult) =>
		`Dateline: the data has ${counted(r.problems.length, 'problem')}:\n` +
		r.problems.map(formatProblem).join('\n');

	return {
		name: 'dateline-dataset',
		configResolved(config) {
			dataDir = resolve(config.root, process.env.DATELINE_DATA ?? options.dataDir ?? 'data');
			root = config.root;
			const file = process.env.DATELINE_DATASET || options.datasetFile;
			datasetFile = file ? resolve(config.root, file) : undefined;
		},
		async buildStart() {
			if (this.meta.watchMode) return;
			result = undefined; // each `vite build` reads the data afresh
			const built = await run();
			if (!built.dataset) this.error(failure(built));
		},
		resolveId(id) {
			return id === MODULE_ID ? RESOLVED_ID : undefined;
		},
		async load(id) {
			if (id !== RESOLVED_ID) return undefined;
			const built = await run();
			if (!built.dataset) throw new Error(failure(built));
			// JSON.parse of a string literal is faster to start than the same data as an object literal.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(built.dataset))});`;
		},
		configureServer(server: ViteDevServer) {
			const watched = datasetFile ?? dataDir;
			server.watcher.add(watched);
			// A save can arrive as several events (truncate, write; or write a temp file, rename): wait
			// until the folder has been quiet for a moment, then rebuild once from what is on disk.
			let settling: ReturnType<typeof setTimeout> | undefined;
			const rebuild = async () => {
				result = undefined;
				const built = await run();
				const module = server.moduleGraph.getModuleById(RESOLVED_ID);
				if (module) server.moduleGraph.invalidateModule(module);
				if (built.dataset) server.ws.send({ type: 'full-reload' });
				else
					server.ws.send({
						type: 'error',
						err: { message: failure(built), stack: '', plugin: 'dateline-dataset' }
					});
			};
			const onChange = (file: string) => {
				if (!file.startsWith(watched)) return;
				clearTimeout(settling);
				settling = setTimeout(() => void rebuild(), SETTLE_MS);
			};
			server.watcher.on('add', onChange);
			server.watcher.on('change', onChange);
			server.watcher.on('unlink', onChange);
		}
	};
}

/**
 * A prebuilt dataset read from JSON: unreadable, not JSON or invalid each fail like bad data.
 * `file` is how problems name it (relative to the project, like the data folder's files).
 */
function readDatasetFile(path: string, file: string): BuildResult {
	const none = { articles: [], gazetteer: [], places: [], extracted: new Map() };
	const read = readDatasetJson(path, file);
	if (read.problems.length > 0) return { problems: read.problems, ...none };
	const problems: Problem[] = validateDataset(read.value).map((problem) => ({ ...problem, file }));
	return problems.length > 0 ? { problems, ...none } : { dataset: read.value as Dataset, problems, ...none };
}
