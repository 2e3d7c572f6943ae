/**
 * A prefectural assembly committee's 会議記録 with numbered fields: `3 委員氏名` over its members by post, padded a space a
 * letter, `4 委員外議員出席者`, `5 執行部出席者職氏名` and `6 議会事務局出席者職氏名` over each side's officials.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = `議会運営委員会会議記録

1 開会日時  令和6年3月20日（水）午前10時58分～午前11時29分

2 場所    議会運営委員会室

3 委員氏名
  委員長     早 川 尚 史
  副委員長    西 村 しんや
  委  員    平 木 ちさと
          守 田 浩 一

4 委員外議員出席者
  議 長     小 林 幹 男

5 執行部出席者職氏名
  知 事     福 田 富 夫
  経営管理部長  金 田 尊 之

6 議会事務局出席者職氏名
  議会事務局長  原 山 光 男
  議事課長    小 川 茂 夫

7 会議に付した事件
 (1)追加議案について
 (2)その他

○早川委員長 ただいまから議会運営委員会を開会いたします。
○福田知事 本日追加提出いたします議案は、人事案件１件でございます。
○平木委員 特にありません。
○早川委員長 以上で本日の議会運営委員会を閉会いたします。
`;

describe('a prefectural committee\'s 会議記録 with numbered roll fields', () => {
	test('the members under 委員氏名 are the committee\'s, the place only the room; each side\'s officials a group of their own', () => {
		const { meeting, diagnostics } = parseText(RECORD, 'giun-r6-03-20.txt');
		if (!meeting) throw new Error(diagnostics.map((d) => d.message).join('; '));
		expect(meeting.location).toBe('議会運営委員会室');
		expect(meeting.participants.map((group) => [group.group, group.members.map((member) => member.name?.replace(/\s/gu, '') ?? null)])).toEqual([
			['委員氏名', ['早川尚史', '西村しんや', '平木ちさと', '守田浩一']],
			['委員外議員出席者', ['小林幹男']],
			['執行部出席者職氏名', ['福田富夫', '金田尊之']],
			['議会事務局出席者職氏名', ['原山光男', '小川茂夫']],
		]);
		expect(meeting.participants[0]?.members.slice(0, 3).map((member) => member.title)).toEqual(['委員長', '副委員長', '委員']);
		expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual([]);
	});
});
