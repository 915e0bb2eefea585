/**
 * The province map: where its GeoJSON is served and each province's feature name in it. ECharts
 * matches data to regions by name, and its built-in fixes for a map registered as "china" (the
 * 南海诸岛 inset, 钓鱼岛 with 台湾, label offsets) also go by these names, so the map keeps the
 * file's short names and every data item carries the two-digit code beside its name.
 * A unit test checks this table against static/geo/china.json.
 */

/** Register under this name: ECharts adds the 南海诸岛 inset only to a map named "china". */
export const PROVINCE_MAP_NAME = 'china';
/** Served from static/geo/ (prefix the app's base path if it has one). */
export const PROVINCE_MAP_URL = '/geo/china.json';

/** Two-digit province code → `properties.name` of its feature. 66 (XPCC) has no polygon. */
export const FEATURE_NAMES: Readonly<Record<string, string>> = {
	'11': '北京',
	'12': '天津',
	'13': '河北',
	'14': '山西',
	'15': '内蒙古',
	'21': '辽宁',
	'22': '吉林',
	'23': '黑龙江',
	'31': '上海',
	'32': '江苏',
	'33': '浙江',
	'34': '安徽',
	'35': '福建',
	'36': '江西',
	'37': '山东',
	'41': '河南',
	'42': '湖北',
	'43': '湖南',
	'44': '广东',
	'45': '广西',
	'46': '海南',
	'50': '重庆',
	'51': '四川',
	'52': '贵州',
	'53': '云南',
	'54': '西藏',
	'61': '陕西',
	'62': '甘肃',
	'63': '青海',
	'64': '宁夏',
	'65': '新疆',
	'71': '台湾',
	'81': '香港',
	'82': '澳门'
};

/** The region ECharts adds for the South China Sea inset (not in the file; no province of its own). */
export const SOUTH_CHINA_SEA = '南海诸岛';

/** Drawn on the map but outside the survey (Taiwan, Hong Kong, Macau): shown as "no data". */
export const NOT_SURVEYED = ['71', '81', '82'] as const;
