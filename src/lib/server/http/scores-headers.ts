/**
 * Response headers saying how current the scores behind a response are: `Himap-Scores` is
 * `current`, or `updating` while newer responses are being scored (the last complete run is
 * served meanwhile); `Himap-Scores-Computed-At` is when the oldest run shown was computed.
 */
export function scoresHeaders(state: {
	updating: readonly number[];
	computedAt: string | null;
}): Record<string, string> {
	if (state.computedAt === null) return {};
	return {
		'himap-scores': state.updating.length ? `updating; rounds=${state.updating.join(',')}` : 'current',
		'himap-scores-computed-at': state.computedAt
	};
}
