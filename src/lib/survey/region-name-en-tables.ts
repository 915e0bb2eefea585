/**
 * Knowledge tables for English region names (see region-name-en.ts): what pinyin alone gets wrong.
 *
 * Sources: the ethnic-group names are the official English names of China's 56 ethnic groups as
 * used in the names of autonomous areas (State Ethnic Affairs Commission; e.g. "Yanbian Korean
 * Autonomous Prefecture", "Haixi Mongol and Tibetan Autonomous Prefecture"). The non-pinyin place
 * names follow Chinese official English (Xinhua, provincial and city government sites) and, where
 * that varies, the standard references (Encyclopaedia Britannica, Wikipedia's article titles),
 * without diacritics. Readings are the places' own pinyin where pinyin-pro picks the everyday
 * reading of a polyphonic character; they were found by listing every name in the reference that
 * has a polyphonic character and checking it.
 */

/**
 * Ethnic groups as named inside Chinese autonomous-area names (`大理白族自治州`), with the adjective
 * official English names use. Single-character names count only when followed by 族, so `白` in
 * `白沙` is not the Bai; longer ones may stand without it (`伊犁哈萨克自治州`).
 */
export const ETHNIC_GROUPS: Readonly<Record<string, string>> = {
	汉: 'Han',
	蒙古: 'Mongol',
	回: 'Hui',
	藏: 'Tibetan',
	维吾尔: 'Uyghur',
	苗: 'Miao',
	彝: 'Yi',
	壮: 'Zhuang',
	布依: 'Bouyei',
	朝鲜: 'Korean',
	满: 'Manchu',
	侗: 'Dong',
	瑶: 'Yao',
	白: 'Bai',
	土家: 'Tujia',
	哈尼: 'Hani',
	哈萨克: 'Kazakh',
	傣: 'Dai',
	黎: 'Li',
	傈僳: 'Lisu',
	佤: 'Va',
	畲: 'She',
	高山: 'Gaoshan',
	拉祜: 'Lahu',
	水: 'Shui',
	东乡: 'Dongxiang',
	纳西: 'Naxi',
	景颇: 'Jingpo',
	柯尔克孜: 'Kirghiz',
	土: 'Tu',
	达斡尔: 'Daur',
	仫佬: 'Mulao',
	羌: 'Qiang',
	布朗: 'Blang',
	撒拉: 'Salar',
	毛南: 'Maonan',
	仡佬: 'Gelao',
	锡伯: 'Xibe',
	阿昌: 'Achang',
	普米: 'Pumi',
	塔吉克: 'Tajik',
	怒: 'Nu',
	乌孜别克: 'Uzbek',
	俄罗斯: 'Russian',
	鄂温克: 'Evenk',
	德昂: "De'ang",
	保安: 'Bonan',
	裕固: 'Yugur',
	京: 'Gin',
	塔塔尔: 'Tatar',
	独龙: 'Derung',
	鄂伦春: 'Oroqen',
	赫哲: 'Hezhen',
	门巴: 'Monba',
	珞巴: 'Lhoba',
	基诺: 'Jino',
	// 龙胜各族自治县, 隆林各族自治县: autonomous for several groups at once.
	各: 'Various Nationalities'
};

/**
 * Place names (without their administrative suffix or ethnic groups) whose established English
 * form is not their pinyin. Prefectures: every Mongolian, Uyghur, Kazakh and Tibetan name with a
 * distinct English form. Counties: the Inner Mongolian banners (whose direction words are
 * translated: 左 Left, 右 Right, 前 Front, 中 Middle, 后 Rear), the autonomous counties named in a
 * minority language, and the best-known county-level cities; other counties keep their pinyin,
 * the national standard for place names in other languages.
 */
