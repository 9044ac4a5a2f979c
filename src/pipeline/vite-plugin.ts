import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem } from '../lib/model/problems.ts';
import type { BuildResult } from './build.ts';
import { buildFolder } from './folder.ts';

const MODULE_ID = 'virtual:dateline/dataset';
const RESOLVED_ID = '\0' + MODULE_ID;
/** How long the data folder must be quiet before a rebuild under `vite dev`. */
const SETTLE_MS = 150;

export interface DatasetPluginOptions {
	/** The data root (holding `articles/`, `actors.yaml`, `events/`); `DATELINE_DATA` overrides it. */
	dataDir?: string;
}

/**
 * Runs the pipeline at compile time and serves the dataset as `virtual:dateline/dataset`.
 * `vite build` fails on any problem, printing each as `file:line: message`; under `vite dev` a
 * change in the data folder rebuilds it and reloads the page, or shows the error overlay.
 */
export function datelineDataset(options: DatasetPluginOptions = {}): Plugin {
	let dataDir = '';
	let result: Promise<BuildResult> | undefined;

	const run = (): Promise<BuildResult> => (result ??= buildFolder(dataDir));
	const failure = (r: BuildResult) =>
		`Dateline: the data has ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}:\n` +
		r.problems.map(formatProblem).join('\n');

	return {
		name: 'dateline-dataset',
		configResolved(config) {
			dataDir = resolve(config.root, process.env.DATELINE_DATA ?? options.dataDir ?? 'data');
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
			server.watcher.add(dataDir);
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
				if (!file.startsWith(dataDir)) return;
				clearTimeout(settling);
				settling = setTimeout(() => void rebuild(), SETTLE_MS);
			};
			server.watcher.on('add', onChange);
			server.watcher.on('change', onChange);
			server.watcher.on('unlink', onChange);
		}
	};
}
