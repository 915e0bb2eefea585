/**
 * English names of prefectures and counties, from their Chinese names, after Chinese official
 * English usage: the place name in pinyin (or its established non-pinyin form), then any ethnic
 * groups, then the administrative unit in English — 石家庄市 "Shijiazhuang", 延边朝鲜族自治州
 * "Yanbian Korean Autonomous Prefecture", 长阳土家族自治县 "Changyang Tujia Autonomous County".
 * Prefecture-level cities carry no "City" (the common form: "Shijiazhuang", not "Shijiazhuang
 * City"); county-level cities do ("Xinji City"), so that a county-level city is never mistaken for
 * a prefecture. Used by scripts/build-regions.ts; the reference ships the result.
 */
import { pinyin } from 'pinyin-pro';
import {
	CHARACTER_READINGS,
	ETHNIC_GROUPS,
	PLACE_NAMES,
	READINGS,
	WHOLE_NAMES
} from './region-name-en-tables.ts';

export type NamedLevel = 'prefecture' | 'county';

interface Suffix {
	zh: string;
	en: string;
	/** The name before the suffix lists the ethnic groups the area is autonomous for. */
	autonomous?: boolean;
	/** A functional zone, named after its city and sometimes its province: `唐山市汉沽管理区`. */
	zone?: boolean;
}

const longestFirst = (suffixes: Suffix[]) => suffixes.sort((a, b) => b.zh.length - a.zh.length);

const PREFECTURE_SUFFIXES = longestFirst([
	{ zh: '自治州', en: 'Autonomous Prefecture', autonomous: true },
	{ zh: '地区', en: 'Prefecture' },
	{ zh: '盟', en: 'League' },
	{ zh: '市', en: '' }
]);

const COUNTY_SUFFIXES = longestFirst([
	{ zh: '高新技术产业开发区', en: 'High-tech Industrial Development Zone', zone: true },
	{ zh: '高新技术产业园区', en: 'High-tech Industrial Park', zone: true },
	{ zh: '高新技术开发区', en: 'High-tech Development Zone', zone: true },
	{ zh: '经济技术开发区', en: 'Economic and Technological Development Zone', zone: true },
	{ zh: '城乡一体化示范区', en: 'Urban-Rural Integration Demonstration Zone', zone: true },
	{ zh: '现代产业园区', en: 'Modern Industrial Park', zone: true },
	{ zh: '经济开发区', en: 'Economic Development Zone', zone: true },
	{ zh: '风景名胜区', en: 'Scenic Area', zone: true },
	{ zh: '工业园区', en: 'Industrial Park', zone: true },
	{ zh: '开发区', en: 'Development Zone', zone: true },
	{ zh: '示范区', en: 'Demonstration Zone', zone: true },
	{ zh: '管理区', en: 'Administrative Area', zone: true },
	{ zh: '新区', en: 'New Area', zone: true },
	{ zh: '新城', en: 'New Town', zone: true },
	{ zh: '自治县', en: 'Autonomous County', autonomous: true },
	{ zh: '自治旗', en: 'Autonomous Banner', autonomous: true },
	{ zh: '特区', en: 'Special District' },
	{ zh: '矿区', en: 'Mining District' },
	{ zh: '群岛', en: 'Islands' },
	{ zh: '区', en: 'District' },
	{ zh: '县', en: 'County' },
	{ zh: '旗', en: 'Banner' },
	{ zh: '市', en: 'City' }
]);

/**
 * The English name of a prefecture or county.
 *
 * @param places place words (Chinese → English) that open development-zone names, so that
 *   `河北唐山芦台经济开发区` reads "Hebei Tangshan Lutai Economic Development Zone" rather than one
 *   run-together pinyin word; build it with {@link placeWords}.
 * @example regionNameEn('大理白族自治州', 'prefecture') // "Dali Bai Autonomous Prefecture"
 */
export function regionNameEn(
	name: string,
	level: NamedLevel,
	places: ReadonlyMap<string, string> = new Map()
): string {
	const whole = WHOLE_NAMES[name];
	if (whole) return whole;
	const { place, groups, suffix } = parse(
		name,
		level === 'prefecture' ? PREFECTURE_SUFFIXES : COUNTY_SUFFIXES
	);
	const placeEn = suffix?.zone ? segmentPlaces(place, places) : place ? [placeNameEn(place)] : [];
	return [...placeEn, listOf(groups), suffix?.en ?? ''].filter(Boolean).join(' ');
}