export const PLACE_NAMES: Readonly<Record<string, string>> = {
	// Prefectures, Inner Mongolia and Heilongjiang.
	呼和浩特: 'Hohhot',
	鄂尔多斯: 'Ordos',
	呼伦贝尔: 'Hulunbuir',
	巴彦淖尔: 'Bayannur',
	乌兰察布: 'Ulanqab',
	兴安: 'Hinggan',
	锡林郭勒: 'Xilingol',
	阿拉善: 'Alxa',
	大兴安岭: 'Da Hinggan Ling',
	哈尔滨: 'Harbin',
	齐齐哈尔: 'Qiqihar',
	// Prefectures, Xinjiang.
	乌鲁木齐: 'Urumqi',
	克拉玛依: 'Karamay',
	吐鲁番: 'Turpan',
	博尔塔拉: 'Bortala',
	巴音郭楞: 'Bayingolin',
	克孜勒苏: 'Kizilsu',
	阿克苏: 'Aksu',
	喀什: 'Kashgar',
	和田: 'Hotan',
	伊犁: 'Ili',
	阿勒泰: 'Altay',
	// Prefectures, Tibet and the Tibetan areas of Sichuan and Qinghai.
	拉萨: 'Lhasa',
	日喀则: 'Shigatse',
	昌都: 'Qamdo',
	林芝: 'Nyingchi',
	那曲: 'Nagqu',
	阿里: 'Ngari',
	阿坝: 'Ngawa',
	甘孜: 'Garze',
	果洛: 'Golog',
	// Banners of Inner Mongolia.
	土默特左: 'Tumed Left',
	土默特右: 'Tumed Right',
	达尔罕茂明安联合: 'Darhan Muminggan United',
	阿鲁科尔沁: 'Ar Horqin',
	巴林左: 'Bairin Left',
	巴林右: 'Bairin Right',
	克什克腾: 'Hexigten',
	翁牛特: 'Ongniud',
	喀喇沁: 'Harqin',
	科尔沁左翼中: 'Horqin Left Middle',
	科尔沁左翼后: 'Horqin Left Rear',
	科尔沁右翼前: 'Horqin Right Front',
	科尔沁右翼中: 'Horqin Right Middle',
	库伦: 'Hure',
	扎鲁特: 'Jarud',
	达拉特: 'Dalad',
	准格尔: 'Jungar',
	鄂托克: 'Otog',
	鄂托克前: 'Otog Front',
	杭锦: 'Hanggin',
	杭锦后: 'Hanggin Rear',
	乌审: 'Uxin',
	伊金霍洛: 'Ejin Horo',
	阿荣: 'Arun',
	莫力达瓦: 'Morin Dawa',
	陈巴尔虎: 'Old Barag',
	新巴尔虎左: 'New Barag Left',
	新巴尔虎右: 'New Barag Right',
	乌拉特前: 'Urad Front',
	乌拉特中: 'Urad Middle',
	乌拉特后: 'Urad Rear',
	察哈尔右翼前: 'Qahar Right Front',
	察哈尔右翼中: 'Qahar Right Middle',
	察哈尔右翼后: 'Qahar Right Rear',
	扎赉特: 'Jalaid',
	阿巴嘎: 'Abag',
	苏尼特左: 'Sonid Left',
	苏尼特右: 'Sonid Right',
	东乌珠穆沁: 'East Ujimqin',
	西乌珠穆沁: 'West Ujimqin',
	太仆寺: 'Taibus',
	镶黄: 'Bordered Yellow',
	正镶白: 'Plain and Bordered White',
	正蓝: 'Plain Blue',
	阿拉善左: 'Alxa Left',
	阿拉善右: 'Alxa Right',
	额济纳: 'Ejin',
	// Other counties of Inner Mongolia and the Mongol autonomous counties elsewhere.
	托克托: 'Togtoh',
	和林格尔: 'Horinger',
	白云鄂博: 'Bayan Obo',
	科尔沁: 'Horqin',
	霍林郭勒: 'Holingol',
	海拉尔: 'Hailar',
	扎赉诺尔: 'Jalainur',
	额尔古纳: 'Ergun',
	扎兰屯: 'Zalantun',
	乌兰浩特: 'Ulanhot',
	阿尔山: 'Arxan',
	二连浩特: 'Erenhot',
	锡林浩特: 'Xilinhot',
	喀喇沁左翼: 'Harqin Left',
	前郭尔罗斯: 'Qian Gorlos',
	杜尔伯特: 'Dorbod',
	和布克赛尔: 'Hoboksar',
	// Counties of Xinjiang and Gansu named in Uyghur or Kazakh.
	库尔勒: 'Korla',
	阿图什: 'Artux',
	库车: 'Kuqa',
	奎屯: 'Kuytun',
	阿拉尔: 'Aral',
	霍尔果斯: 'Khorgos',
	塔什库尔干: 'Taxkorgan',
	察布查尔: 'Qapqal',
	巴里坤: 'Barkol',
	木垒: 'Mori',
	阿克塞: 'Aksay',
	// County-level cities of Qinghai and Sichuan named in Mongolian or Tibetan.
	格尔木: 'Golmud',
	马尔康: 'Barkam'
};

