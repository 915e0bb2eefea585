import { describe, expect, it } from 'vitest';
import { noteLine } from './csv-note.ts';

describe('noteLine', () => {
	it.each([
		[['a', 'b'], '# a | b'],
		[['a', null, undefined, ' ', 'b'], '# a | b'],
		[['1,650 respondents'], '# 1650 respondents'],
		[['synthetic, calibrated'], '# synthetic – calibrated'],
		[['say "hi"'], "# say 'hi'"],
		[['two\r\nlines'], '# two lines'],
		[['来源：HIMAP调查数据；2024年度，填报机构1650家'], '# 来源：HIMAP调查数据；2024年度，填报机构1650家']
	])('%j → %s', (parts, expected) => {
		const line = noteLine(parts);
		expect(line).toBe(expected);
		expect(line).not.toMatch(/[,"\r\n]/);
	});
});
