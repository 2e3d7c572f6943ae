/**
 * The parts of a meeting's business written alone or numbered with a space (`2 審議事項`, `報告事項`, `決議事項`, as boards,
 * shareholders' meetings and university councils head them): a heading of the text, never words of the remark above
 * (the audit's 評価委員会 record had `2 審議事項(1) 中期目標(案)について` glued to the end of the chair's turn).
 */
import { expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `令和6年度第1回 みなと市地方独立行政法人評価委員会 議事要旨

日時:令和6年7月2日(火)午前10時00分から正午まで
場所:みなと市役所 第2会議室
出席:薬丸委員長、石川委員、森委員

1 開会
事務局
本日の会議は、条例の規定により公開させていただく。
2 審議事項
(1) 中期目標(案)について
事務局
資料1に基づき、中期目標(案)の概要を説明した。
石川委員
目標の数値は、前期の実績を踏まえて設定されているか。
報告事項
事務局
次回は9月に開催する予定である。
`;

test('2 審議事項 and 報告事項 head their parts; the turn before keeps only its own words', () => {
	const { meeting } = parseMinutes(MINUTES, { source: 'h.txt', sourceHash: '0'.repeat(64) });
	expect(meeting!.sections.map((section) => section.title).slice(-3)).toEqual(['審議事項', '中期目標(案)について', '報告事項']);
	expect(meeting!.remarks[0]!.text).toBe('本日の会議は、条例の規定により公開させていただく。');
	expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['事務局', '事務局', '石川委員', '事務局']);
});
