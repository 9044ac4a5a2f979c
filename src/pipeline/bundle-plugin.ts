import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { CSS_TARGET } from './css-target.ts';

/** The scripts other sites load: the `<dateline-timeline>` element and the iframe resizer. */
const BUNDLES = {
	widget: 'src/lib/widget/index.ts',
	embed: 'src/lib/widget/embed.ts'
} as const;
type BundleName = keyof typeof BUNDLES;

const PREFIX = 'virtual:dateline/bundle/';

/**
 * `rem` is relative to the host page's root font size, which a widget must not inherit (a host's
 * `html { font-size: 30px }` would blow it up); inside the widget the components' rems become px.
 */
const remToPx = {
	name: 'rem-to-px',
	style: ({ content }: { content: string }) => ({
		code: content.replace(/(-?\d*\.?\d+)rem\b/g, (_, n: string) => `${+(Number(n) * 16).toFixed(3)}px`)
	})
};

/** Build one self-contained script: Svelte components with their CSS injected, every import inlined. */
async function bundle(root: string, name: BundleName): Promise<string> {
	const output = (await build({
		root,
		configFile: false,
		logLevel: 'warn',
		plugins: [
			svelte({
				configFile: false,
				preprocess: [vitePreprocess(), remToPx],
				// Styles go where the component is mounted: into the widget's shadow root.
				compilerOptions: { css: 'injected' },
				emitCss: false
			})
		],
		build: {
			write: false,
			// DATELINE_UNMINIFIED=1 keeps names readable in a CPU profile (tests/bench/frames.ts --profile).
			minify: !process.env.DATELINE_UNMINIFIED,
			cssTarget: CSS_TARGET,
			copyPublicDir: false,
			lib: { entry: resolve(root, BUNDLES[name]), formats: ['iife'], name: `dateline_${name}` }
		}
	})) as Rolldown.RolldownOutput[];
	const chunk = output[0]!.output.find((item) => item.type === 'chunk');
	if (!chunk) throw new Error(`the ${name} bundle has no code`);
	return chunk.code;
}

/**
 * Serves the embeddable scripts as `virtual:dateline/bundle/<name>` (a module whose default export is
 * the script's text), built with their own Vite build; `/widget.js` and `/embed.js` return them.
 */
export function datelineBundles(): Plugin {
	let root = '';
	const cache = new Map<BundleName, Promise<string>>();
	return {
		name: 'dateline-bundles',
		configResolved(config) {
			root = config.root;
		},
		resolveId(id) {
			return id.startsWith(PREFIX) ? '\0' + id : undefined;
		},
		async load(id) {
			if (!id.startsWith('\0' + PREFIX)) return undefined;
			const name = id.slice(PREFIX.length + 1) as BundleName;
			if (!(name in BUNDLES)) throw new Error(`no bundle named ${name}`);
			if (!cache.has(name)) cache.set(name, bundle(root, name));
			return `export default ${JSON.stringify(await cache.get(name))};`;
		},
		configureServer(server) {
			// Under `vite dev`, an edit to the components rebuilds the bundles on the next request.
			server.watcher.on('change', (file) => {
				if (!file.startsWith(resolve(root, 'src/lib'))) return;
				cache.clear();
				for (const name of Object.keys(BUNDLES)) {
					const module = server.moduleGraph.getModuleById('\0' + PREFIX + name);
					if (module) server.moduleGraph.invalidateModule(module);
				}
			});
		}
	};
}
