/**
 * Hostile seed text in the council reader's new layouts (unmarked and anonymised speakers, label-alone
 * speakers, web-list bullets) reaches the MDX as text: markup, expressions, ES modules and Markdown marks
 * never become structure.
 */
import { describe, expect, test } from 'vitest';
import { toMdx } from '../../src/converter/mdx.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { expectFaithfulMdx } from '../converter/mdx-check.ts';

const options = { source: 'test.txt', sourceHash: 'a'.repeat(64) };
const ENTRY = 'council-hostile-001';
const HOSTILE = ['<script>alert(1)</script>', '{1+1}', "import x from 'y'", 'export const leak = 1', '# 見出しではない', '*強調*と_下線_', '<Remark id="evil">'];

describe.each(HOSTILE.map((text) => ({ text })))('$text', ({ text }) => {
	test('in a verbatim 議事録: unmarked, anonymised and label-alone speakers keep it as their text', () => {
		const result = parseMinutes(
			[
				'情報通信審議会',
				`情報通信技術分科会（第１回）議事録`,
				'日時：令和6年5月1日',
				'出席者（敬称略）',
				`- 山田 太郎 委員(会長)`,
				'議題',
				`（１）${text}`,
				'',
				'開　会',
				'',
				`○山田分科会長　${text}。`,
				`山田座長　${text}`,
				`（Ａ）　${text}`,
				'事務局',
				`　${text}。`,
			].join('\n'),
			options,
		);
		expect(result.family).toBe('council');
		expect(result.meeting?.remarks.map((r) => [r.speaker, r.text])).toEqual([
			['山田分科会長', `${text}。`],
			['山田座長', text],
			['Ａ', text],
			['事務局', `${text}。`],
		]);
		expectFaithfulMdx(toMdx(result, ENTRY), result, ENTRY);
	});

	test('in a 議事要旨 web page: bulleted members, agenda and points keep it as text', () => {
		// A bulleted entry may itself read as a group heading (`<script>` like `＜委員＞`): it stays text either way.
		const result = parseMinutes(
			['議事要旨', '内閣府', 'テスト推進会議（第2回）', '1 開催日時', '令和6年5月1日', '3 出席者', `- 山田 太郎 委員`, `• ${text}`, '4 議題', `- ${text}`, '5 議事概要', '(1) 論点', `○ ${text}`, `・${text}`].join('\n'),
			options,
		);
		expect(result.family).toBe('council');
		expect(result.meeting?.participants[0]?.members[0]).toEqual({ text: '山田 太郎 委員', name: '山田 太郎', title: '委員', affiliation: null });
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual([text]);
		expect(result.body.flatMap((section) => section.children).flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.text) : []))).toEqual([`○ ${text}`, `・${text}`]);
		expectFaithfulMdx(toMdx(result, ENTRY), result, ENTRY);
	});
});
