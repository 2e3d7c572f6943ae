/**
 * A 参議院 committee's roll as printed (`出席者は左のとおり。`): under a role (`事務局側`, `参考人`) a post too long for its
 * column wraps onto the entry's line, its first part on a line of its own indented as the entries are
 * (`常任委員会専門` / `員　　佐伯　道子君`, `全国介護者団体連合` / `会事務局長　原口　和人君`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `第二百十三回国会　参議院
厚生労働委員会会議録第十号
令和六年五月九日（木曜日）
　　　午前十時開会
　　　─────────────
　出席者は左のとおり。
　　　　委員長　　　　　　　　比嘉奈津美君
　　　　理　事
　　　　　　　　　　　　　　　石田　昌宏君
　　　　国務大臣
　　　　　厚生労働大臣　　　　武見　敬三君
　　　　事務局側
　　　　　常任委員会専門
　　　　　員　　　　　　　　　佐伯　道子君
　　　　参考人
　　　　　東都医科大学教授　　森田　明子君
　　　　　全国介護者団体連合
　　　　　会事務局長　　　　　原口　和人君
　　　─────────────
○委員長（比嘉奈津美君）　ただいまから厚生労働委員会を開会いたします。
○参考人（森田明子君）　東都医科大学の森田でございます。
○委員長（比嘉奈津美君）　本日はこれにて散会いたします。
　　　午後零時三分散会
`;

describe('a 参議院 roll whose posts wrap under their role', () => {
	test('the wrapped post is read whole, as the title of the entry', () => {
		const { meeting } = parseText(MINUTES, 'kosei-10.txt');
		expect(meeting?.participants.map((group) => group.members.map((member) => [member.title, member.name]))).toEqual([
			[
				['委員長', '比嘉奈津美'],
				['理事', '石田 昌宏'],
				['厚生労働大臣', '武見 敬三'],
				['常任委員会専門員', '佐伯 道子'],
				// (Under a part that is what they are at the meeting, `参考人`, the part is kept with the post.)
				['参考人（東都医科大学教授）', '森田 明子'],
				['参考人（全国介護者団体連合会事務局長）', '原口 和人'],
			],
		]);
	});
});
