import { describe, expect, it } from 'vitest';
import { searchCodebook } from './codebook-search.ts';

const ROWS = [
	{ indicator: 'emr_level', name_en: 'EMR level', name_zh: '电子病历应用水平', weight: 0.25 },
	{ indicator: 'platform_built', name_en: 'Platform built', name_zh: '建成平台', weight: null },
	{ indicator: 'it_staff', name_en: 'IT staff', name_zh: '信息化人员', weight: 0.125 }
];

describe('searchCodebook', () => {
	it.each([
		['', ['emr_level', 'platform_built', 'it_staff']],
		['   ', ['emr_level', 'platform_built', 'it_staff']],
		['emr', ['emr_level']],
		['  PLATFORM ', ['platform_built']],
		['平台', ['platform_built']],
		['0.125', ['it_staff']],
		// An empty cell is empty, not the word "null".
		['null', []],
		['nothing like it', []]
	])('%j finds %j', (query, found) => {
		expect(searchCodebook(ROWS, query).map((r) => r.indicator)).toEqual(found);
	});
});
