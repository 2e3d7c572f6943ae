/**
 * A field's key written alone in bold over its list (`**参加者**` / `- @野口 太郎`, `**議題**` / `1. 5月実績報告`), as Confluence
 * pages and a word processor's Markdown download write them: the list is that field, as under a heading `## 参加者`. The key
 * heads the one block after it.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('a Confluence page’s attendees under a bold key', () => {
	const result = parseLines(
		[
			'# 2025-02-07 インフラ定例',
			'',
			'**日付** 2025年2月7日',
			'',
			'**参加者**',
			'',
			'- @野口 太郎',
			'- @太田 花子',
			'',
			'## ディスカッション項目',
			'',
			'- 野口: Prometheus へ移行する。',
		],
		'infra.md',
	);

	test('lists them as the participants, who then speak', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([['参加者', ['野口 太郎', '太田 花子']]]);
		expect(turnsOf(result)).toEqual([['野口', 'Prometheus へ移行する。']]);
	});
});

describe('a word processor’s Markdown with bold keys', () => {
	const result = parseLines(
		[
			'# **2025年6月2日 営業会議 議事録**',
			'',
			'**日時:** 2025年6月2日 9:30～10:30',
			'',
			'**出席者:** 川村部長、菅原課長、平野',
			'',
			'**議題**',
			'',
			'1. 5月実績報告',
			'2. 6月の重点施策',
			'',
			'**議事**',
			'',
			'**川村部長:** 5月は目標比98%でした。',
			'',
			'**平野:** 既存顧客の解約が2件ありました。',
		],
		'eigyo.md',
	);

	test('reads the list under `**議題**` as the agenda, and the turns after it', () => {
		expect(result.meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '5月実績報告'],
			[2, '6月の重点施策'],
		]);
		expect(turnsOf(result)).toEqual([
			['川村部長', '5月は目標比98%でした。'],
			['平野', '既存顧客の解約が2件ありました。'],
		]);
	});
});

describe('a key in bold after the last turn', () => {
	const lines = ['# 営業会議 議事録', '', '**日時:** 2025年6月2日', '', '**出席者:** 川村部長、平野', '', '## 議事', '', '**平野:** 既存顧客の解約が2件ありました。', ''];

	test('is the record’s, not the last speaker’s words', () => {
		for (const key of ['**次回:** 7月1日', '**決定事項**：解約理由を調べる。']) {
			const result = parseLines([...lines, key], 'eigyo.md');
			expect(turnsOf(result)).toEqual([['平野', '既存顧客の解約が2件ありました。']]);
			const last = result.body.at(-1)?.children.at(-1);
			expect(last?.type === 'paragraph' ? last.text : null).toBe(key.replace(/\*/gu, ''));
		}
	});

	test('while a speaker’s bold label goes on as a turn', () => {
		const result = parseLines([...lines, '**川村部長:** 理由を調べてください。'], 'eigyo.md');
		expect(turnsOf(result)).toEqual([
			['平野', '既存顧客の解約が2件ありました。'],
			['川村部長', '理由を調べてください。'],
		]);
	});
});
