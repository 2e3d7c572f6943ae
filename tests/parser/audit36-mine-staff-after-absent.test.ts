/**
 * An agricultural committee's 議事録 that lists its office staff after the absent members, a blank line above them and no
 * heading of their own (`欠席委員` / `　6番委員　鳩 山 隆 史` / blank / `　局長　元木勇治　次長　今村好一`): the staff are a group
 * of their own, not among the absent.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `第 10 回 農 業 委 員 会 議 事 録

令和６年１２月１９日（木）
みなみ文化会館　1001学習室

開会時間　　午後３時６分

出席委員
    1番委員  吉 井 美華子         2番委員  野 口 達 也
    3番委員  関 口 博 昭         4番委員  土 方 清 一

欠席委員
    6番委員  鳩 山 隆 史

    局長  元木勇治  次長  今村好一
    書記  中野詳一

○元木事務局長  ただいまから第10回みなみ市農業委員会総会を開催いたします。
○議長（吉井会長）  それでは議事に入ります。議案第１号について事務局から説明をお願いします。
○今村次長  議案第１号について説明いたします。申請地は北町二丁目の畑です。
○議長（吉井会長）  原案のとおり許可することに決定いたしました。以上で閉会いたします。

閉会時間　　午後３時４５分
`;

const rolls = (text: string) => {
	const { meeting, diagnostics } = parseText(text, 'nogyo-r6-10.txt');
	if (!meeting) throw new Error(diagnostics.map((d) => d.message).join('; '));
	return meeting.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])]);
};

describe('office staff listed after the absent without a heading', () => {
	test('are a group of their own', () => {
		expect(rolls(MINUTES)).toEqual([
			['出席委員', [['吉井美華子', '委員'], ['野口達也', '委員'], ['関口博昭', '委員'], ['土方清一', '委員']]],
			['欠席委員', [['鳩山隆史', '委員']]],
			['事務局', [['元木勇治', '局長'], ['今村好一', '次長'], ['中野詳一', '書記']]],
		]);
	});

	test('a second absent member after a blank line stays absent', () => {
		const twoAbsent = MINUTES.replace('    局長  元木勇治  次長  今村好一\n    書記  中野詳一\n', '    7番委員  元 木 幹 夫\n');
		expect(rolls(twoAbsent).find(([group]) => group === '欠席委員')).toEqual(['欠席委員', [['鳩山隆史', '委員'], ['元木幹夫', '委員']]]);
		expect(rolls(twoAbsent).some(([group]) => group === '事務局')).toBe(false);
	});
});
