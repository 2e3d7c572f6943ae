/**
 * A prefectural assembly's 委員長会議 summary: the meeting of the committees' chairs (`委員長会議概要`), its roll of chairs each
 * with the committee's name glued between surname and 委員長 (`北川裕議会運営委員長`), and the items it tells of numbered with
 * a space only over the record's sentences (`1 今年度の各委員会の活動状況について(資料1)`).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { readTitle } from '../../src/parser/title.ts';
import { parseText } from './unseen-helpers.ts';

const SUMMARY = `委員長会議概要
日 時 令和6年3月21日(木) 午前11時34分~午後0時2分
出席者 中村進議長、日沖正副議長、大久保孝総務地域連携常任委員長、
北川裕議会運営委員長、森田総務委員長
事務局 福田局長、原田次長
概要
1 今年度の各委員会の活動状況について(資料1)
各常任委員長から、資料1により、今年度の各委員会の活動状況についての報告がありました。
2 常任委員会活動の評価について(資料2)
各常任委員長から、資料2により、常任委員会活動の評価について報告がありました。
`;

const read = () => {
	const { meeting, diagnostics } = parseText(SUMMARY, 'iinchokaigi-20240321.txt');
	if (!meeting) throw new Error(diagnostics.map((d) => d.message).join('; '));
	return meeting;
};

describe('a meeting of the committees\' chairs', () => {
	test('the series is the meeting of the post\'s holders, not the post', () => {
		expect(read().series).toBe('委員長会議');
		expect(['部長会議録', '第3回部長会議概要', '議長会議 概要'].map((title) => readTitle(title, null).series)).toEqual(['部長会議', '部長会議', '議長会議']);
	});

	test('a committee\'s name between the surname and 委員長 is the post\'s', () => {
		expect(read().participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['中村進', '議長'],
			['日沖正', '副議長'],
			['大久保孝', '総務地域連携常任委員長'],
			['北川裕', '議会運営委員長'],
			['森田', '総務委員長'],
		]);
		expect(['北川議会運営委員長', '議会運営委員長', '森総務副委員長'].map((label) => parseNameLabel(label))).toEqual([
			{ name: '北川', title: '議会運営委員長', affiliation: null },
			{ name: null, title: '議会運営委員長', affiliation: null },
			{ name: '森', title: '総務副委員長', affiliation: null },
		]);
	});

	test('each item told of, numbered with a space only, heads the sentences under it', () => {
		expect(read().sections.map((section) => section.title).filter((title) => title !== '')).toEqual(['今年度の各委員会の活動状況について(資料1)', '常任委員会活動の評価について(資料2)']);
	});
});
