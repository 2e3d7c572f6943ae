/**
 * Notion's and HackMD's meeting templates write the agenda as a list of tasks (`- [ ]  先週の振り返り`), the box ticked when
 * the item has been dealt with. The box is the page's; the agenda's items had kept it (`☐ 先週の振り返り`), and so failed
 * to meet the headings of the same items in the notes below.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const notes = [
	'# 週次定例 2025/10/07',
	'',
	'日時: 2025年10月7日 14:00 (JST)',
	'参加者: 木下 陽菜, 大野 蓮',
	'',
	'## アジェンダ',
	'',
	'- [x]  先週の振り返り',
	'- [ ]  リリース日程',
	'',
	'## メモ',
	'',
	'### 先週の振り返り',
	'',
	'- 大野：ログイン画面の改修は完了。',
	'',
	'### リリース日程',
	'',
	'- 木下：11月第2週を目標にしたい。',
	'',
].join('\n');

describe('an agenda written as tasks', () => {
	test('items without their boxes, each at its heading', () => {
		const meeting = parseText(notes, 'weekly.md').meeting;
		const sections = new Map(meeting?.sections.map((section) => [section.id, section.title]));
		expect(meeting?.agenda.map((item) => [item.title, item.section ? sections.get(item.section) : null])).toEqual([
			['先週の振り返り', '先週の振り返り'],
			['リリース日程', 'リリース日程'],
		]);
	});
});
