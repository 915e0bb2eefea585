/**
 * An indicator framework: data, not code (data/frameworks/<id>-<version>.json). Three levels,
 * dimension → pillar → indicator, with goalposts per respondent group. `parseFramework` checks a
 * parsed file and says exactly what is wrong, so a broken framework is an error, not a crash.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import { frameworkProblems } from './framework-problems.ts';

export const DIMENSIONS = ['governance', 'infrastructure', 'application'] as const;
export type DimensionId = (typeof DIMENSIONS)[number];
export const GROUPS: readonly RespondentGroup[] = [
	'provincial',
	'municipal',
	'county',
	'tertiary',
	'secondary',
	'other'
];

export interface LocalisedName {
	zh: string;
	en: string;
}

export interface Indicator {
	id: string;
	name: LocalisedName;
	/** WHO/ITU National eHealth Strategy Toolkit component the indicator evidences. */
	component: string;
	unit: string;
	direction: 'positive' | 'negative';
	/** binary (0/1), ordinal (a few levels) or continuous: only continuous ones get outlier treatment. */
	kind: 'binary' | 'ordinal' | 'continuous';
	/** [lower, upper] per respondent group; a group without goalposts is not scored on it. */
	goalposts: Partial<Record<RespondentGroup, [number, number]>>;
	weight: number;
	derived?: string;
	note?: string;
}

export interface Pillar {
	id: string;
	name: LocalisedName;
	weight: number;
	indicators: Indicator[];
}

export interface Dimension {
	id: DimensionId;
	name: LocalisedName;
	weight: number;
	pillars: Pillar[];
}

export interface Stage {
	stage: number;
	min: number;
	name: LocalisedName;
}

export interface Framework {
	id: string;
	version: string;
	name: LocalisedName;
	description: string;
	/**
	 * How weights are read (docs/methodology.md section 3.7): `relative` (the default) — each
	 * level's weights are in proportion to one another; `shares` — each level's weights sum to 1.
	 * Scoring uses them the same way: both are normalised within their level.
	 */
	weightScale?: 'relative' | 'shares';
	groups: RespondentGroup[];
	components: Record<string, LocalisedName>;
	dimensions: Dimension[];
	stages: Stage[];
	coverageThreshold: number;
	rollup: {
		groupWeights: Record<RespondentGroup, number>;
		/** Fewest scored respondents a province or city needs to be ranked (see `rankThresholds`). */
		rankThreshold?: RankThresholds;
		note?: string;
	};
	/**
	 * Plausibility across rounds (survey/plausibility.ts): a number more than `jumpFactor` times,
	 * or less than 1/`jumpFactor` of, the respondent's answer of the round before is flagged in
	 * the preview of a submission. Optional: DEFAULT_JUMP_FACTOR when left out.
	 */
	plausibility?: { jumpFactor: number };
}

/** The jump factor of a framework that sets none. */
export const DEFAULT_JUMP_FACTOR = 3;

export const jumpFactorOf = (framework: Framework): number =>
	framework.plausibility?.jumpFactor ?? DEFAULT_JUMP_FACTOR;

export interface RankThresholds {
	province: number;
	city: number;
}

/**
 * Below these many scored respondents a region's mean moves with any one answer (the XPCC, one
 * commission in the demo, ranked anywhere from 1 to 32 over the sensitivity draws), so it is shown
 * but not ranked (docs/methodology.md section 4). 30 is the usual rule of thumb for a stable mean;
 * a city is ranked only against the cities of its own series, most of which have 10–40 respondents.
 */
export const DEFAULT_RANK_THRESHOLDS: RankThresholds = { province: 30, city: 10 };

export const rankThresholds = (framework: Framework): RankThresholds => ({
	...DEFAULT_RANK_THRESHOLDS,
	...framework.rollup.rankThreshold
});

export class FrameworkError extends Error {
	constructor(readonly problems: string[]) {
		super(`invalid framework: ${problems.join('; ')}`);
	}
}

/**
 * Checks a parsed framework file (framework-problems.ts); throws FrameworkError listing every
 * problem found, each as `<JSON path>: <what is wrong and what to do>`.
 */
export function parseFramework(raw: unknown): Framework {
	const problems = frameworkProblems(raw);
	if (problems.length) throw new FrameworkError(problems.map((p) => `${p.path}: ${p.message}`));
	return raw as Framework;
}

/** Every indicator with its dimension and pillar, in framework order. */
export function indicatorsOf(
	framework: Framework
): { indicator: Indicator; dimension: Dimension; pillar: Pillar }[] {
	return framework.dimensions.flatMap((dimension) =>
		dimension.pillars.flatMap((pillar) =>
			pillar.indicators.map((indicator) => ({ indicator, dimension, pillar }))
		)
	);
}

/** The stage (1–5) a composite score falls in. */
export function stageOf(framework: Framework, composite: number): number {
	let stage = framework.stages[0].stage;
	for (const s of framework.stages) if (composite >= s.min) stage = s.stage;
	return stage;
}
