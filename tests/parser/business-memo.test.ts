/** A company's 議事メモ: fields in angle brackets, posts after surnames, two 鈴木 told apart, quoted turns, a numbered list of handouts. */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const MEMO = `議事メモ

<会議名>　みなみ物流株式会社様　配車管理システム更改　要件確認打合せ（第3回）
<日時>　　2024年 6月13日(木) 14:00 ～ 15:30
<場所>　　みなみ物流株式会社　本社3階 第2会議室
<参加者>　みなみ物流株式会社：大野 部長（物流部）、川上 課長（情報システム課）
　　　　　株式会社ソフトリンク：田中（PM）、鈴木(良)（SE）、鈴木(真)（SE）(記)
<配布資料>
　1) 要件一覧 v0.3
　2) 第2回打合せ議事録（2024/5/30）
―――――――――――――――――――――――――――
【議事内容】
1. 配車一覧の表示項目
　鈴木(良)：「一覧に表示する項目を絞り込みたいと考えています。」
　大野部長：「それなら一覧は4項目でよい。」
　鈴木(真)：「日報はPDFとCSVのどちらを想定されていますか。」
　川上課長：「経理がCSVを取り込んでいるので、両方ほしいです。」
　田中：「今回のリリースではPDFのみとさせてください。」
`;

describe('a company’s 議事メモ', () => {
	const { meeting } = parseMinutes(MEMO, { source: 'memo.txt', sourceHash: '0'.repeat(64) });

	test('the meeting’s name in <会議名> under the document’s word is the title', () => {
		expect(meeting!.title).toBe('みなみ物流株式会社様　配車管理システム更改　要件確認打合せ（第3回） 議事メモ');
		expect(meeting!.session).toBe(3);
		expect(meeting!.date).toBe('2024-06-13');
	});

	test('each member: a surname and its post a space apart, two 鈴木 told apart by a letter of the given name', () => {
		expect(meeting!.participants.flatMap((group) => group.members.map((member) => [member.name, member.title, member.affiliation]))).toEqual([
			['大野', '部長', '物流部'],
			['川上', '課長', '情報システム課'],
			['田中', null, 'PM'],
			['鈴木（良）', null, 'SE'],
			['鈴木（真）', null, 'SE'],
		]);
	});

	test('every turn, the two 鈴木 each their own', () => {
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['鈴木(良)', '大野部長', '鈴木(真)', '川上課長', '田中']);
	});

	test('the numbered handouts, the rule below them ending the list', () => {
		expect(meeting!.handouts.map((handout) => [handout.id, handout.title])).toEqual([
			['1', '要件一覧 v0.3'],
			['2', '第2回打合せ議事録（2024/5/30）'],
		]);
	});
});
