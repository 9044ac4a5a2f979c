/** Where a tooltip stands beside its anchor, from the tooltip's measured size: never over the anchor. */

export interface Placement {
	left: number;
	top: number;
	/** Whether it stands below the anchor (else above it). */
	below: boolean;
}

/**
 * The box of a tooltip `size` (`[width, height]`) for an anchor at `(x, y)` in a plot `bounds`
 * (`[width, height]`): centred on `x` but kept `edge` pixels inside the plot, `gap` below `y`, or
 * above it when there is no room below.
 */
export function placeTooltip(
	[x, y]: readonly [number, number],
	[width, height]: readonly [number, number],
	bounds: readonly [number, number],
	{ gap = 16, edge = 4 } = {}
): Placement {
	const left = Math.max(edge, Math.min(x - width / 2, bounds[0] - width - edge));
	const below = y + gap + height <= bounds[1];
	return { left, top: below ? y + gap : y - gap - height, below };
}
