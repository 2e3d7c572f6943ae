/**
 * An owners' association's 理事会 minutes kept in Markdown list the bills under a heading of their own, `## 議案` over a numbered
 * list (`1. 第1号議案　大規模修繕工事の施工会社選定について`), then take each up under a heading of its own after `## 審議内容`
 * (`### 第1号議案　…`). The list is the agenda, as it is under `## 議事` (the agenda had been empty, the list a section's text).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = (heading: string, mark: (index: number) => string) =>
	[
		'# グランドメゾン桜台管理組合　第5回理事会議事録',
		'',
		'- 日時：2024年10月20日（日）10:00〜11:40',
		'- 場所：集会室',
		'- 出席者：理事長 村井（501）、副理事長 岸（302）、理事 荒木（204）',
		'',
		heading,
		'',
		`${mark(1)} 第1号議案　大規模修繕工事の施工会社選定について`,
		`${mark(2)} 第2号議案　駐輪場の使用料改定について`,
		'',
		'## 審議内容',
		'',
		'### 第1号議案　大規模修繕工事の施工会社選定について',
		'',
		'荒木理事：B社は保証期間が長いが、金額が高い。',
		'村井理事長：総会に上程するのは、A社とB社の2社としたい。',
		'',
		'### 第2号議案　駐輪場の使用料改定について',
		'',
		'岸副理事長：月額100円から200円への改定案です。',
	].join('\n');

const agenda = (text: string) => parseText(text, 'rijikai.md').meeting?.agenda.map((item) => item.title);
const bills = ['第1号議案　大規模修繕工事の施工会社選定について', '第2号議案　駐輪場の使用料改定について'];

describe('the bills listed under a Markdown heading of their own', () => {
	test('`## 議案` over a numbered list', () => {
		expect(agenda(minutes('## 議案', (index) => `${index}.`))).toEqual(bills);
	});

	test('`## 審議事項` over bullets the later headings take up', () => {
		expect(agenda(minutes('## 審議事項', () => '-'))).toEqual(bills);
	});
});
