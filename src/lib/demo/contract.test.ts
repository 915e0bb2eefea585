import { describe, expect, it } from 'vitest';
import { TEMPLATES, type Column } from '../survey/templates.ts';
import {
	readCsv,
	demoFiles,
	groupOf,
	parseBoolean,
	parseInterop,
	parseNumber,
	REGIONS
} from './test-support.ts';

const byCode = new Map<string, Set<string>>();
for (const r of REGIONS) byCode.set(r.code, (byCode.get(r.code) ?? new Set()).add(r.level));
const isLevel = (code: string, level: string) => byCode.get(code)?.has(level) ?? false;

/** Why a cell breaks the template contract (docs/contracts.md), or null when it is valid. */
function cellProblem(column: Column, cell: string): string | null {
	if (cell === '') return column.required ? 'required cell is blank' : null;
	const t = column.type;
	switch (t.kind) {
		case 'boolean':
			return parseBoolean(cell) === null ? 'not a boolean' : null;
		case 'percent': {
			const v = parseNumber(cell)!;
			return v > 100 || !/^\d+(\.\d{1,2})?%?$/.test(cell) ? 'bad percent' : null;
		}
		case 'integer':
			return /^\d+$/.test(cell) && Number(cell) >= t.min && Number(cell) <= t.max ? null : 'bad integer';
		case 'ordinal':
			return parseInterop(cell) === null ? 'bad grade' : null;
		case 'text':
			return cell.length > t.maxLength || (t.pattern && !t.pattern.test(cell)) ? 'bad text' : null;
		case 'choice':
			return t.options.some((o) => o.value === cell || o.aliases.includes(cell)) ? null : 'bad choice';
		case 'region':
			return byCode.has(cell) ? null : 'unknown region';
	}
}

describe.each(demoFiles().map((f) => [f.fileName, f] as const))('%s', (_, file) => {
	const rows = readCsv(file);
	const columns = TEMPLATES[file.template].columns;

	it('has only valid cells, and the round in the year column', () => {
		const problems = rows.flatMap((row, i) =>
			columns
				.map((c) => [i + 2, c.name, row[c.name], cellProblem(c, row[c.name])])
				.filter((p) => p[3] !== null)
		);
		expect(problems).toEqual([]);
		expect(new Set(rows.map((r) => r.year))).toEqual(new Set([String(file.year)]));
	});

	it('has each respondent once', () => {
		expect(new Set(rows.map((r) => r.respondent_id)).size).toBe(rows.length);
	});

	it('uses region codes that match the respondent level', () => {
		const wrong = rows.filter((r) => {
			const code = r.region_code;
			switch (groupOf(r)) {
				case 'provincial':
					return !/^\d\d0000$/.test(code) || !isLevel(code, 'province');
				case 'municipal':
					return !/^\d{4}00$/.test(code) || /0000$/.test(code) || !isLevel(code, 'prefecture');
				case 'county':
					return /00$/.test(code) || !isLevel(code, 'county');
				default:
					return !isLevel(code, 'county') && !isLevel(code, 'prefecture');
			}
		});
		expect(wrong).toEqual([]);
	});

	it('leaves 3–10% of optional cells blank', () => {
		const optional = columns.filter((c) => !c.required);
		const cells = rows.flatMap((r) => optional.map((c) => r[c.name]));
		const blank = cells.filter((c) => c === '').length / cells.length;
		expect(blank).toBeGreaterThanOrEqual(0.03);
		expect(blank).toBeLessThanOrEqual(0.1);
	});
});

const filesOf = (template: 'regional' | 'hospital') =>
	demoFiles()
		.filter((f) => f.template === template)
		.map((f) => [f.fileName, f] as const);

describe.each(filesOf('regional'))('%s (regional)', (_, file) => {
	it('gives each region one commission', () => {
		const rows = readCsv(file);
		expect(new Set(rows.map((r) => r.region_code)).size).toBe(rows.length);
	});
});

describe.each(filesOf('hospital'))('%s (hospital)', (_, file) => {
	it("keeps the master's share within the bachelor's share", () => {
		const wrong = readCsv(file).filter(
			(r) =>
				r.it_staff_master_pct !== '' &&
				r.it_staff_bachelor_pct !== '' &&
				Number(r.it_staff_master_pct) > Number(r.it_staff_bachelor_pct)
		);
		expect(wrong).toEqual([]);
	});
});

describe('respondents across rounds', () => {
	it('keep their name, region and group', () => {
		const seen = new Map<string, string>();
		const changed: string[] = [];
		for (const file of demoFiles()) {
			for (const r of readCsv(file)) {
				const identity = `${r.name}|${r.region_code}|${groupOf(r)}`;
				if ((seen.get(r.respondent_id) ?? identity) !== identity) changed.push(r.respondent_id);
				seen.set(r.respondent_id, identity);
			}
		}
		expect(changed).toEqual([]);
	});
});
