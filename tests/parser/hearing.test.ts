/** A hearing's or an interview's record: the interviewer's questions after `――`, the answers below them unlabelled or labelled. */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import { parseNameLabel } from '../../src/parser/names.ts';

const HEARING = `ひかり市子ども・子育て支援事業計画策定に係る関係団体ヒアリング記録

１　日　時　令和６年８月２２日（木）１０時００分～１１時１０分
２　場　所　ひかり市役所　会議室Ｂ
３　対　象　ひかり市私立保育園連絡協議会
　　　　　　　会長　　　宮下　千鶴（あおぞら保育園　園長）
　　　　　　　副会長　　竹内　博之（わかば保育園　園長）
４　聞き手　こども未来部　保育課長　村上　直人
５　内　容

――本日はお忙しいところありがとうございます。まず、保育士の確保の状況についてお聞かせください。

　どの園も、採用の募集を出しても応募がほとんどない状況です。

　私どもの園でも、この春は２名募集して１名しか採用できませんでした。

――１歳児の受入れについて、待機児童の状況はいかがですか。

（竹内副会長）　わかば保育園では、１歳児の枠は４月の時点で埋まってしまいます。

――本日はありがとうございました。

　ありがとうございました。

――――◇――――`;

describe('a hearing with the questions after ――', () => {
	test('each question is the interviewer’s turn; an unlabelled answer is 回答者’s, with all its paragraphs; a labelled one keeps its label', () => {
		const { meeting } = parseMinutes(HEARING, { source: 'hearing.txt', sourceHash: '0'.repeat(64) });
		expect(meeting!.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['聞き手', '本日はお忙しいところありがとうございます。まず、保育士の確保の状況についてお聞かせください。'],
			['回答者', 'どの園も、採用の募集を出しても応募がほとんどない状況です。\n私どもの園でも、この春は２名募集して１名しか採用できませんでした。'],
			['聞き手', '１歳児の受入れについて、待機児童の状況はいかがですか。'],
			['竹内副会長', 'わかば保育園では、１歳児の枠は４月の時点で埋まってしまいます。'],
			['聞き手', '本日はありがとうございました。'],
			['回答者', 'ありがとうございました。'],
		]);
	});

	test('the sides are roles, no one’s name', () => {
		expect(parseNameLabel('聞き手')).toEqual({ name: null, title: '聞き手', affiliation: null });
		expect(parseNameLabel('回答者')).toEqual({ name: null, title: '回答者', affiliation: null });
	});
});
