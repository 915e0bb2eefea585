import { describe, expect, it } from 'vitest';
import { booleanColumns, TEMPLATES, type TemplateId } from '../survey/templates.ts';
import { DEMO_YEARS } from './calibration.ts';
import { parseBoolean, REGIONS, rowsOf, type CsvRow } from './test-support.ts';

const zoneOf = new Map(
	REGIONS.filter((r) => r.level === 'province').map((r) => [r.code.slice(0, 2), r.zone4])
);

function share(template: TemplateId, year: number, column: string): number {
	const answers = rowsOf(template, year)
		.map((r) => parseBoolean(r[column]))
		.filter((v) => v !== null);
	return answers.filter((v) => v).length / answers.length;
}

/** Per province: mean over its respondents of the share of `yes` among their boolean answers. */
function provinceScores(year: number): Map<string, number> {
	const scores = new Map<string, number[]>();
	for (const template of ['regional', 'hospital'] as const) {
		const columns = booleanColumns(TEMPLATES[template]).map((c) => c.name);
		for (const row of rowsOf(template, year)) {
			const answers = columns.map((c) => parseBoolean(row[c])).filter((v) => v !== null);
			const province = row.region_code.slice(0, 2);
			scores.set(province, [
				...(scores.get(province) ?? []),
				answers.filter((v) => v).length / answers.length
			]);
		}
	}
	return new Map([...scores].map(([p, s]) => [p, s.reduce((a, b) => a + b, 0) / s.length]));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

function zoneMeans(year: number) {
	const scores = [...provinceScores(year)];
	const east = scores.filter(([p]) => zoneOf.get(p) === 'east').map(([, s]) => s);
	const others = scores.filter(([p]) => zoneOf.get(p) !== 'east');
	const west = others.filter(([p]) => zoneOf.get(p) === 'west').map(([, s]) => s);
	return { east, others, west };
}

describe('later rounds', () => {
	it.each([
		['regional', 'platform_built'],
		['regional', 'tech_ai'],
		['hospital', 'tech_ai'],
		['hospital', 'hospital_platform']
	] as const)('%s %s: the national share rises every round', (template, column) => {
		const shares = DEMO_YEARS.map((y) => share(template, y, column));
		expect(shares.slice(1).every((s, i) => s > shares[i])).toBe(true);
	});

	it.each(['regional', 'hospital'] as const)(
		'%s: AI and IoT grow faster than the other technologies',
		(template) => {
			const growth = (c: string) => share(template, 2024, c) / share(template, 2018, c);
			const slowest = Math.min(growth('tech_ai'), growth('tech_iot'));
			const fastestOther = Math.max(growth('tech_cloud'), growth('tech_bigdata'), growth('tech_mobile'));
			expect(slowest).toBeGreaterThan(fastestOther);
		}
	);

	it.each([...DEMO_YEARS])('%i: eastern provinces lead on average, but not every one', (year) => {
		const { east, others } = zoneMeans(year);
		expect(mean(east)).toBeGreaterThan(mean(others.map(([, s]) => s)));
		expect(others.filter(([, s]) => s > median(east)).length).toBeGreaterThanOrEqual(1);
	});

	it('narrow the east–west gap', () => {
		const gap = (y: number) => {
			const { east, west } = zoneMeans(y);
			return mean(east) - mean(west);
		};
		expect(gap(2024)).toBeLessThan(gap(2018));
	});

	it('keep most respondents, with a few joining and a few dropping out', () => {
		const ids = (y: number) =>
			new Set([...rowsOf('regional', y), ...rowsOf('hospital', y)].map((r: CsvRow) => r.respondent_id));
		const first = ids(2018);
		const last = ids(2024);
		const kept = [...first].filter((id) => last.has(id)).length;
		expect(kept / first.size).toBeGreaterThan(0.9);
		expect(kept).toBeLessThan(first.size);
		expect(last.size - kept).toBeGreaterThan(0);
	});
});
