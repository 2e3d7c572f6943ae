/**
 * A tab before the words of a one-line field (a Word list's number, a table's cells: `第１号議案⇥大規模修繕工事…`) is a space
 * in the record, where the title had kept the tab.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `さくら台マンション管理組合　第３回理事会議事録

日時　令和６年９月８日（日）午前１０時～１１時
場所　集会室
出席理事　岩崎　誠、内田　美穂、平野　亮

議題
第１号議案\t大規模修繕工事の施工会社選定について
第２号議案\t駐輪場の利用ルール改定について

議事
岩崎理事長　ただいまから理事会を開会します。
岩崎理事長　以上で閉会します。
`;

describe('one-line fields of the record', () => {
	test('an agenda item typed with a tab after its number reads with a space', () => {
		const { meeting } = parseText(MINUTES, 'sakuradai-2024-09-08.txt');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['第１号議案 大規模修繕工事の施工会社選定について', '第２号議案 駐輪場の利用ルール改定について']);
	});
});
