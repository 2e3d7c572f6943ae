/**
 * A city's committee record as its minutes site shows it: the committee and the day over `○議事日程`, the site's heading of the
 * page, with only the record's title under it (`総務常任委員会会議録`), then fields marked 〇 (`〇日時`, `〇場所`, `〇出席委員`,
 * `〇理事者側出席者`, `〇議会事務局出席者`) and `〇本日審査した案件`, the bill examined numbered as the kinds of business are
 * (`1 議案第45号 …` over `2 報告事項` / `(1)…`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和 6年総務常任委員会',
	'11月18日',
	'○議事日程  ',
	'',
	'総務常任委員会会議録',
	'〇日時',
	'令和6年(2024年)11月18日(月)10時00分開会 11時52分閉会(会議時間1時間23分)',
	'〇場所',
	'議会第1委員会室',
	'〇出席委員',
	'朝倉委員長、水野副委員長、くぼた、小泉、長谷部の各委員',
	'〇理事者側出席者',
	'千葉総務部長、青柳職員課長',
	'〇本日審査した案件',
	'1 議案第45号 みさき市職員の給与に関する条例の一部を改正する条例の制定について',
	'2 報告事項',
	'(1)市役所本庁舎の空調設備改修工事の進捗状況について',
	'    ―――――――――――――――――――――――――――――――――――――――',
	' ',
	'○朝倉委員長  ただいまから総務常任委員会を開会いたします。',
	' ',
	'○青柳職員課長  議案第45号について説明いたします。',
	' ',
	'○くぼた委員  会計年度任用職員の報酬も改定されるのでしょうか。',
	' ',
	'○朝倉委員長  これで総務常任委員会を閉会いたします。',
].join('\n');

describe("a committee record whose page heading 議事日程 holds only the record's title", () => {
	const result = parseText(record, 'somu-2024-11-18.txt');

	test('the business examined is the agenda, the bill with the reports', () => {
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['議案第45号 みさき市職員の給与に関する条例の一部を改正する条例の制定について', '市役所本庁舎の空調設備改修工事の進捗状況について']);
		expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'duplicate-section')).toEqual([]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['朝倉委員長', '青柳職員課長', 'くぼた委員', '朝倉委員長']);
	});
});
