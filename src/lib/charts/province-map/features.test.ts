import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import regions from '../../../../data/regions.json' with { type: 'json' };
import { FEATURE_NAMES, NOT_SURVEYED } from './features.ts';
import { chinaMapText, MAP_OUTPUT, MAP_SOURCE } from './map-file.ts';

const text = readFileSync(MAP_OUTPUT, 'utf8');
const map = JSON.parse(text) as {
	features: { id: string; properties: { name: string }; geometry: { type: string } }[];
};

describe('static/geo/china.json', () => {
	it('is current (run scripts/copy-map.ts if not)', () => {
		// Compared as data, so reformatting the file (prettier) does not fail the check.
		expect(JSON.parse(text)).toEqual(JSON.parse(chinaMapText(JSON.parse(readFileSync(MAP_SOURCE, 'utf8')))));
	});

	it('is plain GeoJSON with the 34 provincial units and no polygon for the XPCC (66)', () => {
		expect(map.features).toHaveLength(34);
		expect(text).not.toContain('encodeOffsets');
		expect(map.features.map((f) => f.geometry.type).every((t) => /Polygon$/.test(t))).toBe(true);
		expect(map.features.some((f) => f.id.startsWith('66'))).toBe(false);
	});

	it('matches FEATURE_NAMES code by code', () => {
		const fromFile = Object.fromEntries(map.features.map((f) => [f.id.slice(0, 2), f.properties.name]));
		expect(fromFile).toEqual(FEATURE_NAMES);
	});

	it('draws as not surveyed exactly the mapped regions that are not provincial units of the survey', () => {
		const surveyed = new Set(regions.filter((r) => r.level === 'province').map((r) => r.code.slice(0, 2)));
		expect([...NOT_SURVEYED]).toEqual(Object.keys(FEATURE_NAMES).filter((code) => !surveyed.has(code)));
	});

	it('stays under 250 KB gzipped', () => {
		expect(gzipSync(text).length).toBeLessThan(250 * 1024);
	});
});
