/**
 * Points listed under an agenda item (`ア　事務局説明` / `イ　質疑`) stay apart on its title, where they had run into it as
 * a wrapped line would (`用途地域の変更について（諮問）ア事務局説明イ質疑`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = (agenda: string): string => `第４回　青葉市都市計画審議会　議事録

１　日　時　令和６年２月１９日（月）午前１０時００分～午前１１時４５分
２　場　所　青葉市役所　本庁舎７階　大会議室
３　出席委員
会長　髙橋　健一
委員　中村　由美
４　議　事
${agenda}
５　議事の経過
○会長　ただいまから第４回青葉市都市計画審議会を開会いたします。
○中村委員　住民説明会での意見はどのようなものでしたか。
`;

describe('points under an agenda item', () => {
	test('kana points go on the item\'s title set apart', () => {
		const { meeting } = parseText(minutes('（1）　用途地域の変更について（諮問）\nア　事務局説明\nイ　質疑\n（2）　その他'), 'aoba-toshikei-4.txt');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['用途地域の変更について（諮問）　ア　事務局説明　イ　質疑', 'その他']);
	});

	test('a wrapped title still joins without a space', () => {
		const { meeting } = parseText(minutes('（1）　青葉駅北口地区における用途地域の変更及び地区計画の\n決定について（諮問）\n（2）　その他'), 'aoba-toshikei-4.txt');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['青葉駅北口地区における用途地域の変更及び地区計画の決定について（諮問）', 'その他']);
	});
});
