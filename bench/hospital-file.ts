/** Writes a large hospital survey file in GB18030 with Chinese headers: what Excel in a Chinese locale saves. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { HOSPITAL } from '../src/lib/survey/templates.ts';
import { REGION_RECORDS } from '../src/lib/server/region-reference.ts';

/** Deterministic xorshift, so every bench run reads the same file. */
function rng(seed: number) {
	let s = seed >>> 0 || 1;
	return () => {
		s ^= s << 13;
		s ^= s >>> 17;
		s ^= s << 5;
		return (s >>> 0) / 4294967296;
	};
}

/**
 * `rows` hospitals for `year`, ids `${idPrefix}0000001`…, each in a county drawn at random (seeded).
 * `answers` seeds the answers apart from county and grade: the same ids, counties and grades with other
 * answers are a resubmission that changes cells.
 */
export async function writeHospitalFile(
	path: string,
	rows: number,
	year = 2024,
	idPrefix = 'H',
	answers = 20261122
): Promise<void> {
	const counties = REGION_RECORDS.filter((r) => r.level === 'county').map((r) => r.code);
	const place = rng(20261122);
	const rand = rng(answers);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
	const yesNo = () => (rand() < 0.6 ? '是' : '否');
	const pct = () => (rand() * 100).toFixed(1);
	const out = createWriteStream(path);
	const write = async (text: string) => {
		if (!out.write(iconv.encode(text, 'gb18030'))) await once(out, 'drain');
	};
	await write(HOSPITAL.columns.map((c) => c.zh).join(',') + '\r\n');
	let chunk = '';
	for (let i = 1; i <= rows; i++) {
		const bachelor = rand() * 100;
		const cells: Record<string, string> = {
			year: String(year),
			respondent_id: `${idPrefix}${String(i).padStart(7, '0')}`,
			name: `第${i}人民医院`,
			region_code: counties[Math.floor(place() * counties.length)],
			grade: ['三级', '二级', '其他'][Math.floor(place() * 3)],
			it_staff: String(Math.floor(rand() * 30)),
			it_staff_bachelor_pct: bachelor.toFixed(1),
			it_staff_master_pct: (bachelor * rand() * 0.5).toFixed(1),
			it_staff_cs_pct: pct(),
			it_staff_senior_pct: (rand() * 10).toFixed(1),
			it_investment_pct: (rand() * 6).toFixed(2),
			interop_level: pick(['0', '3', '4B', '四级甲等', '']),
			emr_level: String(Math.floor(rand() * 9)),
			smart_service_level: rand() < 0.1 ? '' : String(Math.floor(rand() * 6))
		};
		chunk += HOSPITAL.columns.map((c) => cells[c.name] ?? yesNo()).join(',') + '\r\n';
		if (i % 5000 === 0) {
			await write(chunk);
			chunk = '';
		}
	}
	await write(chunk);
	out.end();
	await once(out, 'finish');
}
