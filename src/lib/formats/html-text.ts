/**
 * Text in and out of formats that carry HTML (TimelineJS's headlines and texts): Dateline's text is
 * escaped on the way out, so an article's words never become markup, and HTML is reduced to plain
 * text on the way in, so a file's markup never reaches a page. No DOM: the widget runs this too.
 */

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** `s` as HTML text: `&`, `<`, `>` and both quotes escaped, safe in content and in attributes. */
export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

// The named references news and sheet text use; any other is left as written.
const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	laquo: '«',
	raquo: '»'
};

/**
 * The text a reader sees in an HTML fragment, on one line: what scripts, styles and comments hold is
 * dropped, tags are dropped (a block boundary or `<br>` becomes a space), references are decoded and
 * runs of whitespace become one space. The result is text for a text node, not HTML.
 */
export function htmlToText(html: string): string {
	return html
		.replace(/<!--[\s\S]*?(-->|$)/g, ' ')
		.replace(/<(script|style|template|noscript|iframe|object)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
		.replace(/<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|section|article|hr)\b[^>]*>/gi, ' ')
		.replace(/<\/?[a-z!?][^>]*(>|$)/gi, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		})
		.replace(/\s+/g, ' ')
		.trim();
}
