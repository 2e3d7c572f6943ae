/**
 * A Diet roll's name wider than the 衆議院's five-character cell, a surname and a given name one space apart (`比嘉　奈津子`,
 * `高橋　はるみ`, `三橋　善一郎`), as the 参議院 and the NDL's text print them: the whole name is the member's, after a wide gap or
 * alone on its line. The surname had been read as the post, or joined to it (`委員長比嘉`).
 */
import { describe, expect, test } from 'vitest';
import { splitNameCell } from '../../src/parser/readers/shared.ts';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `第二百十三回国会参議院厚生労働委員会会議録第八号
令和六年四月十一日（木曜日）
　　　午前十時開会
　　　―――――――――――――
　出席者は左のとおり。
　　　　委員長　　　　　　　　　比嘉　奈津子君
　　　　理　事
　　　　　　　　　　　　　　　　岩本　剛人君
　　　　　　　　　　　　　　　　高橋　はるみ君
　　　　委　員
　　　　　　　　　　　　　　　　石田　昌宏君
　　　参考人
　　　　特定非営利活動法人キッズ
　　　　ドア理事長　　　　　　　渡辺　由美子君
　　　―――――――――――――
○委員長（比嘉奈津子君）　ただいまから厚生労働委員会を開会いたします。
○委員長（比嘉奈津子君）　本日はこれにて散会いたします。
　　　午後零時二分散会
`;

describe('names wider than a cell', () => {
	test('are whole after a wide gap or alone on the line', () => {
		const { meeting } = parseText(MINUTES, 'kosei-8.txt');
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => [member.title, member.name]))).toEqual([
			['委員長', '比嘉 奈津子'],
			['理事', '岩本 剛人'],
			['理事', '高橋 はるみ'],
			['委員', '石田 昌宏'],
			['参考人（特定非営利活動法人キッズドア理事長）', '渡辺 由美子'],
		]);
	});

	test('a post one space before a name it is no part of stays the post', () => {
		expect(splitNameCell('法務大臣　小泉龍司')).toEqual({ post: '法務大臣', name: '小泉龍司' });
		expect(splitNameCell('理事　石井　隆之')).toEqual({ post: '理事', name: '石井 隆之' });
		expect(splitNameCell('会長　　　　福山　哲郎')).toEqual({ post: '会長', name: '福山 哲郎' });
		expect(splitNameCell('法務委員会専門員　　　三橋　善一郎')).toEqual({ post: '法務委員会専門員', name: '三橋 善一郎' });
	});
});
