/**
 * Who speaks at an association's or a company's meeting when the minutes keep them anonymous or name them by the post the
 * roll gives: an officer by a letter (`（理事Ａ）　…`, as a 管理組合's or an association's 理事会 writes questions), the floor
 * of a general meeting before a colon (`株主Ａ：…`, `会員：…`), and a surname with a numbered post of the roll
 * (`秋山１班長：…` of `１班長　秋山`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const turns = (lines: readonly string[]) => parse(lines)?.meeting?.remarks.map((remark) => [remark.speaker, remark.text]);

describe('anonymous officers and the floor of a general meeting', () => {
	test('an officer kept anonymous by a letter, in brackets before the words', () => {
		expect(
			turns([
				'あさひ観光協会　第２回理事会議事録',
				'',
				'日時：令和６年５月２５日（土）午後２時００分～',
				'場所：観光センター会議室',
				'出席理事：会長　小川　雄二、専務理事　森　大輔、理事　内藤　勇',
				'',
				'第１号議案　事業報告の件',
				'　（理事Ａ）　インバウンド事業の成果を数値で示してほしい。',
				'　（専務理事）　外国人宿泊者数は前年比１．８倍となりました。',
				'　（理事Ｂ）　繰越金が多すぎるのではないか。',
				'　（会長）　次年度の周年事業に充当する予定です。',
			]),
		).toEqual([
			['理事Ａ', 'インバウンド事業の成果を数値で示してほしい。'],
			['専務理事', '外国人宿泊者数は前年比１．８倍となりました。'],
			['理事Ｂ', '繰越金が多すぎるのではないか。'],
			['会長', '次年度の周年事業に充当する予定です。'],
		]);
	});

	test("a 株主総会's shareholders and an NPO's members before a colon", () => {
		expect(
			turns([
				'第９回定時株主総会議事録',
				'',
				'１．日時　　２０２４年６月２７日（木曜日）午前１０時００分',
				'２．場所　　当社本店会議室',
				'３．出席取締役　代表取締役　森下　浩之、取締役　川端　真理子',
				'',
				'４．議事の経過の要領及びその結果',
				'第１号議案　計算書類承認の件',
				'　議長は、計算書類について説明し、株主から次の質問があった。',
				'　株主Ａ：海外事業の赤字の見通しはどうか。',
				'　議長：来期中に黒字化する計画でございます。',
				'　会員：配当を増やす予定はあるか。',
				'　川端取締役：中期経営計画で配当性向３０％を目標としております。',
			]),
		).toEqual([
			['株主Ａ', '海外事業の赤字の見通しはどうか。'],
			['議長', '来期中に黒字化する計画でございます。'],
			['会員', '配当を増やす予定はあるか。'],
			['川端取締役', '中期経営計画で配当性向３０％を目標としております。'],
		]);
	});

	test("a surname with the numbered post the roll gives it (a residents' association's 班長)", () => {
		expect(
			turns([
				'東町三丁目自治会',
				'令和６年度　第４回役員会　会議録',
				'',
				'日時　令和６年９月８日（日）　午前９時３０分～１１時００分',
				'場所　東町三丁目集会所',
				'出席　会長　竹内、副会長　福田、会計　小池、１班長　秋山、２班長　内田',
				'',
				'１．秋祭りについて',
				'福田副会長：今年は１０月１３日に開催します。',
				'秋山１班長：テントの数は足りますか。',
				'小池会計：昨年２張購入したので足ります。',
				'内田２班長：雨天の場合はどうしますか。',
			]),
		).toEqual([
			['福田副会長', '今年は１０月１３日に開催します。'],
			['秋山１班長', 'テントの数は足りますか。'],
			['小池会計', '昨年２張購入したので足ります。'],
			['内田２班長', '雨天の場合はどうしますか。'],
		]);
	});
});
