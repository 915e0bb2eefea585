/**
 * The CSV downloads read as docs/data-downloads.md says, by the readers researchers use: pandas
 * (`pandas.read_csv(file, skiprows=1)`) and R (`read.csv(file, skip = 1, fileEncoding =
 * "UTF-8-BOM", check.names = FALSE)`), run for real (Debian's, installed by
 * scripts/ensure-readers.sh). Two files: a data-page export of the demo (`bom=1&source=1`), and a
 * chart CSV made by the function the pages use (charts/table.ts `csvDocument`) from the same rows.
 * Each must come out with its header, its number of rows and its Chinese names intact, and
 * without the display mark (†) in a name.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureLabels } from '../../src/lib/charts/figure-text.ts';
import { rankingTable, type RankingData } from '../../src/lib/charts/ranking/build.ts';
import { csvDocument } from '../../src/lib/charts/table.ts';
import { BOM } from '../../src/lib/exports/csv-note.ts';
import { zh } from '../../src/lib/i18n/zh.ts';
import { markedName } from '../../src/lib/views/names.ts';
import { startSeededApp, type AppServer } from '../helpers/app-server.ts';

const PYTHON = '/usr/bin/python3';
const RSCRIPT = '/usr/bin/Rscript';
const XPCC = '新疆生产建设兵团';

interface Read {
	columns: string[];
	rows: number;
	/** The values of one column, as text. */
	values: string[];
}

/** What pandas makes of the file with the documented recipe. */
function pandas(file: string, column: string): Read {
	const script = `
import json, sys
import pandas as pd
df = pd.read_csv(sys.argv[1], skiprows=1)
print(json.dumps({"columns": list(df.columns), "rows": len(df), "values": [str(v) for v in df[sys.argv[2]]]}, ensure_ascii=False))
`;
	const out = execFileSync(PYTHON, ['-c', script, file, column], {
		env: { ...process.env, PYTHONIOENCODING: 'utf-8' }
	});
	return JSON.parse(out.toString('utf8'));
}

/** What R makes of it: one line each for the columns, the row count and the column's values, tab-separated. */
function r(file: string, column: string): Read {
	const script = `
args <- commandArgs(trailingOnly = TRUE)
df <- read.csv(args[1], skip = 1, fileEncoding = "UTF-8-BOM", check.names = FALSE)
writeLines(paste(names(df), collapse = "\\t"))
writeLines(as.character(nrow(df)))
writeLines(paste(as.character(df[[args[2]]]), collapse = "\\t"))
`;
	const out = execFileSync(RSCRIPT, ['-e', script, file, column], {
		env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }
	});
	const [columns, rows, values] = out.toString('utf8').split('\n');
	return { columns: columns.split('\t'), rows: Number(rows), values: values.split('\t') };
}

let app: AppServer;
let dir: string;
beforeAll(async () => {
	app = await startSeededApp();
	dir = mkdtempSync(join(tmpdir(), 'himap-csv-readers-'));
});
afterAll(async () => {
	await app?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

async function download(path: string): Promise<Buffer> {
	const response = await fetch(`${app.base}${path}`);
	expect(response.status).toBe(200);
	return Buffer.from(await response.arrayBuffer());
}

describe('CSV downloads in pandas and R', () => {
	it('reads the data page’s export: header, rows and Chinese names intact', async () => {
		const bytes = await download('/api/v1/export/provinces?format=csv&year=2024&bom=1&source=1');
		const text = bytes.toString('utf8');
		expect(text.startsWith(BOM + '# HIMAP export: table provinces | round 2024')).toBe(true);
		const [note, header] = text.slice(1).split('\r\n');
		expect(note).not.toMatch(/[,"]/);
		const columns = header.split(',');
		expect(columns.slice(0, 11)).toEqual(
			'year,province_code,province_name,zone4,governance,infrastructure,application,composite,rank,stage,respondents'.split(
				','
			)
		);
		const file = join(dir, 'provinces.csv');
		writeFileSync(file, bytes);
		for (const read of [pandas(file, 'province_name'), r(file, 'province_name')]) {
			expect(read.columns).toEqual(columns);
			expect(read.rows).toBe(32);
			expect(read.values).toContain(XPCC);
			expect(read.values).toContain('广东省');
			expect(read.values.join('')).not.toContain('†');
		}
	});

	it('leaves the contract’s bytes alone when the form is not asked for', async () => {
		const plain = (await download('/api/v1/export/provinces?format=csv&year=2024')).toString('utf8');
		expect(plain.startsWith('year,province_code,province_name,')).toBe(true);
	});

	it('reads a chart’s CSV: its header, every province, names without the mark, the mark as a column', async () => {
		const rows = (await (
			await fetch(`${app.base}/api/v1/export/provinces?format=json&year=2024`)
		).json()) as {
			province_code: string;
			province_name: string;
			province_name_en: string;
			composite: number;
			rank: number | null;
		}[];
		const data: RankingData = {
			locale: 'zh-CN',
			rows: rows.map((p) => ({
				code: p.province_code,
				name: markedName({ name: p.province_name, nameEn: p.province_name_en, rank: p.rank }, 'zh-CN'),
				value: p.composite,
				rank: p.rank,
				rankP05: null,
				rankP95: null
			}))
		};
		const labels = {
			value: zh.composite,
			rank: zh.rank,
			interval: zh.rankInterval,
			region: zh.province,
			rankP05: zh.rankP05,
			rankP95: zh.rankP95,
			unranked: zh.unranked
		};
		const table = rankingTable(data, labels);
		expect(table.rows.some((row) => String(row[1]).endsWith('†'))).toBe(true);
		const { report } = figureLabels(zh, { demo: true, year: 2024, few: 30 });
		const csv = csvDocument(
			table,
			[zh.rankingTitle, report.round, report.notice, 'Generated 2026-01-01'],
			report.fewColumn
		);
		const file = join(dir, 'ranking.csv');
		writeFileSync(file, csv, 'utf8');
		const columns = [...table.columns, report.fewColumn];
		for (const read of [pandas(file, zh.province), r(file, zh.province)]) {
			expect(read.columns).toEqual(columns);
			expect(read.rows).toBe(32);
			expect(read.values).toContain(XPCC);
			expect(read.values.join('')).not.toContain('†');
		}
		const flags = r(file, report.fewColumn).values;
		expect(flags[pandas(file, zh.province).values.indexOf(XPCC)]).toBe('1');
	});
});
