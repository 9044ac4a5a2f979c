// A worker thread of `batch.ts`: extracts its share of articles and posts the results back in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputFile } from '../build.ts';
import { extractFile, extractorFromFiles } from './extractor.ts';

const { actors, places, articles } = workerData as {
	actors?: InputFile;
	places?: InputFile;
	articles: InputFile[];
};
const extractor = extractorFromFiles(actors, places);
parentPort!.postMessage(articles.map((file) => extractFile(file, extractor)));
