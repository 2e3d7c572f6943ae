/**
 * A 議事録 template from Word, its fields in a table of label and value (`日時`, `場所`, `出席者`, `議題`, `内容`, `決定事項`,
 * `次回`, `記録`): the `内容` cell opens the minutes text at its first line (its first item and turns had been taken into
 * the agenda's last item), and the rows after the turns are the record's, never the last speaker's words.
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx } from './docx-fixture.ts';

describe('a Word template’s table of fields', () => {
	test('reads every turn of the 内容 cell and keeps the rows after them apart', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: '議　事　録', style: 'Title' },
				{
					table: [
						['会議名', '広報委員会 定例会議'],
						['日時', '2024年11月12日（火）18:30～20:00'],
						['場所', 'NPO法人ひまわり 事務所'],
						['出席者', '委員長 金子、副委員長 杉山、委員 大塚、委員 樋口'],
						['議題', '1. 会報12月号の構成\n2. SNS運用ルール'],
						['内容', '1. 会報12月号の構成\n金子：特集はボランティア活動の紹介にしたい。\n杉山：写真の掲載許可を事前に取る必要がある。\n2. SNS運用ルール\n樋口：投稿前に2名で確認する運用にしたい。\n金子：その方向で規程案を作成します。'],
						['決定事項', '・特集はボランティア活動紹介\n・SNS投稿はダブルチェック制'],
						['次回', '2024年12月10日（火）18:30～'],
					],
				},
			]),
		);
		expect(decoded.ok).toBe(true);
		const meeting = parseDocuments(decoded.ok ? decoded.text : '', { source: 'template.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.date).toBe('2024-11-12');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['会報12月号の構成', 'SNS運用ルール']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['金子', '特集はボランティア活動の紹介にしたい。'],
			['杉山', '写真の掲載許可を事前に取る必要がある。'],
			['樋口', '投稿前に2名で確認する運用にしたい。'],
			['金子', 'その方向で規程案を作成します。'],
		]);
	});
});
