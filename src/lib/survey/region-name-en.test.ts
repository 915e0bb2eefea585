import { describe, expect, it } from 'vitest';
import { placeWords, regionNameEn, romanise } from './region-name-en.ts';

describe('regionNameEn for prefectures', () => {
	it.each([
		['石家庄市', 'Shijiazhuang'],
		['重庆市', 'Chongqing'],
		['长沙市', 'Changsha'],
		['厦门市', 'Xiamen'],
		['蚌埠市', 'Bengbu'],
		['六安市', "Lu'an"],
		['丽水市', 'Lishui'],
		['乐山市', 'Leshan'],
		['长治市', 'Changzhi'],
		['西安市', "Xi'an"],
		['延安市', "Yan'an"],
		['泰安市', "Tai'an"],
		['济南市', 'Jinan'],
		['莆田市', 'Putian'],
		['汕头市', 'Shantou'],
		['吕梁市', 'Lüliang'],
		['呼和浩特市', 'Hohhot'],
		['哈尔滨市', 'Harbin'],
		['日喀则市', 'Shigatse'],
		['大理白族自治州', 'Dali Bai Autonomous Prefecture'],
		['延边朝鲜族自治州', 'Yanbian Korean Autonomous Prefecture'],
		['恩施土家族苗族自治州', 'Enshi Tujia and Miao Autonomous Prefecture'],
		['海西蒙古族藏族自治州', 'Haixi Mongol and Tibetan Autonomous Prefecture'],
		['伊犁哈萨克自治州', 'Ili Kazakh Autonomous Prefecture'],
		['克孜勒苏柯尔克孜自治州', 'Kizilsu Kirghiz Autonomous Prefecture'],
		['阿坝藏族羌族自治州', 'Ngawa Tibetan and Qiang Autonomous Prefecture'],
		['海南藏族自治州', 'Hainan Tibetan Autonomous Prefecture'],
		['喀什地区', 'Kashgar Prefecture'],
		['大兴安岭地区', 'Da Hinggan Ling Prefecture'],
		['锡林郭勒盟', 'Xilingol League'],
		['兴安盟', 'Hinggan League']
	])('%s → %s', (name, en) => {
		expect(regionNameEn(name, 'prefecture')).toBe(en);
	});
});

describe('regionNameEn for counties', () => {
	it.each([
		['正定县', 'Zhengding County'],
		['海淀区', 'Haidian District'],
		['番禺区', 'Panyu District'],
		['辛集市', 'Xinji City'],
		['阿拉善左旗', 'Alxa Left Banner'],
		['科尔沁左翼中旗', 'Horqin Left Middle Banner'],
		['正镶白旗', 'Plain and Bordered White Banner'],
		['长阳土家族自治县', 'Changyang Tujia Autonomous County'],
		['双江拉祜族佤族布朗族傣族自治县', 'Shuangjiang Lahu, Va, Blang and Dai Autonomous County'],
		['龙胜各族自治县', 'Longsheng Various Nationalities Autonomous County'],
		// The ethnic group is the whole name.
		['东乡族自治县', 'Dongxiang Autonomous County'],
		['鄂伦春自治旗', 'Oroqen Autonomous Banner'],
		['莫力达瓦达斡尔族自治旗', 'Morin Dawa Daur Autonomous Banner'],
		['塔什库尔干塔吉克自治县', 'Taxkorgan Tajik Autonomous County'],
		// An ethnic district that is not autonomous.
		['管城回族区', 'Guancheng Hui District'],
		// 白 is the Bai only as 白族.
		['白沙黎族自治县', 'Baisha Li Autonomous County'],
		['六枝特区', 'Liuzhi Special District'],
		['神农架林区', 'Shennongjia Forestry District'],
		['井陉矿区', 'Jingxing Mining District'],
		['浦东新区', 'Pudong New Area'],
		['西沙群岛', 'Xisha Islands'],
		// Names that end in what looks like a compound suffix.
		['矿区', 'Kuang District'],
		['清新区', 'Qingxin District'],
		['万柏林区', 'Wanbailin District'],
		// Readings pinyin-pro gets wrong.
		['单县', 'Shan County'],
		['乐清市', 'Yueqing City'],
		['乐亭县', 'Laoting County'],
		['洪洞县', 'Hongtong County'],
		['闵行区', 'Minhang District'],
		['信都区', 'Xindu District'],
		['什邡市', 'Shifang City'],
		['大城县', 'Dacheng County'],
		// Readings pinyin-pro gets right.
		['东阿县', "Dong'e County"],
		['铅山县', 'Yanshan County'],
		['长子县', 'Zhangzi County'],
		['台儿庄区', "Tai'erzhuang District"]
	])('%s → %s', (name, en) => {
		expect(regionNameEn(name, 'county')).toBe(en);
	});
});

describe('development zones', () => {
	const places = placeWords(
		[
			{ name: '河北省', nameEn: 'Hebei' },
			{ name: '内蒙古自治区', nameEn: 'Inner Mongolia' },
			{ name: '广西壮族自治区', nameEn: 'Guangxi' }
		],
		['唐山市', '阿拉善盟', '马鞍山市', '宿州市']
	);

	it('opens with the province and city in English, each its own word', () => {
		expect(regionNameEn('河北唐山芦台经济开发区', 'county', places)).toBe(
			'Hebei Tangshan Lutai Economic Development Zone'
		);
		expect(regionNameEn('内蒙古阿拉善高新技术产业开发区', 'county', places)).toBe(
			'Inner Mongolia Alxa High-tech Industrial Development Zone'
		);
		expect(regionNameEn('宿州马鞍山现代产业园区', 'county', places)).toBe(
			"Suzhou Ma'anshan Modern Industrial Park"
		);
	});

	it('drops the 市 after a city', () => {
		expect(regionNameEn('唐山市汉沽管理区', 'county', places)).toBe('Tangshan Hangu Administrative Area');
	});

	it('keys provinces by their short name, ethnic groups removed', () => {
		expect([...places.keys()]).toEqual(['河北', '内蒙古', '广西', '唐山', '阿拉善', '马鞍山', '宿州']);
	});
});

describe('romanise', () => {
	it.each([
		['西安', "Xi'an"],
		['天峨', "Tian'e"],
		['建瓯', "Jian'ou"],
		['石家庄', 'Shijiazhuang'],
		['略阳', 'Lüeyang']
	])('%s → %s', (hanzi, en) => {
		expect(romanise(hanzi)).toBe(en);
	});

	it('refuses a name it cannot spell out in full', () => {
		expect(() => romanise('A城')).toThrow(/no pinyin/);
	});
});
