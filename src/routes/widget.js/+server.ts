import widget from 'virtual:dateline/bundle/widget';
import { script } from '../script-response.ts';

export const prerender = true;

/** `<dateline-timeline>`: one self-contained script, for any page and any dataset. */
export const GET = () => script(widget);
