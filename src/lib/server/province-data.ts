/** What a province's pages (the page and its one-page brief) load: the province, the round, its rates and history. */
import { error, type ServerLoadEvent } from '@sveltejs/kit';
import { provinceHistory } from './dashboard-service.ts';
import { indicatorRates } from './indicator-rates-service.ts';
import { pageContext } from './page-context.ts';
import { provinceIdentity } from './region-reference.ts';

export async function provinceData(event: ServerLoadEvent<{ code: string }>) {
	const identity = provinceIdentity(event.params.code);
	if (!identity) error(404, `no provincial unit ${event.params.code}`);
	const base = await pageContext(event);
	const { database, year, method, chosenFramework } = base;
	const rates = year === null ? null : await indicatorRates(database, year);
	const history = await provinceHistory(database, identity.code, method, chosenFramework);
	return { identity, base, rates: rates ?? [], history };
}
