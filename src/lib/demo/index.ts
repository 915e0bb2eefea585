/**
 * Demo dataset generator: deterministic, calibrated synthetic survey files (pure, no I/O).
 * See generate.ts for the entry point and calibration.ts for the published 2018 targets.
 */
export { generateDemoFiles, type DemoFile } from './generate.ts';
export type { RegionRecord } from './region-index.ts';
export {
	CALIBRATED_YEAR,
	DEMO_YEARS,
	UNIVERSE_2018,
	RESPONDENTS_2018,
	INVESTMENT_BAND_COUNTS_2018,
	investmentBand,
	type InvestmentBand
} from './calibration.ts';
