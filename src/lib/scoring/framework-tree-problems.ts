/**
 * The framework's tree checked (framework-problems.ts): dimensions, pillars and indicators — each
 * indicator one the surveys give to the groups it has goalposts for.
 */

import {
	HOSPITAL,
	REGIONAL,
	answerColumnNames,
	type RespondentGroup,
	type Template
} from '../survey/templates.ts';
import { DERIVED_INPUTS } from './derive.ts';
import { DIMENSIONS } from './framework.ts';
import { isName, isNumber, isObject, list, quoted, type Collector, type Json } from './problem-collector.ts';

const TEMPLATE_OF: Record<RespondentGroup, Template> = {
	provincial: REGIONAL,
	municipal: REGIONAL,
	county: REGIONAL,
	tertiary: HOSPITAL,
	secondary: HOSPITAL,
	other: HOSPITAL
};

/** Whether a template gives an indicator: one of its answers, or derived from its answers alone. */
function templateGives(template: Template, id: string): boolean {
	const answers = answerColumnNames(template);
	const inputs = DERIVED_INPUTS[id];
	return inputs ? inputs.every((a) => answers.includes(a)) : answers.includes(id);
}

/** The indicators a framework may use: every answer of a survey template and every derived one. */
export const KNOWN_INDICATORS: ReadonlySet<string> = new Set([
	...answerColumnNames(REGIONAL),
	...answerColumnNames(HOSPITAL),
	...Object.keys(DERIVED_INPUTS)
]);

export function checkDimensions(c: Collector, raw: Json, shares: boolean, groups: RespondentGroup[]): void {
	if (!c.need(Array.isArray(raw.dimensions), '$.dimensions', 'dimensions must be a list')) return;
	const dimensions = list(raw.dimensions).filter(isObject);
	const ids = dimensions.map((d) => d.id);
	c.need(
		ids.length === DIMENSIONS.length && DIMENSIONS.every((d) => ids.includes(d)),
		'$.dimensions',
		`dimensions must be exactly ${DIMENSIONS.join(', ')}, each once (found ${ids.map(quoted).join(', ') || 'none'})`
	);
	const components = isObject(raw.components) ? raw.components : {};
	const pillarIds = new Map<string, string>();
	const indicatorIds = new Map<string, string>();
	dimensions.forEach((d, di) => {
		const scored = new Set(
			list(d.pillars)
				.flatMap((p) => (isObject(p) ? list(p.indicators) : []))
				.flatMap((i) => (isObject(i) && isObject(i.goalposts) ? Object.keys(i.goalposts) : []))
		);
		for (const g of groups)
			c.need(
				scored.has(g),
				`$.dimensions[${di}]`,
				`no indicator of dimension ${quoted(d.id)} has goalposts for group ${g}, so no ${g} respondent could be scored; give one goalposts for ${g}, or leave ${g} out of groups`
			);
		const at = `$.dimensions[${di}]`;
		c.need(isName(d.name), `${at}.name`, 'name needs zh and en text');
		c.weight(d.weight, `${at}.weight`);
		if (
			!c.need(
				Array.isArray(d.pillars) && d.pillars.length > 0,
				`${at}.pillars`,
				`dimension ${quoted(d.id)} needs at least one pillar`
			)
		)
			return;
		const pillars = list(d.pillars).filter(isObject);
		if (shares)
			c.shares(
				pillars.map((p) => p.weight),
				`${at}.pillars`,
				`pillar (dimension ${quoted(d.id)})`
			);
		pillars.forEach((p, pi) => {
			const pat = `${at}.pillars[${pi}]`;
			c.need(
				typeof p.id === 'string' && p.id.length > 0,
				`${pat}.id`,
				'pillar id must be a non-empty string'
			);
			c.unique(pillarIds, p.id, `${pat}.id`, 'pillar');
			c.need(isName(p.name), `${pat}.name`, 'name needs zh and en text');
			c.weight(p.weight, `${pat}.weight`);
			const indicators = list(p.indicators).filter(isObject);
			if (
				!c.need(
					indicators.length > 0,
					`${pat}.indicators`,
					`pillar ${quoted(p.id)} has no indicators; add one or remove the pillar`
				)
			)
				return;
			if (shares)
				c.shares(
					indicators.map((i) => i.weight),
					`${pat}.indicators`,
					`indicator (pillar ${quoted(p.id)})`
				);
			indicators.forEach((i, ii) =>
				checkIndicator(c, i, `${pat}.indicators[${ii}]`, { components, indicatorIds, groups })
			);
		});
	});
	if (shares)
		c.shares(
			dimensions.map((d) => d.weight),
			'$.dimensions',
			'dimension'
		);
}

function checkIndicator(
	c: Collector,
	i: Json,
	at: string,
	context: { components: Json; indicatorIds: Map<string, string>; groups: RespondentGroup[] }
): void {
	const id = i.id;
	const known = c.need(
		typeof id === 'string' && KNOWN_INDICATORS.has(id),
		`${at}.id`,
		`unknown indicator ${quoted(id)}: use an answer column of a survey template or a derived indicator (${Object.keys(DERIVED_INPUTS).join(', ')}); the codebook export lists them`
	);
	c.unique(context.indicatorIds, id, `${at}.id`, 'indicator');
	c.need(isName(i.name), `${at}.name`, 'name needs zh and en text');
	c.need(
		typeof i.component === 'string' && isObject(context.components[i.component]),
		`${at}.component`,
		`unknown WHO/ITU component ${quoted(i.component)}; add it under components or use one listed there`
	);
	c.need(
		i.direction === 'positive' || i.direction === 'negative',
		`${at}.direction`,
		'direction must be "positive" or "negative"'
	);
	c.need(
		['binary', 'ordinal', 'continuous'].includes(i.kind as string),
		`${at}.kind`,
		'kind must be "binary", "ordinal" or "continuous"'
	);
	c.weight(i.weight, `${at}.weight`);
	const goalposts = isObject(i.goalposts) ? i.goalposts : {};
	c.need(
		Object.keys(goalposts).length > 0,
		`${at}.goalposts`,
		'needs goalposts for at least one respondent group: {"<group>": [lower, upper]}'
	);
	for (const [group, posts] of Object.entries(goalposts)) {
		const gat = `${at}.goalposts.${group}`;
		if (
			!c.need(
				context.groups.includes(group as RespondentGroup),
				gat,
				`unknown group "${group}"; use one of the framework's groups (${context.groups.join(', ')})`
			)
		)
			continue;
		if (known)
			c.need(
				templateGives(TEMPLATE_OF[group as RespondentGroup], id as string),
				gat,
				`indicator "${id}" is not in the ${TEMPLATE_OF[group as RespondentGroup].id} survey that group ${group} answers; remove these goalposts`
			);
		const pair = Array.isArray(posts) && posts.length === 2 && posts.every(isNumber);
		if (!c.need(pair, gat, `goalposts must be [lower, upper], two numbers (found ${quoted(posts)})`))
			continue;
		const [lower, upper] = posts as [number, number];
		c.need(
			lower < upper,
			gat,
			`goalposts reversed: lower ${lower} must be below upper ${upper}; for an indicator where less is better set "direction": "negative", not reversed goalposts`
		);
	}
}
