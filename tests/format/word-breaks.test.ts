import { describe, expect, test } from 'vitest';
import { TITLE_LINE, compoundBreakParts, wordBreakParts } from '../../src/format/word-breaks.ts';

describe('wordBreakParts: where a heading may break inside a phrase', () => {
	test.each([
		['ICT サイバーセキュリティ政策分科会', ['ICT サイバーセキュリティ', '政策分科会']],
		['重要インフラとしての情報通信分野のセキュリティ対策', ['重要インフラとしての情報通信分野のセキュリティ', '対策']],
		['情報セキュリティ', ['情報', 'セキュリティ']],
		['議題（1）スマートシティセキュリティガイドライン改定の方向性', ['議題（1）スマートシティセキュリティガイドライン', '改定の方向性']],
		// A short katakana word stays with its kanji, a shorter run whole; kanji alone are not cut.
		['時間内にご発表できなかったチャット欄のコメント', ['時間内にご発表できなかったチャット欄のコメント']],
		['サイバー攻撃', ['サイバー攻撃']],
		['コンプライアンス', ['コンプライアンス']],
		['第196回国会 衆議院 内閣委員会 第20号', ['第196回国会 衆議院 内閣委員会 第20号']],
		['', ['']],
	])('%s', (text, parts) => {
		expect(wordBreakParts(text)).toEqual(parts);
		expect(wordBreakParts(text).join('')).toBe(text);
	});

	// A page's title: a katakana run too long for a phone's line, between its words, none shorter than four letters.
	test.each([
		['サイバーセキュリティタスクフォース（第42回）議事要旨', ['サイバー', 'セキュリティ', 'タスクフォース（第42回）議事要旨']],
		['議題（1）スマートシティセキュリティガイドライン改定の方向性', ['議題（1）スマートシティ', 'セキュリティ', 'ガイドライン', '改定の方向性']],
		['インターネットガバナンスフォーラム', ['インターネット', 'ガバナンス', 'フォーラム']],
		['デジタルトランスフォーメーション推進', ['デジタル', 'トランス', 'フォーメーション', '推進']],
		['ICT サイバーセキュリティ政策分科会', ['ICT サイバーセキュリティ', '政策分科会']],
		['コンプライアンス', ['コンプライアンス']],
	])('in a title: %s', (text, parts) => {
		expect(wordBreakParts(text, TITLE_LINE)).toEqual(parts);
		expect(wordBreakParts(text, TITLE_LINE).join('')).toBe(text);
	});
});

describe('compoundBreakParts: where a narrow column’s 所属・役職 may break inside a phrase', () => {
	// Between its words (ICU's guesses), a one-letter word kept with the one before, an opening bracket with the one after.
	test.each([
		['東都大学大学院教授', ['東都', '大学', '大学院', '教授']],
		['総務省サイバーセキュリティ統括官室', ['総務省', 'サイバー', 'セキュリティ', '統括官室']],
		['一般社団法人JPCERT コーディネーションセンター', ['一般', '社団', '法人', 'JPCERT ', 'コーディネーション', 'センター']],
		['電気通信技術システム課安全・信頼性対策室長', ['電気', '通信', '技術', 'システム課', '安全・', '信頼性', '対策', '室長']],
		['内閣府特命担当大臣（規制改革）', ['内閣府', '特命', '担当', '大臣', '（規制', '改革）']],
		['構成員', ['構成員']],
		['経済産業省', ['経済', '産業省']],
		['デジタル庁', ['デジタル庁']],
		['群馬県中之条町', ['群馬県', '中之条町']],
		['', ['']],
	])('%s', (text, parts) => {
		expect(compoundBreakParts(text).join('')).toBe(text);
		expect(compoundBreakParts(text)).toEqual(parts);
	});
});

