import { parseArgs } from 'node:util';
import { seedDemo } from '../../lib/server/demo-service.ts';
import { withDatabase } from '../database.ts';
import { EXIT, type CliIo } from '../io.ts';
import { scorePending } from '../scoring.ts';
import { summaryLine } from './import.ts';

export const help = `Usage: himap seed-demo [--db URL]

Loads the bundled demo dataset: synthetic survey files for rounds 2018–2024, calibrated to the
published national totals of the 2019 National Health Informatization Survey (round 2018), and
imported through the same path as a user's file; then scores every round. Files already loaded
are skipped.`;

export async function run(args: string[], io: CliIo): Promise<number> {
	const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
	await withDatabase(values.db, async (database) => {
		const outcomes = await seedDemo(database);
		for (const outcome of outcomes) {
			io.out(
				outcome.skipped ? `already loaded: ${outcome.fileName}\n` : summaryLine(outcome.summary!) + '\n'
			);
		}
		// Once, after every file (a round gets a regional and a hospital file), and whatever an
		// earlier, interrupted seeding left unscored.
		await scorePending(database, undefined, io);
	});
	return EXIT.ok;
}
