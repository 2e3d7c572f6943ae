/**
 * Word's automatic numbering read as the document shows it: each numbered paragraph with its number in the level's own
 * form (`第１`, `(1)`, `①`, `ア`, `一、`), counted on across the paragraphs between its items, nested levels counted
 * apart, a numbered heading keeping its number; a bullet as `・`.
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { formatNumber } from '../../src/converter/docx-numbering.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx, type DocxBlock } from './docx-fixture.ts';

async function text(blocks: DocxBlock[]): Promise<string> {
	const decoded = await docxToText(await makeDocx(blocks));
	if (!decoded.ok) throw new Error(`refused: ${decoded.message}`);
	return decoded.text;
}

describe('a numbered paragraph keeps the number Word shows', () => {
	test('an outline list: 第１ over (1) over ① over ア, each level counted apart and restarted under the level above', async () => {
		const lines = await text([
			{ text: '協議事項' },
			{ text: '議会だより第１２０号の編集について', list: 'outline', level: 0 },
			{ text: '表紙写真の選定', list: 'outline', level: 1 },
			{ text: '候補', list: 'outline', level: 2 },
			{ text: '夏祭り', list: 'outline', level: 3 },
			{ text: '運動会', list: 'outline', level: 3 },
			{ text: '一般質問の掲載順', list: 'outline', level: 1 },
			{ text: 'その他', list: 'outline', level: 0 },
			{ text: '報告事項', list: 'outline', level: 1 },
		]);
		expect(lines.split('\n')).toEqual(['協議事項', '第１ 議会だより第１２０号の編集について', '(1) 表紙写真の選定', '① 候補', 'ア 夏祭り', 'イ 運動会', '(2) 一般質問の掲載順', '第２ その他', '(1) 報告事項']);
	});

	test('lists in (1), ①, ア and 一、 forms; a list counted on across the paragraphs between its items', async () => {
		const lines = await text([
			{ text: '会長の選出について', list: 'paren' },
			{ text: 'プランの進捗状況について', list: 'paren' },
			{ text: '資料１', list: 'circled' },
			{ text: '資料２', list: 'circled' },
			{ text: '説明', list: 'kana' },
			{ text: '質疑', list: 'kana' },
			{ text: 'ベルマーク活動について', list: 'kanji' },
			{ text: '敬老会の記念品について', list: 'decimal' },
			{ text: '小林会長：商品券とする案を提案した。' },
			{ text: '秋の清掃活動について', list: 'decimal' },
			{ text: '配置図', list: 'bullet' },
		]);
		expect(lines.split('\n')).toEqual(['(1) 会長の選出について', '(2) プランの進捗状況について', '① 資料１', '② 資料２', 'ア 説明', 'イ 質疑', '一、 ベルマーク活動について', '1. 敬老会の記念品について', '小林会長：商品券とする案を提案した。', '2. 秋の清掃活動について', '・配置図']);
	});

	test('a numbered heading keeps its number', async () => {
		expect(await text([{ text: '開催日時', style: 'Heading1', list: 'decimal' }, { text: '令和６年７月２９日' }, { text: '出席者', style: 'Heading1', list: 'decimal' }])).toBe('1. 開催日時\n令和６年７月２９日\n2. 出席者');
	});

	test('number formats: full-width, circled, kana, iroha, kanji, letters and Roman numerals; beyond a set, Arabic numerals', () => {
		expect([formatNumber(12, 'decimalFullWidth'), formatNumber(3, 'decimalEnclosedCircle'), formatNumber(21, 'decimalEnclosedCircle'), formatNumber(2, 'aiueoFullWidth'), formatNumber(3, 'irohaFullWidth'), formatNumber(12, 'japaneseCounting'), formatNumber(3, 'ideographTraditional'), formatNumber(28, 'lowerLetter'), formatNumber(14, 'upperRoman'), formatNumber(4, 'someFutureFormat')]).toEqual(['１２', '③', '21', 'イ', 'ハ', '十二', '丙', 'bb', 'XIV', '4']);
	});

	test('parsed: the agenda numbered 第１, 第２ is the meeting\'s agenda', async () => {
		const minutes = await text([
			{ text: '第５回あおば市都市計画審議会　議事録', center: true },
			{ text: '日時\t令和６年７月１０日（水）午前１０時～午前１１時３０分' },
			{ text: '議事', style: 'Heading1' },
			{ text: '用途地域の変更について（諮問）', list: 'dai' },
			{ text: '地区計画の決定について（報告）', list: 'dai' },
			{ text: '' },
			{ text: '○森田会長　ただいまから審議会を開会いたします。' },
			{ text: '○石田委員　説明会は何回開催しましたか。' },
		]);
		expect(minutes).toContain('第１ 用途地域の変更について（諮問）\n第２ 地区計画の決定について（報告）');
		const meeting = parseDocuments(minutes, { source: 'toshikeikaku-5.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '用途地域の変更について（諮問）'],
			[2, '地区計画の決定について（報告）'],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森田会長', '石田委員']);
	});
});
