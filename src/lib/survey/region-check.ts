/**
 * A row's region code against the region reference (GB/T 2260, plus 660000 for the XPCC): it must
 * exist, and on the regional survey fit the commission's level.
 */
import type { SurveyIssue } from './issues.ts';
import { levelOfCode, type RegionIndex } from './regions.ts';
import type { TemplateId } from './templates.ts';
import type { SurveyRow } from './validator.ts';

const LEVEL_SHAPE = {
	provincial: 'PP0000 (a province code such as 440000)',
	municipal: 'PPCC00 (a prefecture-level city code such as 440100)',
	county: 'a county-level code such as 440106'
} as const;

/** The problem with a row's region code, or null; `columnName` gives a column as the file names it. */
export function regionIssue(
	r: SurveyRow,
	row: number,
	template: TemplateId,
	regions: RegionIndex,
	columnName: (name: string) => string
): SurveyIssue | null {
	const region = regions.get(r.regionCode);
	const regionColumn = columnName('region_code');
	if (!region) {
		return {
			row,
			column: regionColumn,
			value: r.regionCode,
			message: `region code ${r.regionCode} is not in the region reference (GB/T 2260 codes, plus 660000 for the XPCC); check the code`,
			code: 'unknown-region',
			params: { code: r.regionCode }
		};
	} else if (template === 'regional') {
		const level = r.group as 'provincial' | 'municipal' | 'county';
		const kind = { provincial: 'province', municipal: 'prefecture', county: 'county' }[level];
		if (levelOfCode(r.regionCode) !== level || region.level !== kind) {
			const levelColumn = columnName('level');
			return {
				row,
				column: regionColumn,
				value: r.regionCode,
				message: `region code ${r.regionCode} (${region.name}) does not fit level ${level}, which needs ${LEVEL_SHAPE[level]}; correct the code or the ${levelColumn} column`,
				code: 'region-level-mismatch',
				params: { code: r.regionCode, region: region.name, level, levelColumn }
			};
		}
	}
	return null;
}
