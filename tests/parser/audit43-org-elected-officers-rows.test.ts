/**
 * An association's 総会 or 総代会 records its 役員選任 motion in prose, then lists the officers elected a post a line
 * (`　　理事　浜野 重男、村松 信吾、大谷 誠、岩田 英一` / `　　監事　磯辺 孝夫`, or in an older hand `理事　村瀬伝吉　大杉友蔵　…` /
 * `監事　今泉源次郎　木暮与一`): each row is a line of its own and no one's turn (the rows had run together into the sentence
 * above and each other, `…岩田 英一監事　磯辺 孝夫`, or the names had been the words of a speaker `監事`).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseText } from './unseen-helpers.ts';

const coop = [
	'汐見浜漁業協同組合　第６８回通常総代会議事録',
	'',
	'1　開催日時　令和6年5月19日（日）午前10時',
	'2　開催場所　本所２階大会議室',
	'',
	'第1号議案　令和5年度事業報告承認の件',
	'　議長が賛否を諮ったところ、挙手多数により原案どおり承認可決した。',
	'',
	'第2号議案　理事及び監事の選任の件',
	'　議長が選任の方法を諮ったところ、全員異議なく承認された。推薦された次の者が選任され、即時就任を承諾した。',
	'　　理事　汐田 重雄、松川 信吾、大森 誠、岩城 英一',
	'　　監事　磯野 孝夫',
	'',
	'　以上をもって議案の全部を審議終了したので、議長は午前11時30分閉会を宣した。',
];

const founding = [
	'葦原土地改良区創立総会議事録',
	'',
	'一、日　　時　昭和三十七年三月十八日　午前十時',
	'一、場　　所　葦原村公会堂',
	'',
	'一、議事の概要',
	'',
	'第一号議案　役員選任の件',
	'議長は役員の選任方法を諮ったところ、指名推薦によることに決し、次の者が選任され、いずれも就任を承諾した。',
	'理事　松尾伝吉　大橋友蔵　堀田勘治',
	'監事　今村源次郎　木島与一',
	'',
	'以上をもって本日の議事を終了したので、議長は午後零時閉会を宣した。',
];

describe('rows of the officers elected', () => {
	test('are lines of their own, never run together', () => {
		const result = parseText(coop.join('\n'), 'sodaikai.txt');
		const texts = result.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'paragraph' ? [block.text] : [])));
		expect(texts).toContain('理事　汐田 重雄、松川 信吾、大森 誠、岩城 英一');
		expect(texts).toContain('監事　磯野 孝夫');
	});

	test('are no turn of the post', () => {
		const result = parseText(founding.join('\n'), 'soritsu.txt');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual([]);
		const texts = result.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'paragraph' ? [block.text] : [])));
		expect(texts).toContain('理事　松尾伝吉　大橋友蔵　堀田勘治');
		expect(texts).toContain('監事　今村源次郎　木島与一');
		expect(bodyText(result)).toContain('監事');
	});
});
