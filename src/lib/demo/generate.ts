/**
 * The demo dataset: one regional and one hospital survey file per round, 2018–2024, as CSV text.
 * Pure and deterministic — same region reference in, byte-identical files out — so the demo, its
 * tests and screenshots never drift. Round 2018 reproduces the published national survey figures
 * (data/reference/survey-2019-published.csv); later rounds are plausible growth.
 */
import { TEMPLATES, type Template, type TemplateId } from '../survey/templates.ts';
import { DEMO_YEARS } from './calibration.ts';
import { BOOLEAN_SPELLING, formatAnswer, groupLabel } from './cells.ts';
import { toCsv } from './csv.ts';
import { hospitalAnswers } from './hospital-answers.ts';
import type { AnswerRow } from './panel.ts';
import { buildRegionIndex, type RegionRecord } from './region-index.ts';
import { buildHospitals } from './respondents-hospital.ts';
import { buildCommissions } from './respondents-regional.ts';
import { regionalAnswers } from './regional-answers.ts';

/** One generated survey file; the caller encodes `text` to bytes as `encoding` says. */
export interface DemoFile {
	fileName: string;
	template: TemplateId;
	year: number;
	headerLanguage: 'en' | 'zh';
	encoding: 'utf-8' | 'gb18030';
	/** CSV content: CRLF line endings, RFC 4180 quoting, no byte-order mark. */
	text: string;
}

// Regional files as a UTF-8 export with English headers, hospital files as Excel in a Chinese
// locale saves them (GB18030, Chinese headers): the demo goes through both import paths.
const FORMATS: Record<TemplateId, Pick<DemoFile, 'headerLanguage' | 'encoding'>> = {
	regional: { headerLanguage: 'en', encoding: 'utf-8' },
	hospital: { headerLanguage: 'zh', encoding: 'gb18030' }
};

/**
 * Generates the demo survey files: for each round 2018..2024 a regional file then a hospital file.
 *
 * @param regions the parsed data/regions.json
 * @example generateDemoFiles(regions).map((f) => f.fileName) // ['demo-regional-2018.csv', 'demo-hospital-2018.csv', …]
 */
export function generateDemoFiles(regions: readonly RegionRecord[]): DemoFile[] {
	const index = buildRegionIndex(regions);
	const answers: Record<TemplateId, Map<number, AnswerRow[]>> = {
		regional: regionalAnswers(buildCommissions(index)),
		hospital: hospitalAnswers(buildHospitals(index))
	};
	const files: DemoFile[] = [];
	for (const year of DEMO_YEARS) {
		for (const template of ['regional', 'hospital'] as const) {
			const rows = [...(answers[template].get(year) ?? [])].sort((a, b) =>
				a.respondent.id < b.respondent.id ? -1 : 1
			);
			files.push({
				fileName: `demo-${template}-${year}.csv`,
				template,
				year,
				...FORMATS[template],
				text: renderFile(TEMPLATES[template], FORMATS[template].headerLanguage, rows)
			});
		}
	}
	return files;
}

function renderFile(template: Template, language: 'en' | 'zh', rows: readonly AnswerRow[]): string {
	const header = template.columns.map((c) => (language === 'zh' ? c.zh : c.name));
	const spelling = BOOLEAN_SPELLING[template.id];
	const lines = rows.map(({ respondent: r, year, answers }) =>
		template.columns.map((c) => {
			switch (c.role) {
				case 'year':
					return String(year);
				case 'respondent_id':
					return r.id;
				case 'name':
					return r.name;
				case 'region_code':
					return r.regionCode;
				case 'group':
					return groupLabel(c, r.group, language);
				default: {
					const value = answers[c.name];
					if (value === undefined) throw new Error(`demo: no value for ${c.name} of ${r.id} in ${year}`);
					return formatAnswer(c, value, spelling, [r.seed, c.name, year]);
				}
			}
		})
	);
	return toCsv(header, lines);
}
