/**
 * An indicator framework: data, not code (data/frameworks/<id>-<version>.json). Three levels,
 * dimension → pillar → indicator, with goalposts per respondent group. `parseFramework` checks a
 * parsed file and says exactly what is wrong, so a broken framework is an error, not a crash.
 */
import type { RespondentGroup } from '../survey/templates.ts';

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

const isName = (v: unknown): v is LocalisedName =>
	typeof v === 'object' &&
	v !== null &&
	typeof (v as LocalisedName).zh === 'string' &&
	typeof (v as LocalisedName).en === 'string';
const isWeight = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Validates a parsed framework file; throws FrameworkError listing every problem found. */
export function parseFramework(raw: unknown): Framework {
	const problems: string[] = [];
	const need = (ok: boolean, problem: string) => void (ok || problems.push(problem));
	const f = raw as Framework;
	if (typeof raw !== 'object' || raw === null) throw new FrameworkError(['the file is not a JSON object']);
	need(typeof f.id === 'string' && f.id.length > 0, 'id must be a non-empty string');
	need(typeof f.version === 'string' && /^\d+\.\d+\.\d+$/.test(f.version), 'version must look like 1.0.0');
	need(isName(f.name), 'name needs zh and en');
	need(Array.isArray(f.dimensions), 'dimensions must be a list');
	const dimensionIds = (f.dimensions ?? []).map((d) => d.id);
	need(
		DIMENSIONS.every((d) => dimensionIds.includes(d)) && dimensionIds.length === DIMENSIONS.length,
		`dimensions must be exactly ${DIMENSIONS.join(', ')}`
	);
	const seen = new Set<string>();
	for (const d of f.dimensions ?? []) {
		need(isWeight(d.weight), `dimension ${d.id}: weight must be a number ≥ 0`);
		need(Array.isArray(d.pillars) && d.pillars.length > 0, `dimension ${d.id}: needs pillars`);
		for (const p of d.pillars ?? []) {
			need(isName(p.name) && isWeight(p.weight), `pillar ${p.id}: needs a name (zh, en) and a weight ≥ 0`);
			for (const i of p.indicators ?? []) {
				const at = `indicator ${i.id}`;
				need(!seen.has(i.id), `${at}: appears twice`);
				seen.add(i.id);
				need(isName(i.name), `${at}: name needs zh and en`);
				need(
					typeof f.components?.[i.component] === 'object',
					`${at}: unknown WHO/ITU component "${i.component}"`
				);
				need(
					i.direction === 'positive' || i.direction === 'negative',
					`${at}: direction must be positive or negative`
				);
				need(
					['binary', 'ordinal', 'continuous'].includes(i.kind),
					`${at}: kind must be binary, ordinal or continuous`
				);
				need(isWeight(i.weight), `${at}: weight must be a number ≥ 0`);
				for (const [group, posts] of Object.entries(i.goalposts ?? {})) {
					need(GROUPS.includes(group as RespondentGroup), `${at}: goalposts for unknown group "${group}"`);
					need(
						Array.isArray(posts) && posts.length === 2 && posts[0] < posts[1],
						`${at}: goalposts for ${group} must be [lower, upper] with lower < upper`
					);
				}
				need(Object.keys(i.goalposts ?? {}).length > 0, `${at}: needs goalposts for at least one group`);
			}
		}
	}
	const stages = f.stages ?? [];
	need(
		stages.length > 0 && stages[0].min === 0 && stages.every((s, k) => k === 0 || s.min > stages[k - 1].min),
		'stages must start at min 0 and rise'
	);
	need(
		typeof f.coverageThreshold === 'number' && f.coverageThreshold >= 0 && f.coverageThreshold <= 1,
		'coverageThreshold must be 0–1'
	);
	for (const g of GROUPS)
		need(isWeight(f.rollup?.groupWeights?.[g]), `rollup.groupWeights.${g} must be a number ≥ 0`);
	for (const [level, n] of Object.entries(f.rollup?.rankThreshold ?? {}))
		need(
			(level === 'province' || level === 'city') && Number.isInteger(n) && n >= 1,
			`rollup.rankThreshold.${level} must be province or city, a whole number ≥ 1`
		);
	if (f.plausibility !== undefined)
		need(
			typeof f.plausibility === 'object' &&
				f.plausibility !== null &&
				typeof f.plausibility.jumpFactor === 'number' &&
				Number.isFinite(f.plausibility.jumpFactor) &&
				f.plausibility.jumpFactor > 1,
			'plausibility.jumpFactor must be a number above 1'
		);
	if (problems.length) throw new FrameworkError(problems);
	return f;
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
