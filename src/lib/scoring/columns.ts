/**
 * Respondents as columns: each peer group's raw indicator values in typed arrays, filled one
 * respondent at a time so a million answer objects never have to exist at once. What planGroup
 * and the audit work on.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import { indicatorValue } from './derive.ts';
import { indicatorsOf, type Framework } from './framework.ts';
import type { GroupPlan } from './score.ts';

export interface GroupColumns {
	group: RespondentGroup;
	/** Response ids and region codes, in the order the values were added. */
	ids: number[];
	regions: string[];
	entries: GroupPlan['entries'];
	/** One column per entry, NaN where the answer is missing. */
	raw: Float64Array[];
}

export function entriesFor(framework: Framework, group: RespondentGroup): GroupPlan['entries'] {
	return indicatorsOf(framework)
		.filter((e) => e.indicator.goalposts[group])
		.map((e) => ({ indicator: e.indicator, dimension: e.dimension.id, pillar: e.pillar.id }));
}

/** A Float64Array that doubles as it fills: no boxed numbers, no final copy of a plain array. */
class GrowingColumn {
	values = new Float64Array(1024);
	length = 0;

	push(v: number) {
		if (this.length === this.values.length) {
			const next = new Float64Array(this.values.length * 2);
			next.set(this.values);
			this.values = next;
		}
		this.values[this.length++] = v;
	}

	done(): Float64Array {
		return this.values.subarray(0, this.length);
	}
}

export class ColumnsBuilder {
	private readonly groups = new Map<
		RespondentGroup,
		{ ids: number[]; regions: string[]; entries: GroupPlan['entries']; raw: GrowingColumn[] }
	>();

	constructor(private readonly framework: Framework) {}

	add(id: number, region: string, group: RespondentGroup, answers: Record<string, number | undefined>): void {
		let g = this.groups.get(group);
		if (!g) {
			const entries = entriesFor(this.framework, group);
			this.groups.set(
				group,
				(g = { ids: [], regions: [], entries, raw: entries.map(() => new GrowingColumn()) })
			);
		}
		g.ids.push(id);
		g.regions.push(region);
		for (let e = 0; e < g.entries.length; e++)
			g.raw[e].push(indicatorValue(g.entries[e].indicator.id, answers) ?? NaN);
	}

	build(): GroupColumns[] {
		return [...this.groups].map(([group, g]) => ({
			group,
			ids: g.ids,
			regions: g.regions,
			entries: g.entries,
			raw: g.raw.map((c) => c.done())
		}));
	}
}
