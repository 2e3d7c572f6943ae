/**
 * An association's 総会 minutes whose members of the floor speak with their part and surname in brackets, a space
 * between them (`会員（３丁目　石田）：…`): their turn is theirs, where it had been read as more of the turn before.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const TEXT = [
	'一般社団法人さくら台地域振興会　令和６年度定時総会議事録',
	'',
	'１．日時　令和６年６月２２日（土）午後２時００分から午後３時３０分まで',
	'２．場所　さくら台コミュニティセンター　大ホール',
	'３．出席役員　会長　岡部　修一、副会長　内田　恵子、理事　福井　直美',
	'４．議事',
	'第１号議案　令和５年度事業報告承認の件',
	'５．議事の経過の要領及びその結果',
	'議長：第１号議案について、副会長から説明をお願いします。',
	'内田副会長：令和５年度の事業について御報告いたします。夏祭りと防災訓練を例年どおり実施しました。',
	'会員（３丁目　石田）：夏祭りの収支はどうなっていますか。',
	'福井理事：資料の４ページのとおり、黒字で終えております。',
	'組合員（２０３号室 佐藤）：防災訓練の参加者数を教えてください。',
	'内田副会長：延べ１２０名でした。',
	'議長：以上で閉会いたします。',
].join('\n');

describe('a member of the floor with part and surname in brackets', () => {
	test('speaks a turn of their own', () => {
		const meeting = parseMinutes(TEXT, { source: 'a.txt', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長', '第１号議案について、副会長から説明をお願いします。'],
			['内田副会長', '令和５年度の事業について御報告いたします。夏祭りと防災訓練を例年どおり実施しました。'],
			['会員（３丁目　石田）', '夏祭りの収支はどうなっていますか。'],
			['福井理事', '資料の４ページのとおり、黒字で終えております。'],
			['組合員（２０３号室 佐藤）', '防災訓練の参加者数を教えてください。'],
			['内田副会長', '延べ１２０名でした。'],
			['議長', '以上で閉会いたします。'],
		]);
	});
});
