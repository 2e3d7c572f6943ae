/**
 * Minutes kept in Backlog's wiki (PukiWiki's marks with a space: `* 見出し`, `** 議事`, `-- 発言`) and in Scrapbox
 * (Cosense: the title on the first line, `[** 見出し]`, items by indent, `[山口.icon]` for a person), turns nested under
 * an item of business, and a roll's `技術部 西田` (a department, then the person).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { wikiDialect } from '../../src/parser/readers/wiki.ts';
import { parseText } from './unseen-helpers.ts';

const turns = (text: string, source: string): [string, string][] => (parseText(text, source).meeting?.remarks ?? []).map((remark) => [remark.speaker, remark.text]);

describe("Backlog's wiki", () => {
	const text = [
		'* 第12回 品質改善委員会 議事録',
		'** 開催概要',
		'- 日時：2024年9月20日（金）15:00～16:00',
		'- 場所：本社3F会議室',
		'- 出席者：品質保証部 村上部長、製造部 加藤課長、技術部 西田',
		'** 議事',
		'+ 不良率の推移について',
		'-- 村上部長：8月は0.8%で目標内。',
		'-- 加藤課長：ライン2の段取り替えで一時的に増えた。',
		'+ 次回日程',
		'++ 10月18日（金）15:00',
	].join('\n');

	test('is read as the wiki it is: title, fields, roll (it had been a council header whose title kept its `*`)', () => {
		const result = parseText(text, 'backlog.txt');
		expect(result.family).toBe('markup');
		expect([result.meeting?.title, result.meeting?.series, result.meeting?.date, result.meeting?.location]).toEqual(['第12回 品質改善委員会 議事録', '品質改善委員会', '2024-09-20', '本社3F会議室']);
		expect(result.meeting?.participants[0]?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['村上', '部長', '品質保証部'],
			['加藤', '課長', '製造部'],
			['西田', null, '技術部'],
		]);
	});

	test('the turns nested under an item of business are remarks, and the items keep their numbers', () => {
		expect(turns(text, 'backlog.txt')).toEqual([
			['村上部長', '8月は0.8%で目標内。'],
			['加藤課長', 'ライン2の段取り替えで一時的に増えた。'],
		]);
		const lists = (parseText(text, 'backlog.txt').body.flatMap((section) => section.children) ?? []).filter((block) => block.type === 'list');
		expect(lists.map((list) => (list.type === 'list' ? [list.start ?? 1, list.items.map((item) => item.text)] : null))).toEqual([
			[1, ['不良率の推移について']],
			[2, ['次回日程']],
		]);
	});

	test('a Markdown file opening with bullets is no wiki; with a second-level heading and items after it, Backlog’s', () => {
		const lines = (texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));
		expect(wikiDialect(lines(['* 日時：2024年9月20日', '* 場所：本社', '- 出席者：村上', '', '# 品質改善委員会 議事録']))).toBeNull();
		expect(wikiDialect(lines(['* 第12回 品質改善委員会 議事録', '** 開催概要', '- 日時：2024年9月20日']))).toBe('pukiwiki');
		// (A bold line, `** 議事**`, is Markdown's emphasis, no heading.)
		expect(wikiDialect(lines(['* 第12回 品質改善委員会 議事録', '** 議事**', '- 日時：2024年9月20日']))).toBeNull();
	});
});

describe('a Scrapbox page', () => {
	const text = [
		'2024/10/08 地域ITコミュニティ 運営会議',
		'[** 概要]',
		' 日時: 2024年10月8日(火) 20:00-21:00',
		' 場所: Discord',
		' 参加者: [山口.icon] [小野.icon] [森本.icon]',
		'[** 議題]',
		' 1. 次回勉強会の内容',
		' 2. 会計報告',
		'[** 議事]',
		' [山口.icon] 次回は生成AIをテーマにしたい',
		'  [小野.icon] 講師の候補はいますか',
		'  [山口.icon] 知り合いに声をかけてみます',
		' [森本.icon] 会計は残高12,000円です [会計報告 https://example.org/kaikei]',
		'[** 決定事項]',
		' 次回テーマは生成AI',
		'#議事録 #運営会議',
	].join('\n');
	const result = parseText(text, 'scrapbox.txt');

	test('its title, fields and the people of its icons (it had been kept as a plain document)', () => {
		expect(result.family).toBe('markup');
		expect([result.meeting?.title, result.meeting?.date, result.meeting?.start, result.meeting?.location]).toEqual(['2024/10/08 地域ITコミュニティ 運営会議', '2024-10-08', '20:00', 'Discord']);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([['参加者', ['山口', '小野', '森本']]]);
		expect(result.meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '次回勉強会の内容'],
			[2, '会計報告'],
		]);
	});

	test('a line an icon opens is that person’s turn, replies nested under it too', () => {
		expect(turns(text, 'scrapbox.txt')).toEqual([
			['山口', '次回は生成AIをテーマにしたい'],
			['小野', '講師の候補はいますか'],
			['山口', '知り合いに声をかけてみます'],
			['森本', '会計は残高12,000円です 会計報告(https://example.org/kaikei)'],
		]);
	});

	test('the tags under the last item are kept apart from its words', () => {
		const texts = JSON.stringify(result.body);
		expect(texts).toContain('次回テーマは生成AI"');
		expect(texts).toContain('#議事録 #運営会議');
	});
});

describe('a department before a name in a roll', () => {
	test('`技術部 西田` is 西田 of 技術部; surnames ending in 部 stay names', () => {
		expect([parseNameLabel('技術部 西田'), parseNameLabel('総務課　佐藤 花子'), parseNameLabel('長谷部 誠'), parseNameLabel('総務部 部長 大野')]).toEqual([
			{ name: '西田', title: null, affiliation: '技術部' },
			{ name: '佐藤 花子', title: null, affiliation: '総務課' },
			{ name: '長谷部 誠', title: null, affiliation: null },
			{ name: '大野', title: '部長', affiliation: '総務部' },
		]);
	});
});
