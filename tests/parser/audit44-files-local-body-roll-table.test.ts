/**
 * A district's 社会福祉協議会, a PTA or a 自治会 連合会 keeps its board minutes in Word, the roll a table of post, name and the
 * neighbourhood body each member comes for (`会長 | 坂本　正人 | あおば第一町内会`, `理事 | 岩田　徹 | あおば第二町内会`),
 * the post merged down over the members who share it (`理事` over three rows). Word's table reaches the readers as tab-separated
 * rows (its header row `役職 | 氏名 | 所属` left out, a merged cell an empty one): each row is one member, the body their
 * affiliation and the post carried down the merged cell, as a university or a company in that column reads. A body named as
 * a neighbourhood's (`…町内会`, `…自治会`, `…老人クラブ連合会`) had made the row no one, and the rows under it lost the post.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const rowsOf = (text: string, file: string) =>
	parseText(text, file)
		.meeting?.participants.flatMap((group) => group.members)
		.map((member) => [member.name, member.title, member.affiliation]);

describe('a roll table whose members come for neighbourhood bodies', () => {
	test('a Word table of post, name and body, the post merged down', () => {
		const text = [
			'令和６年度　第２回　あおば地区社会福祉協議会　理事会　議事録',
			'',
			'１　日　時　　令和６年１０月１９日（土）午前１０時〜１１時３０分',
			'２　場　所　　あおば地区センター　大会議室',
			'３　出席者',
			'会長\t坂本　正人\tあおば第一町内会',
			'副会長\t中川　典子\t民生委員児童委員協議会',
			'理事\t岩田　徹\tあおば第二町内会',
			'\t松井　和美\t老人クラブ連合会',
			'\t上村　良介\tみなみ台自治会',
			'監事\t河合　進',
			'４　議　題',
			'（１）令和６年度上半期事業報告について',
			'５　議事の経過',
			'坂本会長　ただいまから第２回理事会を開会します。',
			'岩田理事　町内会の回覧で募集してはどうでしょうか。',
			'坂本会長　以上で閉会します。',
		].join('\n');
		expect(rowsOf(text, 'board.docx')).toEqual([
			['坂本　正人', '会長', 'あおば第一町内会'],
			['中川　典子', '副会長', '民生委員児童委員協議会'],
			['岩田　徹', '理事', 'あおば第二町内会'],
			['松井　和美', '理事', '老人クラブ連合会'],
			['上村　良介', '理事', 'みなみ台自治会'],
			['河合　進', '監事', null],
		]);
	});

	test('a text roll padded to columns, a PTA’s members by their school’s body', () => {
		const text = [
			'みどり市ＰＴＡ連絡協議会　第３回役員会　議事録',
			'',
			'日時　令和６年１１月９日（土）午前１０時から',
			'場所　みどり市教育会館',
			'出席者',
			'　会長　　　小島　由美　　みどり第一小学校ＰＴＡ',
			'　副会長　　石田　浩　　　ひがし中学校ＰＴＡ',
			'　書記　　　野村　恵　　　みどり北子ども会',
			'',
			'議事',
			'小島会長　ただいまから役員会を始めます。',
			'石田副会長　承知しました。',
		].join('\n');
		expect(rowsOf(text, 'pta.txt')).toEqual([
			['小島　由美', '会長', 'みどり第一小学校ＰＴＡ'],
			['石田　浩', '副会長', 'ひがし中学校ＰＴＡ'],
			['野村　恵', '書記', 'みどり北子ども会'],
		]);
	});
});
