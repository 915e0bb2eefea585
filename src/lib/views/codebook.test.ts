import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK } from '../server/framework-store.ts';
import { groupName } from '../server/methodology-service.ts';
import { codebookEntries, label } from './codebook.ts';
import { searchCodebook } from './codebook-search.ts';

const entries = codebookEntries(DEFAULT_FRAMEWORK, groupName);
const entry = (indicator: string, group: string) =>
	entries.find((e) => e.indicator === indicator && e.group === group)!;

describe('the codebook on the methodology page', () => {
	it('has one entry per indicator and respondent group it applies to', () => {
		// 10 indicators for each of the three commission groups, 17 for each of the three hospital groups.
		expect(entries).toHaveLength(3 * 10 + 3 * 17);
		expect(entries.filter((e) => e.indicator === 'platform_built').map((e) => e.group)).toEqual([
			'provincial',
			'municipal',
			'county'
		]);
	});

	it('names the dimension, pillar, group and component in both languages, beside the identifiers', () => {
		const e = entry('it_staff', 'tertiary');
		expect(e).toMatchObject({
			dimension: 'governance',
			pillar: 'organisational_support',
			group: 'tertiary',
			component: 'workforce',
			goalpost_lower: 0,
			goalpost_upper: 10
		});
		expect([label(e, 'dimension', 'zh-CN'), label(e, 'pillar', 'zh-CN')]).toEqual(['治理能力', '组织保障']);
		expect([label(e, 'group', 'zh-CN'), label(e, 'component', 'zh-CN')]).toEqual(['三级医院', '人力资源']);
		expect([label(e, 'name', 'en'), label(e, 'group', 'en')]).toEqual([
			'Information department staff',
			'Tertiary hospitals'
		]);
		// No name falls back to an identifier.
		for (const x of entries)
			for (const kind of ['name', 'dimension', 'pillar', 'group', 'component'] as const)
				expect(label(x, kind, 'zh-CN'), `${x.indicator} ${kind}`).toMatch(/[\u4e00-\u9fff]/);
	});

	it.each([
		['三级医院', 'tertiary'],
		['Tertiary', 'tertiary'],
		['tertiary', 'tertiary'],
		['数据治理', 'provincial'],
		['Data governance', 'provincial']
	])('search %j matches either language (first: a %s row)', (query, group) => {
		const found = searchCodebook(entries, query);
		expect(found.length).toBeGreaterThan(0);
		expect(found[0].group).toBe(group);
		expect(
			found.every((e) => Object.values(e).some((v) => String(v).toLowerCase().includes(query.toLowerCase())))
		).toBe(true);
	});
});
