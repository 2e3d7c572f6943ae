/**
 * A name wider than the 衆議院's five-character cell, surname and given name one space apart, after the chair's role of a
 * 小委員会 (`小委員長 比嘉 奈津美君`) or a 両院協議会 (`議長 大島 理一郎君`, `副議長 那谷屋 正義君`), as after `委員長 ` and
 * `理事 `. Before, the surname was joined to the role as the post (`小委員長比嘉`, `議長大島`) and the given name left as the name.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SUBCOMMITTEE = `第211回国会 衆議院 外務委員会国際経済小委員会 第2号

令和五年五月二十四日（水曜日）
    午後三時開議
 出席小委員
   小委員長 比嘉 奈津美君
      小田原 潔君    鈴木 隼人君
    ―――――――――――――
○比嘉小委員長 これより会議を開きます。
○比嘉小委員長 本日は、これにて散会いたします。
    午後四時散会
`;

const CONFERENCE = `第190回国会 両院協議会 第1号

平成二十八年三月二十九日（火曜日）
    午後五時三十一分開会
 出席協議委員
 衆議院
   議長 大島 理一郎君
   副議長 武田 良二君
      今村 雅弘君    金田 勝人君
 参議院
   議長 鶴保 庸一君
   副議長 那谷屋 正義君
      石井 準二君    堀井  巌君
    ―――――――――――――
○議長（大島理一郎君） これより両院協議会を開会いたします。
○議長（大島理一郎君） これにて散会いたします。
    午後五時五十四分散会
`;

/** The members of a record's rolls: post and name. */
function members(text: string, source: string): (string | null)[][] {
	const { meeting } = parseText(text, source);
	return (meeting?.participants ?? []).flatMap((group) => group.members.map((member) => [member.title, member.name]));
}

describe('a wide name after a chair’s role and one space', () => {
	test('a 小委員会’s 小委員長', () => {
		expect(members(SUBCOMMITTEE, 'kokusai-keizai-2.txt')).toEqual([
			['小委員長', '比嘉 奈津美'],
			[null, '小田原 潔'],
			[null, '鈴木 隼人'],
		]);
	});

	test('a 両院協議会’s 議長 and 副議長', () => {
		expect(members(CONFERENCE, 'ryoin-190-1.txt')).toEqual([
			['議長', '大島 理一郎'],
			['副議長', '武田 良二'],
			[null, '今村 雅弘'],
			[null, '金田 勝人'],
			['議長', '鶴保 庸一'],
			['副議長', '那谷屋 正義'],
			[null, '石井 準二'],
			[null, '堀井 巌'],
		]);
	});
});
