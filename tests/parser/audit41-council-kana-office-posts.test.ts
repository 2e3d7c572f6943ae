/**
 * A ministry's 検討会 lists its secretariat by post and surname (`データ戦略統括　　原田`, `参事官　　佐伯`) and labels its
 * officials' turns surname first (`○原田データ戦略統括　…`). A post that begins in katakana and ends in 統括 (`データ戦略統括`,
 * `プロジェクト統括`; 統括官 and 審議官 too) is one official's, the surname before it theirs: the roll's row is one member (it had
 * been two, a post and a name apart) and the label heads a turn (its words had become a list's item, no one's).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const parsed = (roll: readonly string[], turns: readonly string[]) => {
	const { meeting, body } = parseText(
		['デジタル社会基盤に関する検討会（第４回）', '議事録', '', '日時：令和６年５月１７日（金）１０時００分～１２時００分', '場所：オンライン開催', '出席者：', '構成員', '　荻野　由香　座長', '　上村　理沙', '事務局', ...roll.map((row) => `　${row}`), '', ...turns].join('\n'),
		'a.txt',
	);
	return {
		staff: meeting?.participants.find((group) => group.group === '事務局')?.members.map((member) => [member.name, member.title]),
		speakers: body.flatMap((section) => section.children.flatMap((block) => (block.type === 'remark' ? [block.speaker] : []))),
	};
};

describe('an official whose post begins in katakana', () => {
	test('統括: the roll row and the turns', () => {
		expect(parsed(['データ戦略統括　　原田', '参事官　　　　　　佐伯'], ['○荻野座長　事務局から説明をお願いします。', '○原田データ戦略統括　標準仕様を国で用意いたします。', '○上村構成員　承知しました。', '○原田データ戦略統括　更新は登記と連動させます。'])).toEqual({
			staff: [
				['原田', 'データ戦略統括'],
				['佐伯', '参事官'],
			],
			speakers: ['荻野座長', '原田データ戦略統括', '上村構成員', '原田データ戦略統括'],
		});
	});

	test('統括 after a katakana word alone', () => {
		expect(parsed(['プロジェクト統括　　森本'], ['○荻野座長　お願いします。', '○森本プロジェクト統括　御説明いたします。'])).toEqual({ staff: [['森本', 'プロジェクト統括']], speakers: ['荻野座長', '森本プロジェクト統括'] });
	});
});
