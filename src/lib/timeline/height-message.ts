/** The message `/embed` posts to its parent window whenever its content height changes. */
export interface HeightMessage {
	type: 'dateline:height';
	height: number;
}

/** Whether a message received by a host page is a Dateline height message, whatever else arrives. */
export function isHeightMessage(data: unknown): data is HeightMessage {
	if (!data || typeof data !== 'object') return false;
	const { type, height } = data as Record<string, unknown>;
	return (
		type === 'dateline:height' &&
		typeof height === 'number' &&
		Number.isFinite(height) &&
		height >= 0 &&
		height < 100_000
	);
}
