/** `seed` and `draws` on `GET /api/v1/export/<table>` (docs/contracts.md, HTTP API). */
import {
	isStoredMonteCarlo,
	MONTE_CARLO_TABLES,
	parseMonteCarlo,
	STORED_MONTE_CARLO
} from '../sensitivity-service.ts';
import { problem } from './problem.ts';

/**
 * `seed` and `draws` name the stored Monte Carlo or nothing: running it afresh takes seconds to
 * minutes, which no request may spend (docs/architecture.md), so other values are the CLI's.
 */
export function monteCarloRefusal(table: string, url: URL): Response | null {
	const seed = url.searchParams.get('seed');
	const draws = url.searchParams.get('draws');
	if (seed === null && draws === null) return null;
	if (!MONTE_CARLO_TABLES.includes(table))
		return problem(
			400,
			'Not a Monte Carlo table',
			`seed and draws apply to ${MONTE_CARLO_TABLES.join(', ')} only`
		);
	let asked;
	try {
		asked = parseMonteCarlo({ seed, draws });
	} catch (e) {
		return problem(400, 'Bad seed or draws', (e as Error).message);
	}
	if (isStoredMonteCarlo(asked)) return null;
	return problem(
		400,
		'Not the stored Monte Carlo',
		`only the stored Monte Carlo (seed=${STORED_MONTE_CARLO.seed}, draws=${STORED_MONTE_CARLO.draws}) is served; for another, run \`himap export ${table} --seed ${asked.seed} --draws ${asked.draws}\``
	);
}
