/**
 * A panel of units across survey rounds (the `panel` export, docs/methodology.md section 5.1): each
 * unit's figures in a round and their change since the last earlier round in which the unit had a
 * score — not necessarily the round just before, when a unit skipped one.
 */

/** The figures of a unit that the panel follows, in the export's column order. */
export const PANEL_MEASURES = [
	'governance',
	'infrastructure',
	'application',
	'composite',
	'rank',
	'stage',
	'respondents'
] as const;
export type PanelMeasure = (typeof PANEL_MEASURES)[number];
export type PanelFigures = Record<PanelMeasure, number | null>;

export interface PanelChange {
	/** The round the change is from; null in the unit's first round. */
	previousYear: number | null;
	/** This round's figure minus that round's; null in the first round or where either is null (an unranked unit). */
	change: PanelFigures;
}

/**
 * Follows units across rounds given oldest first: `step` returns a unit's change since it was last
 * stepped and remembers its figures. Units are told apart by a key of the caller's (level and code).
 */
export class PanelTracker {
	private readonly last = new Map<string, { year: number; figures: PanelFigures }>();

	step(year: number, key: string, figures: PanelFigures): PanelChange {
		const before = this.last.get(key);
		if (before && before.year >= year)
			throw new RangeError(
				`round ${year} of ${key} comes after round ${before.year}: rounds go oldest first`
			);
		this.last.set(key, { year, figures });
		const change = Object.fromEntries(
			PANEL_MEASURES.map((m) => {
				const was = before?.figures[m] ?? null;
				const now = figures[m];
				return [m, was === null || now === null ? null : now - was];
			})
		) as PanelFigures;
		return { previousYear: before?.year ?? null, change };
	}
}
