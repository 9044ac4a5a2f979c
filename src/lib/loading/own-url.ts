/**
 * A path of the site's own as a URL on the page's own origin. SvelteKit's relative paths follow the
 * page's URL, so on a server that answers `//evil.example/embed` they would resolve to
 * `//evil.example/…`, another origin: the site's data always comes from its own.
 */
export function ownUrl(path: string, page: string | URL): URL {
	const url = new URL(path, page);
	const origin = new URL(page).origin;
	return url.origin === origin ? url : new URL(url.pathname + url.search, origin);
}