/**
 * Characters pinyin-pro reads with a sound they never have in a place name: 都 is dū in every place
 * name (信都 Xindu, not Xindou), 什 shí (什邡 Shifang), 大 dà (大城 Dacheng, not Daicheng).
 */
export const CHARACTER_READINGS: Readonly<Record<string, string>> = {
	都: 'du',
	什: 'shi',
	大: 'da'
};

/**
 * Readings (pinyin syllables, space-separated) of place names that pinyin-pro reads with the
 * everyday sound of a polyphonic character. Keyed by the whole place name, as a reading holds only
 * there (乐清 Yueqing but 乐山 Leshan).
 */
export const READINGS: Readonly<Record<string, string>> = {
	乐清: 'yue qing',
	乐亭: 'lao ting',
	民乐: 'min le',
	繁峙: 'fan shi',
	洪洞: 'hong tong',
	珲春: 'hun chun',
	穆棱: 'mu ling',
	绥棱: 'sui ling',
	丹棱: 'dan ling',
	闵行: 'min hang',
	蚌山: 'beng shan',
	六合: 'lu he',
	万柏林: 'wan bai lin',
	调兵山: 'diao bing shan',
	大箐山: 'da qing shan',
	涡阳: 'guo yang',
	牟定: 'mou ding',
	尉犁: 'yu li',
	召陵: 'shao ling',
	泌阳: 'bi yang',
	黄陂: 'huang pi',
	曾都: 'zeng du',
	大埔: 'da bu',
	覃塘: 'tan tang',
	筠连: 'jun lian',
	宕昌: 'tan chang',
	称多: 'chen duo',
	吴堡: 'wu bu',
	// Single-character names: 单县 Shan County, 歙县 She County, 浚县 Xun County, 蔚县 Yu County.
	单: 'shan',
	歙: 'she',
	浚: 'xun',
	蔚: 'yu'
};

/**
 * Whole names (Chinese name as in the reference → English) that no rule produces: the one forestry
 * district, functional zones named with words rather than places (their own English names where
 * they publish one), and the South China Sea units.
 */
export const WHOLE_NAMES: Readonly<Record<string, string>> = {
	神农架林区: 'Shennongjia Forestry District',
	石家庄循环化工园区: 'Shijiazhuang Circular Chemical Industry Park',
	山西转型综合改革示范区: 'Shanxi Transformation and Comprehensive Reform Demonstration Zone',
	包头稀土高新技术产业开发区: 'Baotou Rare Earth High-tech Industrial Development Zone',
	乌拉盖管理区管委会: 'Wulagai Administrative Area',
	长春汽车经济技术开发区: 'Changchun Automotive Economic and Technological Development Zone',
	吉林中国新加坡食品区: 'Jilin China-Singapore Food Zone',
	中新苏滁高新技术产业开发区: 'China-Singapore Suchu High-tech Industrial Development Zone',
	东营港经济开发区: 'Dongying Port Economic Development Zone',
	威海火炬高技术产业开发区: 'Weihai Torch High-tech Industrial Development Zone',
	郑州航空港经济综合实验区: 'Zhengzhou Airport Economy Zone',
	豫东综合物流产业聚集区: 'Yudong Comprehensive Logistics Industry Cluster',
	格尔木藏青工业园区: 'Golmud Tibet-Qinghai Industrial Park',
	西藏文化旅游创意园区: 'Tibet Cultural Tourism Creative Park',
	大柴旦行政委员会: 'Da Qaidam Administrative Committee',
	中沙群岛的岛礁及其海域: 'Islands, Reefs and Waters of the Zhongsha Islands'
};
