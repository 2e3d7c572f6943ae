/**
 * A PTA's or a neighbourhood's minutes labelling the member who speaks for a year, a class or a block by that part and 代表
 * (`【1年代表】`, `３組代表：`, `北ブロック代表：`): each a turn of that representative, where the bracketed label alone had been
 * read as a heading and the words under it as no one's.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'令和６年度　第３回　ひばり小学校ＰＴＡ運営委員会　議事録',
	'',
	'日時：令和６年７月５日（金）　１０：００～１１：３０',
	'場所：ひばり小学校　会議室',
	'出席者：会長　青木 真由美、副会長　上野 剛、書記　江口 さやか、各学年代表',
	'',
	'【上野副会長】',
	'模擬店は例年どおり８店舗を予定しています。',
	'【1年代表】',
	'１年生は初めてなので、前年度の資料をいただけますか。',
	'【上野副会長】',
	'来週までに共有フォルダに入れておきます。',
	'【４年代表】',
	'４年は今年もヨーヨー釣りでよいでしょうか。',
	'【会長】',
	'はい、そのままでお願いします。',
].join('\n');

describe('a part of the body\'s representative as a speaker', () => {
	test('each bracketed representative alone over the words speaks them', () => {
		const { meeting } = parseText(text, 'pta.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['上野副会長', '模擬店は例年どおり８店舗を予定しています。'],
			['1年代表', '１年生は初めてなので、前年度の資料をいただけますか。'],
			['上野副会長', '来週までに共有フォルダに入れておきます。'],
			['４年代表', '４年は今年もヨーヨー釣りでよいでしょうか。'],
			['会長', 'はい、そのままでお願いします。'],
		]);
	});

	test.each([
		['３組代表：次の学級懇談会は１０月にします。', '３組代表', '次の学級懇談会は１０月にします。'],
		['北ブロック代表：防犯灯の位置を見直してほしい。', '北ブロック代表', '防犯灯の位置を見直してほしい。'],
		['青年部代表：夏祭りの設営は青年部で担当します。', '青年部代表', '夏祭りの設営は青年部で担当します。'],
	])('%s', (line, speaker, words) => {
		const { meeting } = parseText(['さくら台自治会　役員会　議事録', '', '日時　令和６年１０月６日（日）１９：００～', '出席者　会長　佐藤和夫、副会長　鈴木良子', '', '佐藤会長：本日の議題に入ります。', line, '鈴木副会長：承知しました。'].join('\n'), 'jichikai.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['佐藤会長', '本日の議題に入ります。'],
			[speaker, words],
			['鈴木副会長', '承知しました。'],
		]);
	});
});
