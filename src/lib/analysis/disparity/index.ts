/**
 * Regional disparity measures (docs/methodology.md section 5): pure functions over values x_i ≥ 0 with
 * optional population weights. No I/O.
 */
export { cv, cvSample } from './cv.ts';
export {
	theilDecomposition,
	type Decomposition,
	type GroupFigures,
	type TheilDecomposition
} from './decomposition.ts';
export { concentrationIndex, gini, giniCorrected } from './gini.ts';
export { concentrationCurve, lorenzCurve, type CurvePoint } from './lorenz.ts';
export { maxMinRatio, range } from './range.ts';
export { disparitySummary, type DisparityOptions, type DisparitySummary } from './summary.ts';
export {
	betweenZoneShare,
	regionalDisparity,
	type RegionalDisparity,
	type RegionalUnit
} from './regional.ts';
export { theilL, theilT } from './theil.ts';
export { distribution, DisparityError, type Distribution } from './weights.ts';
