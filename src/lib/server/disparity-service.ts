/** The disparities page's numbers: inequality of the provincial scores in a round and across rounds. */
import { disparitySummary, lorenzCurve } from '../analysis/disparity/index.ts';
import type { ScoreKey } from '../analysis/rollup.ts';
import { DEFAULT_METHOD } from '../scoring/method.ts';
import { roundView } from './dashboard-service.ts';
import type { HimapDatabase } from './db/connect.ts';
import { REGIONS } from './region-reference.ts';
import { roundsScoredWith } from './rounds-service.ts';

/** The disparities page: Lorenz curve of a round and Theil parts and CV across rounds, for one score. */
export async function disparityView(
	database: HimapDatabase,
	year: number,
	key: ScoreKey,
	method = DEFAULT_METHOD
) {
	const view = await roundView(database, year, { method });
	if (!view) return null;
	const values = view.provinces.map((p) => p.scores[key]);
	const zone3 = view.provinces.map((p) => REGIONS.get(`${p.code}0000`)?.zone3 ?? '');
	const summary = disparitySummary(values, { groups: view.provinces.map((p) => p.zone4) });
	const weighted = view.provinces.filter((p) => REGIONS.get(`${p.code}0000`)?.population2020);
	const popWeighted = disparitySummary(
		weighted.map((p) => p.scores[key]),
		{ weights: weighted.map((p) => REGIONS.get(`${p.code}0000`)!.population2020!) }
	);
	const years = (await roundsScoredWith(database, method)).reverse();
	const rounds = (await Promise.all(years.map((y) => roundView(database, y, { method })))).flatMap((v) => {
		if (!v) return [];
		const xs = v.provinces.map((p) => p.scores[key]);
		const z4 = disparitySummary(xs, { groups: v.provinces.map((p) => p.zone4) });
		const z3 = disparitySummary(xs, {
			groups: v.provinces.map((p) => REGIONS.get(`${p.code}0000`)?.zone3 ?? '')
		});
		return [
			{
				year: v.year,
				cv: z4.cv,
				theilT: z4.theil_t,
				between4: z4.theil_t_between,
				between3: z3.theil_t_between
			}
		];
	});
	return {
		year,
		summary,
		theilLPop: popWeighted.theil_l,
		zone3Between: disparitySummary(values, { groups: zone3 }).theil_t_between,
		lorenz: lorenzCurve(values),
		rounds,
		zones: [...new Set(view.provinces.map((p) => p.zone4))].map((zone) => ({
			zone,
			values: view.provinces.filter((p) => p.zone4 === zone).map((p) => p.scores[key])
		})),
		provenance: {
			frameworkVersion: view.frameworkVersion,
			method: view.method,
			respondents: view.respondents
		}
	};
}
