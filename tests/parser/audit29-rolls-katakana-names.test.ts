/**
 * A foreign name in katakana with a space between its two words (`スミス　ジョン`, `ジョン　スミス（○○大学）`) is a member's
 * name in a roll, in a Markdown list as in text; such entries had been read with no name. A katakana word that is a
 * group's (`オブザーバー`) still heads its group.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (text: string, source: string) =>
	parseDocuments(text, { source, sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])]);

describe('a katakana name with a space', () => {
	test('in a Markdown roll', () => {
		expect(read(['# 第２回子ども読書推進会議 議事録', '', '- 日時：2024年7月8日（月）14:00〜16:00', '', '## 出席者', '', '- 佐藤　みどり（会長）', '- スミス　ジョン', '- ジョン　スミス（みなと国際大学）', '', '## 議事', '', '**佐藤会長**：開会します。', ''].join('\n'), 'a.md')).toEqual([
			[
				'出席者',
				[
					['佐藤　みどり', '会長', null],
					['スミス　ジョン', null, null],
					['ジョン　スミス', null, 'みなと国際大学'],
				],
			],
		]);
	});
	test('in a text roll, after a post and under a group word', () => {
		expect(read(['第４回国際交流推進懇話会　議事録', '', '日時　令和６年８月５日（月）午前１０時', '場所　市民交流センター', '出席者', '　委員　原　ひろみ', '　スミス　ジョン', 'オブザーバー', '　ブラウン　メアリー', '', '○座長　開会します。'].join('\n'), 'a.txt')).toEqual([
			[
				'出席者',
				[
					['原　ひろみ', '委員', null],
					['スミス　ジョン', null, null],
				],
			],
			['オブザーバー', [['ブラウン　メアリー', null, null]]],
		]);
	});
});
