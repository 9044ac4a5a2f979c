import { afterNavigate, goto } from '$app/navigation';
import type { TimelineView } from './view.svelte';

/**
 * Keep a view and the page's URL in step: a link, a reload or back/forward restores the view, and
 * `commit` writes the view to the URL. Call during component setup. Prerendered pages cannot read
 * the query string at build time, so this runs in the browser only.
 */
export function bindViewToUrl(view: TimelineView): (options?: { replace?: boolean }) => void {
	afterNavigate(() => view.apply(new URL(location.href).searchParams));
	return ({ replace = false } = {}) => {
		if (view.search === location.search) return;
		// Typing in the search box replaces the entry; every other change is a step back can undo.
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the current page's own, already resolved path
		goto(`${location.pathname}${view.search}`, { replaceState: replace, keepFocus: true, noScroll: true });
	};
}
