import embed from 'virtual:dateline/bundle/embed';
import { script } from '../script-response.ts';

export const prerender = true;

/** The host-page script that sizes Dateline iframes from their height messages. */
export const GET = () => script(embed);
