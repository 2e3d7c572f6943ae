/**
 * The older text files of a ministry's 研究会 議事録 (`YY/MM/DD title` on the first line, the title again centred, a numbered
 * header, `◎(4)氏名` in the roll, `(2) 行政` as a second group) write each speech as a paragraph marked `○` that names
 * no one. Each is the turn of an unnamed speaker (before: no remark at all, every `○` a point of a list); a 議事要旨's `○`
 * points stay points, and a 議事録 that names its speakers is read as before.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const RECORD = `04/03/05 労働紛争解決制度の在り方に関する研究会(第7回)議事録

          労働紛争解決制度の在り方に関する研究会(第7回)議事録

1 日時
  平成16年3月5日(金) 10:00～12:00

2 場所
  厚生労働省専用第12会議室(12階)

3 出席者
 (1) 委員(五十音順、◎は座長)
  (1)青山 正人(東西大学法学部教授)
  (2)川村 美和(南北大学大学院法学研究科教授)
 ◎(3)杉田 浩二(中央大学法学部教授)
  (4)田辺 恵子(北大学経済学部教授)
 (2) 行政
  松本審議官、熊谷労政担当参事官、西岡調査官

4 議事
○ ただいまから第7回の研究会を開催する。
  本日は、前回に引き続き論点の整理について議論をお願いしたい。
 (事務局より資料1について説明。)
○ 資料1の論点1について、手続の期間を区切ることには賛成である。ただし、
  事案の性質によって差があることにも触れておくべきではないか。
○ 期間は一律ではなく、類型ごとに示すのが現実的だと思う。
○ 類型を細かく分けすぎると、かえって分かりにくくなるおそれがある。
○ それでは、論点1については本日の意見を踏まえて修文することとしたい。
  次回は4月に開催する予定である。
`;

const parse = (text: string) => parseMinutes(text, { source: 'r.txt', sourceHash: '0'.repeat(64) });

describe('a 議事録 whose speeches are ○ paragraphs without names', () => {
	const { meeting, diagnostics, body } = parse(RECORD);

	test('each ○ paragraph is a turn of an unnamed speaker, its wrapped lines joined, the narration a note', () => {
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(Array(5).fill('発言者'));
		expect(meeting!.remarks[0]!.text).toContain('ただいまから第7回の研究会を開催する。');
		expect(meeting!.remarks[0]!.text).toContain('本日は、前回に引き続き論点の整理について議論をお願いしたい。');
		expect(meeting!.remarks[1]!.text.replace(/\n/gu, '')).toContain('ただし、事案の性質によって差があることにも触れておくべきではないか。');
		// The record telling what was explained is a note between the words (as （拍手） is), not words of the speaker.
		const first = body[0]?.children.find((child) => child.type === 'remark');
		expect(first?.type === 'remark' ? first.children.map((child) => [child.type, 'text' in child ? child.text : '']) : []).toContainEqual(['note', '(事務局より資料1について説明。)']);
		// The maintainer is told how to name the role.
		expect(diagnostics.find((d) => d.code === 'unnamed-speakers')?.message).toContain('(○は委員の発言)');
	});

	test('the title is the document\'s own, without the day of posting, and the title again is no header line', () => {
		expect(meeting!.title).toBe('労働紛争解決制度の在り方に関する研究会(第7回)議事録');
		expect(meeting!.session).toBe(7);
		expect(meeting!.date).toBe('2004-03-05');
		expect(diagnostics.filter((d) => d.code === 'unknown-line')).toEqual([]);
	});

	test('the roll: the chair marked ◎ before the number, and 行政 a group of its own with every official', () => {
		expect(meeting!.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['委員', [['青山 正人', null], ['川村 美和', null], ['杉田 浩二', '座長'], ['田辺 恵子', null]]],
			['行政', [['松本', '審議官'], ['熊谷', '労政担当参事官'], ['西岡', '調査官']]],
		]);
	});
});

describe('where ○ stays what it was', () => {
	test('a 議事要旨\'s ○ points are points, not turns', () => {
		const summary = RECORD.replace(/議事録/gu, '議事要旨');
		expect(parse(summary).meeting!.remarks).toEqual([]);
	});

	test('a 議事録 that names its speakers: the ○ lines that tell of them stay narration', () => {
		const named = RECORD.replace(
			/4 議事\n[\s\S]*$/u,
			'4 議事\n○ 西岡調査官より、資料1について説明。\n(青山委員)\n  手続の期間を区切ることには賛成である。\n(杉田座長)\n  それでは、本日の意見を踏まえて修文することとしたい。\n',
		);
		const { meeting } = parse(named);
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['青山委員', '杉田座長']);
	});

	test('a 議事録 of ○ lines that tell what was done, not what was said, is not read as turns', () => {
		const told = RECORD.replace(/4 議事\n[\s\S]*$/u, '4 議事\n○ 事務局より資料1について説明。\n○ 資料2について事務局から報告があった。\n○ 委員から意見があった。\n○ 次回の日程について事務局から説明があった。\n');
		expect(parse(told).meeting!.remarks).toEqual([]);
	});
});
