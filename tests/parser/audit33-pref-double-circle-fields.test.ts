/**
 * A city's committee record whose header marks its fields with `◎` (`◎開催場所　第１委員会室`, `◎出席委員（３名）`, `◎説明員`), as
 * it marks the officials' turns below: the fields are the header's, never a turn of `説明員`.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = `　　　　　　　　　　　　　　ひかり市議会　総務財政委員会記録

　　　　　　　　　　　　　　　　　　　　　　　令和６年６月２０日（木）

◎開催場所　第１委員会室
◎出席委員（３名）
　　委員長　　　青　木　蒼　太　　　副委員長　　石　原　　　優
　　委員　　　　上　田　啓　介
◎説明員
　　財政局長　　平　野　智　子
　　財政課長　　堀　　　大　輔

　　　　　　　　　　　午前１０時開会
○委員長（青木蒼太）　ただいまから総務財政委員会を開会いたします。
◎財政局長（平野智子）　議案第４５号について御説明いたします。
◆委員（上田啓介）　基金の見込みは。
◎財政課長（堀大輔）　お答えします。
○委員長（青木蒼太）　以上で委員会を閉会いたします。
`;

describe('header fields marked ◎', () => {
	test('are the place and the rolls; the turns start at the chair\'s', () => {
		const result = parseText(RECORD, 'hikari-soumu-2024-06-20.txt');
		expect(result.meeting?.location).toBe('第１委員会室');
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['出席委員', [['青木蒼太', '委員長'], ['石原 優', '副委員長'], ['上田啓介', '委員']]],
			['説明員', [['平野智子', '財政局長'], ['堀 大輔', '財政課長']]],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員長（青木蒼太）', '財政局長（平野智子）', '委員（上田啓介）', '財政課長（堀大輔）', '委員長（青木蒼太）']);
	});
});
