/**
 * A city's education board 会議録 in numbered items: the title written twice, a sentence telling when and where the board
 * met (`令和六年七月五日(金曜日)、…を教育委員室において開催した。`), `1 開会及び閉会に関する事項` with the times as points,
 * the members with their office in brackets (`委員(教育長) 野口 健一`), the staff, `4 傍聴者等`, the agenda and
 * `6 議事の大要` over the turns. It had been refused by the council reader (no 日時) and kept as a plain page without
 * its roll, agenda or times.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const RECORD = `令和6年第7回教育委員会議(7月定例会)会議録

令和6年第7回みどり野市教育委員会議会議録

 令和六年七月五日(金曜日)、令和6年第7回教育委員会議(定例会)を教育委員室において開催した。

1 開会及び閉会に関する事項

  • 開会 午前9時30分
  • 閉会 午前10時40分

2 出席委員

  • 委員(教育長) 野口 健一
  • 委員(教育長職務代理者) 松井 早苗
  • 委員 石川 ちえ

3 事務局等の出席者

  • 教育次長 高田 修
  • 学校教育部長 森 一成

4 傍聴者等

 1名

5 議事日程

  • 議題1 令和7年度みどり野市立幼稚園の募集定員について(報告)
  • 議題2 教職員の人事について(議案)【非公開】

6 議事の大要

野口教育長

 ただ今から、教育委員会議定例会を開催します。
 議題1について、説明をお願いします。

森学校教育部長

 議題1、令和7年度みどり野市立幼稚園の募集定員について報告します。

石川委員

 希望者が定員を超えた場合はどのように選考するのですか。
`;

describe('an education board\'s record in numbered items', () => {
	const { meeting, diagnostics } = parseMinutes(RECORD, { source: 'k.txt', sourceHash: '0'.repeat(64) });

	test('is read by the council reader, dated, placed and timed by its items', () => {
		expect(diagnostics.filter((d) => d.severity === 'error' || d.message.startsWith('layout not recognized'))).toEqual([]);
		expect(meeting).toMatchObject({ date: '2024-07-05', location: '教育委員室', start: '09:30', end: '10:40' });
	});

	test('keeps the members with their office and the staff', () => {
		expect(meeting!.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['出席委員', [['野口 健一', '教育長'], ['松井 早苗', '教育長職務代理者'], ['石川 ちえ', '委員']]],
			['事務局等の出席者', [['高田 修', '教育次長'], ['森 一成', '学校教育部長']]],
		]);
	});

	test('reads the agenda and the turns', () => {
		expect(meeting!.agenda.map((item) => item.number)).toEqual([1, 2]);
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['野口教育長', '森学校教育部長', '石川委員']);
	});
});
