import { describe, expect, it } from 'vitest';
import { embedFigure } from './embed-figure.ts';
import { overviewPage } from './overview.ts';
import { provincePage, type ProvinceIdentity } from './province.ts';
import { testBase } from './testing.ts';

const GUANGDONG: ProvinceIdentity = { code: '44', name: '广东省', nameEn: 'Guangdong', zone4: 'east' };
const TIBET: ProvinceIdentity = { code: '54', name: '西藏自治区', nameEn: 'Tibet', zone4: 'west' };

describe('embedFigure', () => {
	it("draws the overview's own map and ranking, titled as on the overview", () => {
		const base = testBase('en', { dimension: 'governance' });
		const overview = overviewPage(base, { previous: null, trend: [] })!;
		const map = embedFigure('map', base, null)!;
		expect(map.chart === 'map' && map.map).toEqual(overview.map);
		expect(map.title).toBe('Provinces by Governance capacity, 2024');
		expect(map.caption).toBe(overview.caption);
		expect(map.fileName).toBe('himap-map-2024-governance');
		const ranking = embedFigure('ranking', testBase('zh-CN'), null)!;
		expect(ranking.chart === 'ranking' && ranking.ranking.data.rows.map((r) => r.code)).toEqual(
			overview.ranking.data.rows.map((r) => r.code)
		);
		expect(ranking.title).toBe('2024年省级单位排名');
	});

	it("draws a province's radar as its page does", () => {
		const base = testBase('en');
		const radar = embedFigure('province-radar', base, GUANGDONG)!;
		const shown = provincePage(base, GUANGDONG, [], []).shown!;
		expect(radar.chart === 'province-radar' && radar.radar).toEqual(shown.radar);
		expect(radar.title).toBe('Guangdong: dimensions against the national and East means, 2024');
		expect(radar.caption).toBe(shown.caption);
		expect(radar.fileName).toBe('himap-44-radar-2024');
	});

	it('is nothing without a round, for a province outside it, or for the radar without a province', () => {
		const empty = testBase('en', { view: null });
		expect(embedFigure('map', empty, null)).toBeNull();
		expect(embedFigure('ranking', empty, null)).toBeNull();
		expect(embedFigure('province-radar', empty, GUANGDONG)).toBeNull();
		expect(embedFigure('province-radar', testBase('en'), TIBET)).toBeNull();
		expect(embedFigure('province-radar', testBase('en'), null)).toBeNull();
	});
});
