/**
 * The width of a label's text in pixels, measured once per text in the labels' font: the one width
 * lane packing reserves room by, which drawing counts a label's reach by too.
 */

/** Pixels a text of `text.length` characters takes: measured in the browser, estimated elsewhere. */
export type LabelWidth = (text: string) => number;

/** The labels' font size in pixels (`.mark text` in EventMark.svelte). */
export const LABEL_FONT_SIZE = 12;

/**
 * Pixels a character of label text takes on average at `LABEL_FONT_SIZE` in a system sans-serif:
 * the estimate where nothing can measure (the server, before the font is known).
 */
export const CHAR_WIDTH = 6.6;

/** A width by the number of characters alone. */
export const estimateWidth: LabelWidth = (text) => text.length * CHAR_WIDTH;

/**
 * A label width for `font` (a CSS `font` shorthand, e.g. `12px system-ui`): each distinct text is
 * measured once with a canvas 2D context and remembered. Without a font or a canvas (the server),
 * the estimate.
 */
export function labelWidth(font: string | undefined): LabelWidth {
	const context =
		font && typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
	if (!context) return estimateWidth;
	context.font = font!;
	const widths = new Map<string, number>();
	return (text) => {
		let width = widths.get(text);
		if (width === undefined) widths.set(text, (width = context.measureText(text).width));
		return width;
	};
}
