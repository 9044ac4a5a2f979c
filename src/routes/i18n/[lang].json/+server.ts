import { error, json } from '@sveltejs/kit';
import { isLang, LANGS } from '$lib/i18n/locales';
import { MESSAGES } from '$lib/i18n/messages/index';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** English is built into every page and the widget: only the other languages are files. */
export const entries: EntryGenerator = () => LANGS.filter((lang) => lang !== 'en').map((lang) => ({ lang }));

/** One language's message table, which pages and `/widget.js` fetch when a reader asks for it. */
export const GET: RequestHandler = ({ params }) => {
	if (!isLang(params.lang) || params.lang === 'en') error(404, `no messages for ${params.lang}`);
	return json(MESSAGES[params.lang]);
};
