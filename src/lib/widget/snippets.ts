import type { EventFilter } from '../model/filter.ts';
import type { EmbedOptions } from '../filters/url.ts';
import { viewParams, viewToSearch } from '../filters/url.ts';
import type { Lang } from '../i18n/locales.ts';

/** What an embed snippet reproduces: the filter (with `uncertain`), the theme, and where the site lives. */
export interface SnippetOptions {
	/** The site's address with its base path and no trailing slash, e.g. `https://dateline.example`. */
	site: string;
	filter: EventFilter;
	theme: EmbedOptions['theme'];
	/** A fixed height in pixels; without it the embed takes the height of its content. */
	height?: number;
	/**
	 * The language the embed speaks; English (the default) is left out, so an iframe without it follows
	 * its reader's browser and a widget speaks English.
	 */
	lang?: Lang;
	/** The iframe's accessible name, in the page's language: "Dateline timeline" without it. */
	title?: string;
}

/** The view state a snippet reproduces. */
const viewOf = ({ filter, lang }: SnippetOptions) => (lang && lang !== 'en' ? { filter, lang } : { filter });

/** HTML-escape an attribute value: a search text may hold quotes or angle brackets. */
function attribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `/embed` URL for a view: the view's own parameters, then theme and height. */
export function embedUrl(options: SnippetOptions): string {
	const { site, theme, height } = options;
	const params = new URLSearchParams(viewToSearch(viewOf(options)));
	if (theme !== 'auto') params.set('theme', theme);
	if (height) params.set('height', String(height));
	const query = params.toString().replace(/%2C/gi, ',');
	return `${site}/embed${query ? `?${query}` : ''}`;
}

/** An iframe of `/embed` plus the script that sizes it to its content. */
export function iframeSnippet(options: SnippetOptions): string {
	const height = options.height ?? 480;
	return [
		`<iframe src="${attribute(embedUrl(options))}" title="${attribute(options.title ?? 'Dateline timeline')}" loading="lazy"`,
		`  style="width: 100%; height: ${height}px; border: 0"></iframe>`,
		`<script src="${attribute(options.site)}/embed.js" async></script>`
	].join('\n');
}

/** The attributes of `<dateline-timeline>` for a view: `src`, the view's parameters, theme and height. */
export function widgetAttributes(options: SnippetOptions): [string, string][] {
	const { site, theme, height } = options;
	const attributes: [string, string][] = [['src', `${site}/data/index.json`], ...viewParams(viewOf(options))];
	if (theme !== 'auto') attributes.push(['theme', theme]);
	if (height) attributes.push(['height', String(height)]);
	return attributes;
}

/** The widget script and a `<dateline-timeline>` element showing the view. */
export function widgetSnippet(options: SnippetOptions): string {
	const attributes = widgetAttributes(options).map(([name, value]) => `\n  ${name}="${attribute(value)}"`);
	return [
		`<script src="${attribute(options.site)}/widget.js" defer></script>`,
		`<dateline-timeline${attributes.join('')}></dateline-timeline>`
	].join('\n');
}