/**
 * Province short names (`河北`, `内蒙古` → their English names) and prefecture place names
 * (`唐山` → "Tangshan"), the words development-zone names open with.
 */
export function placeWords(
	provinces: readonly { name: string; nameEn: string }[],
	prefectureNames: readonly string[]
): Map<string, string> {
	const words = new Map<string, string>();
	for (const p of provinces) {
		const short = p.name.match(/^(.+?)(省|市|自治区)$/)?.[1];
		if (short) words.set(splitEthnicGroups(short).place, p.nameEn);
	}
	for (const name of prefectureNames) {
		const { place } = parse(name, PREFECTURE_SUFFIXES);
		if (place.length >= 2) words.set(place, placeNameEn(place));
	}
	return words;
}

/** A place name alone (no suffix): its established English form, else its pinyin. */
export function placeNameEn(place: string): string {
	return PLACE_NAMES[place] ?? romanise(place);
}

/**
 * Pinyin as one word: no tones, first letter capitalised, and an apostrophe before a syllable that
 * starts with a vowel, where the boundary would otherwise be ambiguous (西安 Xi'an, not Xian).
 */
export function romanise(hanzi: string): string {
	const characters = [...hanzi];
	const syllables =
		READINGS[hanzi]?.split(' ') ??
		pinyin(hanzi, { toneType: 'none', type: 'array', nonZh: 'removed' }).map(
			(s, i) => CHARACTER_READINGS[characters[i]] ?? s
		);
	const bad = syllables.find((s) => !/^[a-zü]+$/.test(s));
	if (bad !== undefined || syllables.length !== characters.length)
		throw new Error(`no pinyin for every character of ${hanzi}: ${syllables.join(' ')}`);
	const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `长阳土家族自治县` → place 长阳, groups [Tujia], suffix 自治县. */
function parse(name: string, suffixes: readonly Suffix[]) {
	const { stem, suffix } = splitSuffix(name, suffixes);
	const { place, groups } =
		suffix?.autonomous || stem.endsWith('族') ? splitEthnicGroups(stem) : { place: stem, groups: [] };
	return { place, groups, suffix };
}

function splitSuffix(name: string, suffixes: readonly Suffix[]): { stem: string; suffix?: Suffix } {
	for (const suffix of suffixes) {
		if (!name.endsWith(suffix.zh)) continue;
		const stem = name.slice(0, -suffix.zh.length);
		// A compound suffix needs a name of two characters before it: 清新区 is 清新 District, not
		// 清 New Area, and 矿区 (Yangquan) is Kuang District.
		if (stem.length >= (suffix.zh.length > 1 ? 2 : 1)) return { stem, suffix };
	}
	return { stem: name };
}

const ETHNIC_KEYS = Object.keys(ETHNIC_GROUPS).sort((a, b) => b.length - a.length);

/**
 * `恩施土家族苗族` → 恩施 and [Tujia, Miao]; `鄂伦春` → '' and [Oroqen]. Stops before leaving a
 * one-character place: `内蒙古` is a place, not 内 and the Mongols.
 */
function splitEthnicGroups(stem: string): { place: string; groups: string[] } {
	const groups: string[] = [];
	let rest = stem;
	for (;;) {
		const withZu = rest.endsWith('族');
		const body = withZu ? rest.slice(0, -1) : rest;
		const key = ETHNIC_KEYS.find((k) => body.endsWith(k) && (withZu || k.length > 1));
		if (!key || body.length - key.length === 1) break;
		groups.unshift(ETHNIC_GROUPS[key]);
		rest = body.slice(0, -key.length);
	}
	return { place: rest, groups };
}

/** "Bai"; "Tujia and Miao"; "Lahu, Va, Blang and Dai". */
function listOf(items: readonly string[]): string {
	if (items.length <= 2) return items.join(' and ');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `河北唐山芦台` → Hebei, Tangshan, Lutai: known place words first (each may be followed by 市). */
function segmentPlaces(stem: string, places: ReadonlyMap<string, string>): string[] {
	const words: string[] = [];
	let rest = stem;
	while (rest) {
		const key = [...places.keys()].filter((k) => rest.startsWith(k)).sort((a, b) => b.length - a.length)[0];
		if (!key) {
			words.push(placeNameEn(rest));
			break;
		}
		words.push(places.get(key)!);
		rest = rest.slice(key.length).replace(/^市/, '');
	}
	return words;
}
