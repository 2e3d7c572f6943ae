/**
 * Hugo and wiki templates for minutes open with a table of contents of the page's own headings (`- [概要](#概要)` /
 * `  - [日時](#日時)`), and list under `## 決定事項` / `## アクション項目` what was decided with who will do it in brackets at
 * the end (`- 交差点の見守り当番を回覧で募集する（三浦）`), the same form as a point said by someone under `## 議論内容`
 * (`- 会場は公民館がよい(みなと)`). The contents had been a section of links' words; the decisions had been remarks of the
 * people who will carry them out.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const notes = [
	'# 第12回 運営ミーティング',
	'',
	'- [概要](#概要)',
	'  - [日時](#日時)',
	'  - [出席者(敬称略)](#出席者敬称略)',
	'- [議論内容](#議論内容)',
	'- [決定事項](#決定事項)',
	'',
	'## 概要',
	'',
	'### 日時',
	'',
	'2025/06/14(土)　 20:00 ～ 21:30',
	'',
	'### 出席者(敬称略)',
	'',
	'河野 由美、三浦 大地、石田 久美子',
	'',
	'## 議論内容',
	'',
	'- 会場は公民館の第2会議室がよい(河野)',
	'  - 定員が30名なので足りないのではないか？(三浦)',
	'',
	'## 決定事項',
	'',
	'- 見守り訪問に班長の協力を依頼する（河野）',
	'- 交差点の見守り当番を回覧で募集する（三浦）',
	'',
	'## アクション項目',
	'',
	'- 公民館に予約の電話をする（石田）',
	'',
].join('\n');

describe('contents and tasks in a template', () => {
	const meeting = parseText(notes, 'unei-12.md').meeting;

	test('the contents are no section', () => {
		expect(meeting?.sections.map((section) => section.title)).toEqual(['議論内容', '決定事項', 'アクション項目']);
	});

	test('points said by someone are their remarks; decisions and tasks are not', () => {
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['河野', '会場は公民館の第2会議室がよい'],
			['三浦', '定員が30名なので足りないのではないか？'],
		]);
	});
});
