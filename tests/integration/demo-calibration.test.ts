/**
 * The demo dataset, loaded through `himap seed-demo` into a real database, reproduces every line of
 * the published 2019 survey figures (round 2018): computed here from the stored rows, not from the
 * generator's own tables. The database is a copy of the run's seeded demo (tests/helpers/
 * demo-database.ts), which keeps what that `himap seed-demo` printed: seeding it again here would
 * only repeat the same command on the same code.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { UNIVERSE_2018 } from '../../src/lib/demo/calibration.ts';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { currentResponses } from '../../src/lib/server/db/responses.repository.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { demoDatabase, demoSeedOutput } from '../helpers/demo-database.ts';

interface Published {
	survey: string;
	group: string;
	indicator: string;
	numerator: string;
	denominator: string;
	percent: string;
	note: string;
}
const PUBLISHED = Papa.parse<Published>(readFileSync('data/reference/survey-2019-published.csv', 'utf8'), {
	header: true,
	skipEmptyLines: true
}).data;

interface Stored {
	survey: string;
	group: string;
	answers: Record<string, number>;
}

const TECH = ['tech_cloud', 'tech_bigdata', 'tech_iot', 'tech_mobile', 'tech_ai'];
/** Investment bands as the survey report words them: 0.1–1 %, 1–5 %, above 5 %. */
const BANDS: Record<string, (x: number) => boolean> = {
	'it_investment_0.1_to_1_pct': (x) => x >= 0.1 && x < 1,
	it_investment_1_to_5_pct: (x) => x >= 1 && x <= 5,
	it_investment_gt_5_pct: (x) => x > 5
};

/** [numerator, denominator] for a count line, or the mean for a mean line. */
function tally(rows: Stored[], line: Published): { count: [number, number] } | { mean: number } {
	const members = rows.filter(
		(r) => r.survey === line.survey && (line.group === 'all' || r.group === line.group)
	);
	const count = (test: (a: Record<string, number>) => boolean | undefined): [number, number] => [
		members.filter((r) => test(r.answers)).length,
		members.length
	];
	const ind = line.indicator;
	if (ind === 'respondents')
		return { count: [members.length, UNIVERSE_2018[line.group as keyof typeof UNIVERSE_2018]] };
	if (ind === 'no_advanced_tech') return { count: count((a) => TECH.every((t) => a[t] === 0)) };
	if (ind === 'it_staff_lt_9') return { count: count((a) => a.it_staff < 9) };
	if (ind === 'it_staff_lt_4') return { count: count((a) => a.it_staff < 4) };
	if (BANDS[ind]) {
		const answered = members.filter((r) => r.answers.it_investment_pct !== undefined);
		return {
			count: [answered.filter((r) => BANDS[ind](r.answers.it_investment_pct)).length, answered.length]
		};
	}
	if (ind === 'it_staff_mean' || ind.endsWith('_pct')) {
		const column = ind === 'it_staff_mean' ? 'it_staff' : ind;
		const values = members.map((r) => r.answers[column]).filter((v) => v !== undefined);
		return { mean: values.reduce((s, v) => s + v, 0) / values.length };
	}
	const answered = members.filter((r) => r.answers[ind] !== undefined);
	return { count: [answered.filter((r) => r.answers[ind] === 1).length, answered.length] };
}

describe.each(DIALECTS)('demo dataset on %s', (dialect) => {
	let target: TestDatabase;
	let database: HimapDatabase;
	let rows: Stored[];
	let output: string;

	beforeAll(async () => {
		target = await demoDatabase(dialect);
		output = demoSeedOutput(dialect);
		database = openDatabase(target.url);
		rows = (await currentResponses(database.db, 2018)).map((r) => ({
			survey: r.survey,
			group: r.respondent_group,
			answers: r.answers
		}));
	});
	afterAll(async () => {
		await database?.close();
		await target?.drop();
	});

	it('loads 14 files for rounds 2018–2024, labelled as demo submissions', () => {
		const stored = output.split('\n').filter((l) => l.startsWith('stored '));
		expect(stored).toHaveLength(14);
		expect(stored.some((l) => l.includes('encoding gb18030'))).toBe(true);
		expect(stored.some((l) => l.includes('encoding utf-8'))).toBe(true);
	});

	it.each(PUBLISHED.map((line) => [`${line.survey} ${line.group} ${line.indicator}`, line] as const))(
		'reproduces %s',
		(_label, line) => {
			const result = tally(rows, line);
			if ('mean' in result) {
				// Mean lines: the percent column, or for staff means the number in the note ("…: 20").
				const published = line.percent
					? Number(line.percent)
					: Number(line.note.match(/(\d+(\.\d+)?)\s*$/)![1]);
				const decimals = line.percent ? 1 : 0;
				expect(Number(result.mean.toFixed(decimals))).toBe(published);
			} else {
				expect(result.count).toEqual([Number(line.numerator), Number(line.denominator)]);
				// Two published percents disagree with their own counts by 0.1 (1322/2803 is 47.16, printed
				// 47.1); the counts are what we reproduce, so allow the printed rounding.
				const tenths = Math.round((1000 * result.count[0]) / result.count[1]);
				expect(Math.abs(tenths - Math.round(Number(line.percent) * 10))).toBeLessThanOrEqual(1);
			}
		}
	);

	it('agrees with `himap export rates` on every boolean line', async () => {
		let csv = '';
		expect(
			await run(['export', 'rates', '--year', '2018', '--db', target.url], {
				out: (t) => void (csv += t),
				err: () => {}
			})
		).toBe(0);
		const rates = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
		const booleanLines = PUBLISHED.filter((l) => rates.some((r) => r.indicator === l.indicator));
		expect(booleanLines.length).toBeGreaterThan(20);
		for (const line of booleanLines) {
			const rate = rates.find(
				(r) => r.survey === line.survey && r.group === line.group && r.indicator === line.indicator
			);
			expect(rate, `${line.group} ${line.indicator}`).toMatchObject({
				numerator: line.numerator,
				denominator: line.denominator
			});
		}
	});

	it('seeding again changes nothing', async () => {
		const again: string[] = [];
		expect(
			await run(['seed-demo', '--db', target.url], { out: (t) => void again.push(t), err: () => {} })
		).toBe(0);
		expect(again.join('').match(/already loaded/g)).toHaveLength(14);
	});

	it('has every round 2018–2024 with growth in the share of platforms built', async () => {
		const all = await currentResponses(database.db);
		const share = (year: number) => {
			const r = all.filter((x) => x.year === year && x.survey === 'regional').map((x) => x.answers);
			return r.filter((a) => a.platform_built === 1).length / r.length;
		};
		expect([...new Set(all.map((r) => r.year))].sort()).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
		expect(share(2024)).toBeGreaterThan(share(2018));
	});
});
