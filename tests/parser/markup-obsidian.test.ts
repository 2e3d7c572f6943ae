/**
 * Markdown minutes kept in an Obsidian vault: the attendees in the front matter as a list of wikilinks, Dataview's
 * inline fields (`司会:: [[…]]`) in a callout, turns written after a wikilink (`- [[岡田洋子]]: …`) and nested replies.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('an Obsidian note of a residents’ group', () => {
	const result = parseLines(
		[
			'---',
			'title: 2024-09-14 川べり清掃の会 世話人会',
			'tags:',
			'  - 会議',
			'attendees:',
			'  - "[[岡田洋子]]"',
			'  - "[[仁科 登|仁科]]"',
			'  - [[三宅亜紀]]',
			'---',
			'',
			'# 川べり清掃の会 世話人会 2024-09-14',
			'',
			'> [!info] 会議情報',
			'> - 日時:: 2024-09-14 10:00–11:30',
			'> - 司会:: [[岡田洋子]]',
			'> - 記録:: [[三宅亜紀]]',
			'',
			'## 議事',
			'- [[岡田洋子]]: 9月の清掃は参加者が18名だった。',
			'- [[仁科 登|仁科]]: 軍手の在庫が少ない。',
			'\t- [[三宅亜紀]]: 次回までに20組買い足す。',
			'- 集めたごみは [[清掃記録#9月|9月の記録]] に載せる',
			'',
			'[[2024-08-10 川べり清掃の会 世話人会|前回]] | [[川べり清掃の会]]',
		],
		'note.md',
	);

	test('lists the front matter’s attendees, unquoted wikilinks too, and the Dataview fields as roles', () => {
		expect(result.family).toBe('markup');
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席者', ['岡田洋子', '仁科', '三宅亜紀']],
			['司会', ['岡田洋子']],
			['記録', ['三宅亜紀']],
		]);
		expect([result.meeting?.date, result.meeting?.start, result.meeting?.end]).toEqual(['2024-09-14', '10:00', '11:30']);
	});

	test('reads a turn after a wikilink as that attendee’s, a nested one as the reply after it', () => {
		expect(turnsOf(result)).toEqual([
			['岡田洋子', '9月の清掃は参加者が18名だった。'],
			['仁科', '軍手の在庫が少ない。'],
			['三宅亜紀', '次回までに20組買い足す。'],
		]);
	});

	test('shows a wikilink as its text and no callout mark', () => {
		const texts: string[] = [];
		const collect = (block: Block): void => {
			if (block.type === 'list') for (const item of block.items) texts.push(item.text);
			else if (block.type === 'paragraph') texts.push(block.text);
			else if (block.type === 'remark') block.children.forEach(collect);
		};
		for (const section of result.body) section.children.forEach(collect);
		expect(texts).toContain('集めたごみは 9月の記録 に載せる');
		expect(texts).toContain('前回 | 川べり清掃の会');
		expect(texts.join('\n')).not.toMatch(/\[\[|\[!info\]|::/u);
	});
});

describe('front-matter attendees the text lists again', () => {
	const result = parseLines(
		['---', '参加者:', '  - "[[戸川]]"', '  - "[[久保]]"', '---', '# 文化部会 議事録', '- 日時: 2024年10月2日 19:00〜20:00', '- 参加者: 戸川、久保', '## 議事', '- 戸川: 展示の配置を決めた。'],
		'bunka.md',
	);

	test('are listed once', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([['参加者', ['戸川', '久保']]]);
		expect(turnsOf(result)).toEqual([['戸川', '展示の配置を決めた。']]);
	});
});
