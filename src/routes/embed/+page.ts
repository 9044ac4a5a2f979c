import { siteIndex } from '../site-data';
import type { PageLoad } from './$types';

export const load: PageLoad = () => siteIndex();
