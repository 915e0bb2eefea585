/**
 * Every kind of survey issue, made by the real code on real bad files (the bad-input corpus, and a
 * few more for what needs stored data or is a warning), rendered by views/issue-text.ts: in English
 * it must read exactly as the message the command line prints, and Chinese must have words for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS } from '../../../tests/fixtures/bad-inputs.ts';
import { base, set, toBytes } from '../../../tests/fixtures/survey-builders.ts';
import { zh } from '../i18n/zh.ts';
import { resolveHeader } from '../survey/header.ts';
import { checkIdentity, type Identity } from '../survey/identity.ts';
import { ISSUE_CODES, type SurveyIssue } from '../survey/issues.ts';
import { TEMPLATES } from '../survey/templates.ts';
import { issueKey, issueText } from '../views/issue-text.ts';
import { openDatabase, type HimapDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { importSurveyBytes } from './import-service.ts';

let dir: string;
let database: HimapDatabase;
const issues: SurveyIssue[] = [];

async function importIssues(bytes: Uint8Array): Promise<SurveyIssue[]> {
	const result = await importSurveyBytes(database, bytes, { fileName: 'bad.csv', submittedBy: 'test' });
	return result.ok ? result.warnings : [...result.errors, ...result.warnings];
}

const stored: Identity = {
	respondentId: 'H1',
	year: 2024,
	survey: 'hospital',
	group: 'tertiary',
	regionCode: '440106',
	name: '广州市第一人民医院'
};

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'himap-codes-'));
	database = openDatabase(`sqlite:${join(dir, 'himap.db')}`);
	await migrateToLatest(database.db);
	// The corpus but what needs a command-line flag, or is too large to be quick.
	for (const c of BAD_INPUTS)
		if (c.expect.exit === 1 && !c.argv && !c.expect.withinMs) issues.push(...(await importIssues(c.bytes())));
	// Header warnings, and a row far longer than any survey's.
	const header = resolveHeader([...TEMPLATES.regional.columns.map((c) => c.name), '', 'colour']);
	if (!header.ok) throw new Error('the header should resolve');
	issues.push(...header.plan.warnings);
	issues.push(...(await importIssues(Buffer.from(`${'a,'.repeat(600_000)}a\n`))));
	// Against stored data: a hospital's id reused by a commission, a hospital moved or regraded.
	const column = (name: string) => name;
	for (const incoming of [
		{ ...stored, survey: 'regional' as const, group: 'county' as const },
		{ ...stored, regionCode: '440100' },
		{ ...stored, group: 'secondary' as const }
	])
		issues.push(checkIdentity(incoming, stored, 5, column, false).issue!);
	// An encrypted workbook or an old .xls: an OLE container, by its first bytes.
	issues.push(...(await importIssues(Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'))));
	// Approved data locked against a submitted file.
	const approved = base.hospitalUtf8(1);
	await importSurveyBytes(database, toBytes(approved), { fileName: 'a.csv', submittedBy: 'cli' });
	const locked = await importSurveyBytes(database, toBytes(approved), {
		fileName: 'b.csv',
		submittedBy: 'test',
		status: 'submitted'
	});
	if (!locked.ok) issues.push(...locked.errors);
	// A text value over its own limit and the reader's.
	const long = set(base.regionalUtf8(2), 3, 'name', 'x'.repeat(70_000));
	issues.push(...(await importIssues(toBytes(long))));
});

afterAll(async () => {
	await database?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('survey issue codes', () => {
	it('every code is made somewhere, and every issue made has a code', () => {
		const seen = new Set(issues.map((i) => i.code));
		expect(ISSUE_CODES.filter((c) => !seen.has(c))).toEqual([]);
		expect(issues.filter((i) => !i.code).map((i) => i.message)).toEqual([]);
	});

	it('renders every issue in English exactly as its message', () => {
		const differ = issues.filter((i) => issueText(i, 'en') !== i.message);
		expect(differ.map((i) => [i.code, i.message, issueText(i, 'en')])).toEqual([]);
	});

	it('has Chinese words for every code, filled from the params (no placeholder left)', () => {
		for (const code of ISSUE_CODES) expect(zh[issueKey(code)], code).toMatch(/\p{Script=Han}/u);
		for (const issue of issues) {
			const text = issueText(issue, 'zh-CN');
			expect(text, issue.message).not.toMatch(/\{\w+\}/);
			expect(text).not.toBe(issue.message);
		}
	});
});
