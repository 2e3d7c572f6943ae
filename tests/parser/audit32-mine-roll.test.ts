/**
 * A roll that writes `（　〃　）` for the post above (the Bank of Japan's 金融政策決定会合 議事要旨 lists its board so), and a
 * meeting of two days dated by its first (`（２０２４年９月１９、２０日開催分）`).
 */
import { describe, expect, test } from 'vitest';
import { findDate } from '../../src/parser/date.ts';
import { parseText } from './unseen-helpers.ts';

const text = [
	'金融政策決定会合議事要旨',
	'（２０２４年９月１９、２０日開催分）',
	'',
	'（開催要領）',
	'１．開催日時：２０２４年９月１９日（１４：００～１６：０１）',
	'２．場　　所：日本銀行本店',
	'３．出席委員：',
	'　　議長　植田和男　（総　裁）',
	'　　　　　氷見野良三　（副総裁）',
	'　　　　　内田眞一　（　〃　）',
	'　　　　　安達誠司　（審議委員）',
	'　　　　　中村豊明　（　〃　）',
	'',
	'Ⅰ．執行部からの報告の概要',
	'　金融市場調節は、前回会合で決定された方針に従って運営した。',
].join('\n');

describe('a roll with ditto marks in brackets', () => {
	const result = parseText(text, 'boj.txt');

	test('each `（　〃　）` is the office of the member above (it had been the office `〃`)', () => {
		expect(result.meeting?.participants[0]?.members.map((member) => [member.name, member.affiliation])).toEqual([
			['植田和男', '総　裁'],
			['氷見野良三', '副総裁'],
			['内田眞一', '副総裁'],
			['安達誠司', '審議委員'],
			['中村豊明', '審議委員'],
		]);
	});

	test('the two days under the title are a date line, not a line the header does not understand', () => {
		expect(result.meeting?.date).toBe('2024-09-19');
		expect(result.diagnostics.filter((d) => d.code === 'unknown-line')).toEqual([]);
	});
});

describe('a meeting of two days', () => {
	test('is dated by its first day, however the second is joined', () => {
		expect(['2024年9月19、20日', '2024年9月19・20日', '令和6年9月19～20日', '２０２４年９月１９、２０日開催分'].map((written) => (findDate(written) as { iso?: string } | null)?.iso ?? null)).toEqual(['2024-09-19', '2024-09-19', '2024-09-19', '2024-09-19']);
	});

	test('a day and a count after it stay no second day', () => {
		expect((findDate('令和6年9月19日、20名出席') as { written?: string } | null)?.written).toBe('令和6年9月19日');
	});
});
