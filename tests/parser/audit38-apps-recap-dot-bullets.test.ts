/**
 * An AI recap whose points are written `・` after a list's own mark (`- ・上期の見込み: …`), as a recap pasted into a list
 * keeps them, under Copilot's `会議メモ`: the headings are sections and the points their items without the `・` (the file
 * had been a plain document of paragraphs, the headings no sections).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const RECAP = [
	'購買会議',
	'2025年6月3日 10:00',
	'',
	'参加者: 岡田 修、森下 綾',
	'',
	'会議メモ',
	'- ・納期の遅れ: 森下 綾は、部品の納期が二週間遅れると報告しました。',
	'- ・代替の手配: 岡田 修は、別の仕入れ先に見積もりを頼むよう求めました。',
	'',
	'フォローアップ タスク',
	'- ・見積もりの依頼: 森下 綾が今週中に行う。',
];

describe('an AI recap with `- ・` points', () => {
	test('has its headings as sections and its points as items', () => {
		const result = parseLines(RECAP, 'recap.txt');
		const sections = result.body.map((section) => [
			section.title,
			section.children.flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.text) : [])),
		]);
		expect(sections.filter(([title]) => title !== '')).toEqual([
			['会議メモ', ['納期の遅れ: 森下 綾は、部品の納期が二週間遅れると報告しました。', '代替の手配: 岡田 修は、別の仕入れ先に見積もりを頼むよう求めました。']],
			['フォローアップ タスク', ['見積もりの依頼: 森下 綾が今週中に行う。']],
		]);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['岡田 修', '森下 綾']);
	});
});
