/**
 * The 貴族院's rolls set a short surname padded wider than the 衆議院's five-character cell (`林　　博太郎君`) and print a peer's
 * rank before the name (`伯爵　酒井忠正君`): the whole name is the member's, the rank is neither post nor surname. The surname had
 * been joined to the role (`委員林`, name `博太郎`).
 */
import { describe, expect, test } from 'vitest';
import { splitNameCell } from '../../src/parser/readers/shared.ts';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `第七十四回帝國議會貴族院
國家總動員法中改正法律案特別委員會議事速記録第三號
昭和十四年三月三日（金曜日）
　午前十時十分開會
出席者左ノ如シ
　委員長　　伯爵　酒井　忠正君
　副委員長　子爵　大河内輝耕君
　委員　　　　　　林　　博太郎君
　　　　　　　　　松本　烝治君
　　　　　　　　　原　　　彪君
國務大臣
　國務大臣　　　　荒木　貞夫君
○委員長（伯爵酒井忠正君）　是ヨリ開會致シマス
○松本烝治君　一應御尋ネ致シタイ
○委員長（伯爵酒井忠正君）　本日ハ是デ散會致シマス
　午後零時五分散會
`;

describe('a 貴族院 roll', () => {
	test('a short surname padded wider than a cell is part of the name, not of the role', () => {
		const { meeting } = parseText(MINUTES, 'kizoku-3.txt');
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => [member.title, member.name]))).toEqual([
			['委員長', '酒井 忠正'],
			['副委員長', '大河内輝耕'],
			['委員', '林 博太郎'],
			[null, '松本 烝治'],
			[null, '原 彪'],
			['國務大臣', '荒木 貞夫'],
		]);
	});

	test('a peer rank before an unspaced name is not taken for a surname', () => {
		expect(splitNameCell('委員長　　伯爵　酒井忠正')).toEqual({ post: '委員長', name: '酒井忠正' });
		expect(splitNameCell('委員　　　林　　博太郎')).toEqual({ post: '委員', name: '林 博太郎' });
		// (a post one space before the name stays the post)
		expect(splitNameCell('書記官　　山田　太郎')).toEqual({ post: '書記官', name: '山田 太郎' });
	});
});
