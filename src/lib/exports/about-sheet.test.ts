import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { aboutLine, aboutRows, summarise, type AboutInput } from './about-sheet.ts';

const ROWS = [
	{
		year: 2024,
		province_code: '11',
		framework_id: 'himap-default',
		framework_version: '1.0.0',
		method: 'm'
	},
	{
		year: 2018,
		province_code: '11',
		framework_id: 'himap-default',
		framework_version: '1.0.0',
		method: 'm'
	},
	{
		year: 2024,
		province_code: '12',
		framework_id: 'himap-default',
		framework_version: '1.0.0',
		method: 'm'
	}
];
const base: AboutInput = {
	table: 'provinces',
	columns: ['year', 'province_code', 'composite', 'framework_id', 'framework_version', 'method'],
	summary: summarise(ROWS),
	generatedAt: new Date('2026-01-02T03:04:05Z'),
	demo: false,
	codebook: true,
	build: { version: '9.8.7', commit: 'abc123' }
};
const about = (input: Partial<AboutInput>) =>
	Object.fromEntries(aboutRows({ ...base, ...input }).map((r) => [r.field, r.value]));

describe('aboutRows', () => {
	it('names the table, the rounds found, the framework, method and when', () => {
		expect(about({})).toMatchObject({
			table: 'provinces',
			rounds: '2018, 2024',
			rows: 3,
			framework_id: 'himap-default',
			framework_version: '1.0.0',
			method: 'm',
			generated_at: '2026-01-02T03:04:05.000Z'
		});
	});

	it('gives one round as a number, the round asked for even when it has no rows', () => {
		expect(about({ summary: summarise(ROWS.slice(0, 1)) }).rounds).toBe(2024);
		expect(about({ year: 2030, summary: summarise([]) }).rounds).toBe(2030);
	});

	it('leaves out what the table does not have', () => {
		const codebook = about({ table: 'codebook', columns: ['indicator', 'weight'], codebook: false });
		expect(Object.keys(codebook)).not.toEqual(
			expect.arrayContaining(['rounds', 'framework_id', 'method', 'codebook'])
		);
		expect(about({ table: 'submissions', columns: ['id', 'years'], summary: summarise([]) }).rounds).toBe(
			'all'
		);
	});

	it('names the version and commit that wrote it', () => {
		expect(about({})).toMatchObject({ version: '9.8.7', commit: 'abc123' });
	});

	it('takes the framework and method given when the columns do not carry them', () => {
		const disparity = about({
			columns: ['year', 'measure'],
			method: 'minmax/framework/arithmetic/raw',
			framework: { id: 'f', version: '2' }
		});
		expect(disparity).toMatchObject({ method: 'minmax/framework/arithmetic/raw', framework_id: 'f' });
		expect(about({ method: 'other' }).method).toBe('m');
	});

	it('says when the data is the synthetic demo', () => {
		expect(about({ demo: true }).data).toBe(en.synthetic);
		expect(about({ demo: false }).data).not.toMatch(/synthetic/i);
	});
});

describe('aboutLine', () => {
	const line = (input: Partial<Parameters<typeof aboutLine>[0]>) =>
		aboutLine({
			table: 'provinces',
			columns: ['year', 'province_name'],
			method: 'goalposts/framework/arithmetic/winsorise',
			framework: { id: 'himap-default', version: '1.0.0' },
			demo: false,
			generatedAt: new Date('2026-01-02T03:04:05Z'),
			build: { version: '9.8.7', commit: 'abc123' },
			...input
		});

	it('names the table, round, method, framework and when, in one # line without commas', () => {
		const text = line({ year: 2024 });
		expect(text).toMatch(/^# HIMAP export: table provinces \| round 2024 \| method goalposts\/framework/);
		expect(text).toContain('framework himap-default 1.0.0');
		expect(text).toContain('generated 2026-01-02T03:04:05.000Z');
		expect(text).toContain('HIMAP 9.8.7 commit abc123');
		expect(text).not.toMatch(/[,"\r\n]/);
	});

	it('says all rounds, the demo, and leaves out what a table does not have', () => {
		expect(line({})).toContain('all rounds');
		expect(line({ demo: true })).toContain('Demo data: synthetic');
		const codebook = line({ table: 'codebook', columns: ['indicator'], method: null, framework: null });
		expect(codebook).not.toMatch(/round|\| method |\| framework /);
	});
});
