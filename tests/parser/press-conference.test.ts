/**
 * Press conferences (記者会見録) as prefectures, ministries and cities publish them every week: reporters, the press club's
 * duty company and the minister or governor speak under labels of their own, in four common layouts.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';

const options = (source: string) => ({ source, sourceHash: '0'.repeat(64) });
const turns = (meeting: Meeting | null) => meeting?.remarks.map((remark) => [remark.speaker, remark.text.split('\n')[0]]) ?? [];

/** A prefecture's page: labels alone (`〇幹事社`, `〇知事`), 会見日時/会見場所/会見者 fields, the page's update day and contact block. */
const PAGE = `ホーム > 知事室 > 知事記者会見録 > 定例記者会見/令和6年9月10日/防災訓練ほか

関連分野

更新日付:2024年9月27日 広報課

定例記者会見/令和6年9月10日/防災訓練ほか

会見日時:令和6年9月10日火曜日 10時30分~11時05分
会見場所:県庁本館3階会見室
会見者:北川知事

〇幹事社
 定刻になりましたので、定例記者会見を始めます。知事からお願いします。

〇知事
【総合防災訓練について】
 今月28日に、県内全域で総合防災訓練を実施します。
 住民の皆様にもご参加をお願いします。

〇幹事社
 訓練の参加者数の見込みを教えてください。

〇知事
 昨年を上回る約二万人を見込んでいます。

〇記者
 北海新報です。避難所の運営訓練は行いますか。

〇知事
 三つの市で、避難所の開設から運営まで行います。

〇幹事社
 ほかにございませんか。では終わります。

このページの
お問い合わせ先
広報課
電話:011-000-0000`;

/** A page of questions and answers: half-width `Q`/`A`, the outlet asking, times after each part's label. */
const QA = `本文
令和6年7月3日 高原県知事 定例記者会見
(記者会見の動画を県の公式チャンネルでご覧になれます)<外部リンク>
1 日時 令和6年7月3日(水曜日) 14時00分~14時40分
2 場所 記者会見室
3 知事発表項目(14時00分~14時10分)
 (1) 県産材の利用促進について
4 質疑項目(14時10分~14時40分)
 (1) 夏の観光について
 (2) 県営住宅について
知事発表
県産材を使った住宅への補助を今年度から拡充します。私からは以上です。
質疑
Q 代表幹事(共同通信)
夏の観光客の見込みはいかがですか。
A 知事
昨年並みの人出を見込んでいます。
Q 高原日報
県営住宅の建て替えの計画はありますか。
A 知事
来年度に計画をまとめます。
Q NHK
時期はいつ頃になりますか。
A 知事
年度の後半を考えています。`;

/** A ministry's summary saved from a definition list: `- 大臣:` over `- 本日は…`. */
const LISTED = `閣議後記者会見概要
R6.10.08(火)09:14~09:30 省内会見室
閣議等について
- 大臣:
- 本日の閣議では、白書の報告がございました。以上です。
質疑
- 記者:
- 補正予算の規模はどの程度になりますか。
- 大臣:
- 現在、精査しているところです。
(了)`;

/** The Cabinet Office's form: `(記 者)` and `(大 臣)` alone over the words, padded to the column's width. */
const PADDED = `令和6年11月8日
閣議後定例記者会見
1.冒頭発言
 冒頭、私から一点申し上げます。
2.質疑応答
(記 者)
 答弁の誤りの経緯をお聞かせください。
(大 臣)
 確認が十分でなかったということでございます。
(記 者)
 再発防止策はありますか。
(大 臣)
 確認の手順を見直すよう指示いたしました。`;

describe('a press conference', () => {
	test('labels alone: 幹事社, 知事 and 記者 each speak, the governor under the topic he opens; the page\'s update day and contact block are no part of it', () => {
		const { meeting } = parseMinutes(PAGE, options('kaiken.txt'));
		expect(meeting).not.toBeNull();
		expect(meeting!.date).toBe('2024-09-10');
		expect([meeting!.start, meeting!.end, meeting!.location]).toEqual(['10:30', '11:05', '県庁本館3階会見室']);
		expect(meeting!.series).toBe('定例記者会見');
		expect(meeting!.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([['会見者', [['北川', '知事']]]]);
		expect(turns(meeting)).toEqual([
			['幹事社', '定刻になりましたので、定例記者会見を始めます。知事からお願いします。'],
			['知事', '今月28日に、県内全域で総合防災訓練を実施します。'],
			['幹事社', '訓練の参加者数の見込みを教えてください。'],
			['知事', '昨年を上回る約二万人を見込んでいます。'],
			['記者', '北海新報です。避難所の運営訓練は行いますか。'],
			['知事', '三つの市で、避難所の開設から運営まで行います。'],
			['幹事社', 'ほかにございませんか。では終わります。'],
		]);
		expect(meeting!.remarks.at(-1)!.text).toBe('ほかにございませんか。では終わります。');
		expect(meeting!.remarks.find((remark) => remark.speaker === '知事')!.text).toContain('住民の皆様にもご参加をお願いします。');
	});

	test('half-width Q and A: who asks (a press club\'s duty company, an outlet) and who answers, never nested in the label before', () => {
		const { meeting } = parseMinutes(QA, options('qa.txt'));
		expect(meeting!.title).toBe('令和6年7月3日 高原県知事 定例記者会見');
		expect([meeting!.start, meeting!.end, meeting!.location]).toEqual(['14:00', '14:40', '記者会見室']);
		expect(meeting!.agenda.map((item) => item.title)).toEqual(['県産材の利用促進について', '夏の観光について', '県営住宅について']);
		expect(turns(meeting)).toEqual([
			['Q（代表幹事(共同通信)）', '夏の観光客の見込みはいかがですか。'],
			['A（知事）', '昨年並みの人出を見込んでいます。'],
			['Q（高原日報）', '県営住宅の建て替えの計画はありますか。'],
			['A（知事）', '来年度に計画をまとめます。'],
			['Q（NHK）', '時期はいつ頃になりますか。'],
			['A（知事）', '年度の後半を考えています。'],
		]);
	});

	test('a definition list saved as text: `- 大臣:` over its words is the minister\'s turn', () => {
		const { meeting } = parseMinutes(LISTED, options('gaiyou.txt'));
		expect(turns(meeting)).toEqual([
			['大臣', '本日の閣議では、白書の報告がございました。以上です。'],
			['記者', '補正予算の規模はどの程度になりますか。'],
			['大臣', '現在、精査しているところです。'],
		]);
	});

	test('padded bracket labels alone: `(記 者)` and `(大 臣)` speak, no stage directions', () => {
		const { meeting } = parseMinutes(PADDED, options('kantei.txt'));
		expect(turns(meeting)).toEqual([
			['記者', '答弁の誤りの経緯をお聞かせください。'],
			['大臣', '確認が十分でなかったということでございます。'],
			['記者', '再発防止策はありますか。'],
			['大臣', '確認の手順を見直すよう指示いたしました。'],
		]);
	});
});
