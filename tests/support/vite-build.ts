import { fileURLToPath } from 'node:url';
import { datelineDataset, type DatasetPluginOptions } from '../../src/pipeline/vite-plugin.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * What `vite build` asks of the dataset plugin, without Vite: resolve the config, start the build
 * (which throws, as `this.error` does, on bad data), then load the dataset module; its source is returned.
 */
export async function buildWithPlugin(options: DatasetPluginOptions = {}): Promise<string> {
	const plugin = datelineDataset(options);
	(plugin.configResolved as (config: { root: string }) => void)({ root: ROOT });
	const context = {
		meta: { watchMode: false },
		error(message: string): never {
			throw new Error(message);
		}
	};
	await (plugin.buildStart as (this: typeof context) => Promise<void>).call(context);
	return (plugin.load as (id: string) => Promise<string>)('\0virtual:dateline/dataset');
}
