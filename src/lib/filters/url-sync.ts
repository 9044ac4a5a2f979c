import { afterNavigate, goto } from '$app/navigation';
import type { TimelineView } from './view.svelte';

export interface UrlSyncOptions {
	/** Parameters of the page that are not the view's and must survive a commit (`/embed`'s theme). */
	keep?: readonly string[];
	/** Replace the history entry on every change: an iframe must not fill its host's Back button. */
	alwaysReplace?: boolean;
}

/**
 * Keep a view and the page's URL in step: a link, a reload or back/forward restores the view, and
 * `commit` writes the view to the URL (resolving when the navigation is done). Call during component
 * setup. Prerendered pages cannot read the query string at build time, so this runs in the browser.
 */
export function bindViewToUrl(
	view: TimelineView,
	{ keep = [], alwaysReplace = false }: UrlSyncOptions = {}
): (options?: { replace?: boolean }) => Promise<void> {
	afterNavigate(() => view.apply(new URL(location.href).searchParams));
	return async ({ replace = false } = {}) => {
		const params = new URLSearchParams(view.search);
		const current = new URLSearchParams(location.search);
		for (const name of keep) for (const value of current.getAll(name)) params.append(name, value);
		const search = params.size ? `?${params.toString().replace(/%2C/gi, ',')}` : '';
		if (search === location.search) return;
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the current page's own, already resolved path
		await goto(`${location.pathname}${search}`, {
			replaceState: replace || alwaysReplace,
			keepFocus: true,
			noScroll: true
		});
	};
}
