/**
 * Every yes/no indicator's rate by province and nationally for a round (analysis/indicator-rates.ts),
 * from the default method's stored run: the province page and the comparison read it.
 */
import { indicatorRates as fromRates, type IndicatorRate } from '../analysis/indicator-rates.ts';
import type { HimapDatabase } from './db/connect.ts';
import { storedRound } from './index-service.ts';
import { RunCache } from './run-cache.ts';

export type { IndicatorRate };

const rates = new RunCache<IndicatorRate[]>();

/** Null for a round not yet scored. */
export async function indicatorRates(database: HimapDatabase, year: number): Promise<IndicatorRate[] | null> {
	const round = await storedRound(database, year);
	if (!round?.results.provinceRates) return null;
	let found = rates.get(database, round.run);
	if (!found)
		rates.set(database, round.run, (found = fromRates(round.results.provinceRates, round.framework)));
	return found;
}
