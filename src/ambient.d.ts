declare module 'virtual:dateline/dataset' {
	const dataset: import('$lib/model/types').Dataset;
	export default dataset;
}
