/** The height message an embedded frame posts to its host page: its shape, the checks made of it. */

/** The message `/embed` posts to its parent window whenever its content height changes. */
export interface HeightMessage {
	type: 'dateline:height';
	height: number;
}

/** Whether a message received by a host page is a Dateline height message, whatever else arrives. */
export function isHeightMessage(data: unknown): data is HeightMessage {
	if (!data || typeof data !== 'object') return false;
	const { type, height } = data as Record<string, unknown>;
	// A frame is never 0 px tall: a height below 1 would hide it for good.
	return (
		type === 'dateline:height' &&
		typeof height === 'number' &&
		Number.isFinite(height) &&
		height >= 1 &&
		height < 100_000
	);
}

/**
 * What the host script sends each frame when it starts, so that a frame which posted its height
 * before anyone was listening posts it again.
 */
export const HELLO = { type: 'dateline:hello' } as const;

/** Whether a message received by `/embed` is the host script's hello. */
export function isHello(data: unknown): boolean {
	return !!data && typeof data === 'object' && (data as Record<string, unknown>).type === HELLO.type;
}
