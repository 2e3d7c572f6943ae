/**
 * An AI note taker's summary of an online meeting saved as text: Teams' recap by Copilot (`プロジェクト定例 - 会議の要約`,
 * `会議の要約`, `メモ`, `フォローアップ タスク`, the transcript maybe after it under `トランスクリプト`) and Zoom's AI Companion
 * (`ミーティング概要: 営業会議 (2024/10/16)`, `クイック要約`, `次のステップ`, `要約`). Their headings are sections (they had been
 * paragraphs, Zoom's `クイック要約` the title), the recap's name no part of the series, and those who speak in the transcript
 * after the summary the participants.
 */
import { describe, expect, test } from 'vitest';
import type { ParseResult } from '../../src/parser/index.ts';
import { lostLines, parseLines, turnsOf } from './unseen-helpers.ts';

/** The titles of the body's sections, the untitled start left out. */
function sectionTitles(result: ParseResult): string[] {
	return result.body.map((section) => section.title).filter((title) => title !== '');
}

const COPILOT = [
	'製品企画会議 - 会議の要約',
	'2024年10月16日',
	'',
	'会議の要約',
	'新製品の価格と発売時期を議論した。',
	'',
	'フォローアップ タスク',
	'価格表の更新: 中島 裕子さんが価格表を更新する。',
	'',
	'トランスクリプト',
	'',
	'中島 裕子   0:05',
	'それでは始めます。価格についてです。',
	'',
	'村上 拓也   0:20',
	'原価が上がっているので、据え置きは難しいです。',
];

const ZOOM = [
	'ミーティング概要: 営業会議 (2024/10/16)',
	'',
	'クイック要約',
	'チームは第3四半期の売上を確認しました。',
	'',
	'次のステップ',
	'• 松本 大輔: 見積書を金曜日までに送付する。',
	'• 高橋 愛: 展示会の申込を行う。',
	'',
	'要約',
	'第3四半期の売上',
	'松本 大輔は売上が前年比110%だったと報告しました。',
];

describe('an AI note taker’s summary saved as text', () => {
	test('Copilot’s recap: the meeting’s series, its headings sections, the transcript after it turns of its participants', () => {
		const result = parseLines(COPILOT, 'Teams 会議の要約.txt');
		expect(result.meeting?.series).toBe('製品企画会議');
		expect(result.meeting?.date).toBe('2024-10-16');
		expect(sectionTitles(result)).toEqual(['会議の要約', 'フォローアップ タスク', 'トランスクリプト']);
		expect(result.meeting?.participants.map((group) => group.members.map((member) => member.name))).toEqual([['中島 裕子', '村上 拓也']]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['中島 裕子', '村上 拓也']);
		expect(lostLines(result, COPILOT, 4, /^(?:会議の要約|フォローアップ タスク|トランスクリプト|中島 裕子   0:05|村上 拓也   0:20)$/u)).toEqual([]);
	});

	test('Zoom’s summary: titled by the meeting’s name and dated by its bracket, its next steps a list', () => {
		const result = parseLines(ZOOM, 'zoom_summary.txt');
		expect(result.meeting?.title).toBe('営業会議 (2024/10/16)');
		expect(result.meeting?.series).toBe('営業会議');
		expect(result.meeting?.date).toBe('2024-10-16');
		expect(sectionTitles(result)).toEqual(['クイック要約', '次のステップ', '要約']);
		const steps = result.body.find((section) => section.title === '次のステップ')?.children[0];
		expect(steps?.type === 'list' ? steps.items.map((item) => item.text) : steps).toEqual(['松本 大輔: 見積書を金曜日までに送付する。', '高橋 愛: 展示会の申込を行う。']);
		expect(result.meeting?.remarks).toEqual([]);
	});

	test('minutes with a heading such words name further down are left as they are', () => {
		const lines = ['理事会', '2024年10月16日', '出席者 山田、佐藤', '', '議事', '山田：予算を説明した。', '佐藤：了解です。', '', '', '', '会議の要約', '予算を承認した。', '', '次のステップ', '山田が見積りを取る。'];
		const result = parseLines(lines, '理事会.txt');
		expect(sectionTitles(result)).not.toContain('次のステップ');
	});
});
