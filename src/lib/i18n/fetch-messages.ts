/**
 * The loader of the message tables the build serves as `<base><lang>.json` (from `src/lib/i18n/messages/`).
 */
import type { MessageLoader } from './locale.svelte.ts';
import type { Messages } from './messages.ts';

/** Fetch a language's table from `base` (a folder's URL, ending in `/`). */
export function fetchMessages(base: string | URL): MessageLoader {
	return async (lang) => {
		const response = await fetch(new URL(`${lang}.json`, base));
		if (!response.ok) throw new Error(`${response.status} for the ${lang} messages`);
		return (await response.json()) as Messages;
	};
}
