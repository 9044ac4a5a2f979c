// A worker thread of `batch.ts`: builds its share of the articles and posts each one's reports back.
import { parentPort, workerData } from 'node:worker_threads';
import { buildDataset, type InputFile } from '../build.ts';

const { actors, places, articles } = workerData as {
	actors?: InputFile;
	places?: InputFile;
	articles: InputFile[];
};
parentPort!.postMessage([...buildDataset({ articles, actors, places, events: [] }).extracted]);
