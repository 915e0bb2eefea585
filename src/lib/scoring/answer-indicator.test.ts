import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK } from '../server/framework-store.ts';
import { booleanColumns, TEMPLATES } from '../survey/templates.ts';
import { placeOfAnswer } from './answer-indicator.ts';

describe('placeOfAnswer', () => {
	it.each([
		['security_system', 'governance', 'security_system'],
		['platform_built', 'infrastructure', 'platform_built'],
		['did_built', 'infrastructure', 'databases_built'],
		['tech_ai', 'infrastructure', 'tech_count'],
		['it_investment_pct', 'governance', 'investment_band'],
		['telemedicine', 'application', 'telemedicine']
	])('%s feeds %s through %s', (column, dimension, indicator) => {
		expect(placeOfAnswer(DEFAULT_FRAMEWORK, column)).toMatchObject({ dimension, indicator });
	});

	it('places no answer that no indicator uses', () => {
		expect(placeOfAnswer(DEFAULT_FRAMEWORK, 'name')).toBeNull();
	});

	it('places every yes/no question of both surveys (the dashboard files each rate under a dimension)', () => {
		for (const template of Object.values(TEMPLATES)) {
			for (const column of booleanColumns(template)) {
				expect(placeOfAnswer(DEFAULT_FRAMEWORK, column.name), column.name).not.toBeNull();
			}
		}
	});
});
