import { siteDataset } from '../site-data';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => ({ dataset: await siteDataset() });
