/**
 * Every problem of a framework file at once (docs/methodology.md section 3.7): each says where it
 * is (a JSON path such as `$.dimensions[0].pillars[1].weight`) and what to do about it, so a user's
 * framework is fixed in one pass rather than one error per run.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import { GROUPS } from './framework.ts';
import { checkDimensions } from './framework-tree-problems.ts';
import {
	Collector,
	isName,
	isNumber,
	isObject,
	list,
	quoted,
	type FrameworkProblem,
	type Json
} from './problem-collector.ts';

export type { FrameworkProblem } from './problem-collector.ts';
export { KNOWN_INDICATORS } from './framework-tree-problems.ts';

/** A framework id: it names the framework in run keys, exports and URLs (`id@version`). */
export const FRAMEWORK_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** How the weights of one level are read: `relative` (the default) or `shares` summing to 1. */
export const WEIGHT_SCALES = ['relative', 'shares'] as const;

/** Every problem of a parsed framework file; none for a valid one. */
export function frameworkProblems(raw: unknown): FrameworkProblem[] {
	const c = new Collector();
	if (!isObject(raw)) {
		c.need(false, '$', 'the file must be one JSON object (see data/frameworks/himap-default-1.0.0.json)');
		return c.problems;
	}
	c.need(
		typeof raw.id === 'string' && FRAMEWORK_ID.test(raw.id),
		'$.id',
		'id must be 1–64 lower-case letters, digits, ".", "_" or "-" (it names the framework in exports and URLs)'
	);
	c.need(
		typeof raw.version === 'string' && /^\d+\.\d+\.\d+$/.test(raw.version),
		'$.version',
		'version must look like 1.0.0; bump it whenever the content changes'
	);
	c.need(isName(raw.name), '$.name', 'name needs zh and en text');
	const scale = raw.weightScale ?? 'relative';
	c.need(
		(WEIGHT_SCALES as readonly unknown[]).includes(scale),
		'$.weightScale',
		`weightScale ${quoted(scale)} must be "relative" or "shares"`
	);
	const shares = scale === 'shares';
	const groups = checkGroups(c, raw);
	checkDimensions(c, raw, shares, groups);
	checkStages(c, raw.stages);
	c.need(
		isNumber(raw.coverageThreshold) && raw.coverageThreshold >= 0 && raw.coverageThreshold <= 1,
		'$.coverageThreshold',
		'coverageThreshold must be a number from 0 to 1 (the share of weight a respondent must answer)'
	);
	checkRollup(c, raw.rollup, shares, groups);
	const p = raw.plausibility;
	if (p !== undefined)
		c.need(
			isObject(p) && isNumber(p.jumpFactor) && p.jumpFactor > 1,
			'$.plausibility.jumpFactor',
			'plausibility.jumpFactor must be a number above 1 (or leave plausibility out)'
		);
	return c.problems;
}

/** The framework's groups, each a known respondent group, none twice. */
function checkGroups(c: Collector, raw: Json): RespondentGroup[] {
	if (
		!c.need(
			Array.isArray(raw.groups) && raw.groups.length > 0,
			'$.groups',
			`groups must list the respondent groups scored, some of ${GROUPS.join(', ')}`
		)
	)
		return [];
	const seen = new Map<string, string>();
	list(raw.groups).forEach((g, k) => {
		c.need(
			GROUPS.includes(g as RespondentGroup),
			`$.groups[${k}]`,
			`unknown group ${quoted(g)}; use one of ${GROUPS.join(', ')}`
		);
		c.unique(seen, g, `$.groups[${k}]`, 'group');
	});
	return list(raw.groups).filter((g): g is RespondentGroup => GROUPS.includes(g as RespondentGroup));
}

function checkStages(c: Collector, stages: unknown): void {
	if (
		!c.need(
			Array.isArray(stages) && stages.length > 0,
			'$.stages',
			'stages must list at least one stage: [{"stage": 1, "min": 0, "name": {...}}, …]'
		)
	)
		return;
	list(stages).forEach((s, k) => {
		const at = `$.stages[${k}]`;
		if (!c.need(isObject(s), at, 'a stage must be an object')) return;
		const st = s as Json;
		c.need(
			st.stage === k + 1,
			`${at}.stage`,
			`stage numbers must run 1, 2, 3, … in order: this one should be ${k + 1}`
		);
		c.need(isName(st.name), `${at}.name`, 'name needs zh and en text');
		if (
			!c.need(
				isNumber(st.min) && st.min >= 0 && st.min <= 100,
				`${at}.min`,
				`min ${quoted(st.min)} must be a composite score from 0 to 100`
			)
		)
			return;
		if (k === 0)
			c.need(st.min === 0, `${at}.min`, 'the first stage must start at min 0, so every score has a stage');
		const before = (list(stages)[k - 1] as Json | undefined)?.min;
		if (k > 0 && isNumber(before))
			c.need(
				(st.min as number) > before,
				`${at}.min`,
				`stage cut-offs must increase: min ${st.min} is not above the previous stage's ${before}`
			);
	});
}

function checkRollup(c: Collector, rollup: unknown, shares: boolean, groups: RespondentGroup[]): void {
	if (
		!c.need(
			isObject(rollup) && isObject(rollup.groupWeights),
			'$.rollup.groupWeights',
			'rollup.groupWeights must give a weight for each group: {"provincial": 1, …}'
		)
	)
		return;
	const r = rollup as Json;
	const weights = r.groupWeights as Json;
	for (const g of groups)
		c.weight(
			weights[g],
			`$.rollup.groupWeights.${g}`,
			`to leave ${g} out of the roll-up, leave it out of groups`
		);
	for (const g of Object.keys(weights))
		c.need(
			groups.includes(g as RespondentGroup),
			`$.rollup.groupWeights.${g}`,
			`unknown group "${g}"; use one of the framework's groups (${groups.join(', ')})`
		);
	if (shares)
		c.shares(
			groups.map((g) => weights[g]),
			'$.rollup.groupWeights',
			'group'
		);
	const thresholds = r.rankThreshold;
	if (thresholds === undefined) return;
	if (
		!c.need(
			isObject(thresholds),
			'$.rollup.rankThreshold',
			'rankThreshold must be {"province": n, "city": n}'
		)
	)
		return;
	for (const [level, n] of Object.entries(thresholds as Json))
		c.need(
			(level === 'province' || level === 'city') && Number.isInteger(n) && (n as number) >= 1,
			`$.rollup.rankThreshold.${level}`,
			'rankThreshold must name province or city, each a whole number ≥ 1'
		);
}
