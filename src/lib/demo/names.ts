/**
 * Realistic Chinese institution names. Hospital names follow the usual patterns (place + 人民医院,
 * 中医院, …) and are unique in the dataset; a few carry an ASCII comma or double quotes, as names
 * typed into Excel sometimes do, so that the demo files exercise RFC 4180 quoting.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import { uniform } from './random.ts';

const CITY_HOSPITALS = [
	'第一人民医院',
	'人民医院',
	'中心医院',
	'中医院',
	'妇幼保健院',
	'第二人民医院',
	'第三人民医院',
	'儿童医院',
	'肿瘤医院',
	'中西医结合医院',
	'第四人民医院',
	'传染病医院',
	'精神卫生中心',
	'口腔医院',
	'眼科医院',
	'第五人民医院',
	'骨科医院',
	'胸科医院',
	'康复医院',
	'第六人民医院',
	'老年病医院',
	'皮肤病医院',
	'第七人民医院',
	'急救医疗中心',
	'职业病防治院'
];
const PROVINCE_HOSPITALS = [
	'人民医院',
	'中医院',
	'肿瘤医院',
	'妇幼保健院',
	'儿童医院',
	'第二人民医院',
	'精神卫生中心'
];
const COUNTY_HOSPITALS = [
	'人民医院',
	'中医院',
	'妇幼保健院',
	'第二人民医院',
	'中西医结合医院',
	'第三人民医院',
	'骨伤医院',
	'精神病医院',
	'第四人民医院',
	'康复医院'
];
const PRIVATE_HOSPITALS = [
	'仁爱医院',
	'博爱医院',
	'康复医院',
	'济民医院',
	'华康医院',
	'协和医院',
	'同仁医院',
	'惠民医院',
	'安康医院',
	'长安医院',
	'骨科医院',
	'口腔医院',
	'眼科医院',
	'和平医院',
	'友好医院',
	'新华医院'
];
const CAMPUSES = ['东院区', '西院区', '南院区', '北院区', '新院区'];
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Chinese numeral for 1–99, as in 第十二人民医院.
 *
 * @example chineseNumber(12) // '十二'
 */
export function chineseNumber(n: number): string {
	if (n < 10) return DIGITS[n];
	const tens = Math.floor(n / 10);
	return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

/** Name of a health commission: 卫生健康委员会 at province and city level, 卫生健康局 in counties. */
export function commissionName(place: string, level: 'provincial' | 'municipal' | 'county'): string {
	return level === 'county' ? `${place}卫生健康局` : `${place}卫生健康委员会`;
}

/**
 * Where a hospital's name may come from, most prestigious first: e.g. a tertiary hospital in a
 * provincial capital can be a 省人民医院 before it is a 市第一人民医院.
 */
export interface NamePlaces {
	province?: string;
	places: string[];
}

/**
 * A hospital name not yet in `used` (which it then joins). `key` (the respondent id) decides the
 * occasional comma or quote decoration.
 */
export function hospitalName(group: RespondentGroup, at: NamePlaces, used: Set<string>, key: string): string {
	const candidates: string[] = [];
	if (group === 'tertiary' && at.province)
		for (const p of PROVINCE_HOSPITALS) candidates.push(at.province + p);
	const patterns =
		group === 'tertiary' ? CITY_HOSPITALS : group === 'secondary' ? COUNTY_HOSPITALS : PRIVATE_HOSPITALS;
	for (const place of at.places) for (const p of patterns) candidates.push(place + p);
	let base = candidates.find((c) => !used.has(c));
	const place = at.places[at.places.length - 1];
	for (let n = 2; !base; n++) {
		const c =
			group === 'other'
				? `${place}第${chineseNumber(n)}民营医院`
				: `${place}第${chineseNumber(n + 6)}人民医院`;
		if (!used.has(c)) base = c;
	}
	used.add(base);
	return decorate(base, group, key);
}

function decorate(base: string, group: RespondentGroup, key: string): string {
	const u = uniform('name', key);
	if (u < 0.015) return `${base},${CAMPUSES[Math.floor(u * 1000) % CAMPUSES.length]}`;
	if (group === 'other' && u > 0.97) return base.replace(/(.{2})医院$/u, '"$1"医院');
	return base;
}
