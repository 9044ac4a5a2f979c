declare module 'virtual:dateline/dataset' {
	const dataset: import('$lib/model/types').Dataset;
	export default dataset;
}

declare module 'virtual:dateline/bundle/*' {
	/** The text of a self-contained script (see src/pipeline/bundle-plugin.ts). */
	const code: string;
	export default code;
}
