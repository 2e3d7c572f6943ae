/**
 * A role in a Markdown roll with a note in brackets (`委員（敬称略）`, `理事（代理出席）`, `会長（欠席）`) names no one: the note
 * had been read as the holder's name (a person called 敬称略).
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `# 第3回 理事会 議事録

- 日時: 2024年5月10日 19:00〜21:00
- 出席者: 委員（敬称略）, 理事（代理出席）, 事務局（桑原）, 山田 太郎
- 欠席者: 会長（欠席）

## 議事

山田: 開会します。
`;

describe('roles with a note in brackets in a Markdown roll', () => {
	test('name no one, keep the role, and the note in the entry', () => {
		const { meeting } = parseMinutes(MINUTES, { source: 'rijikai-3.md', sourceHash: '0'.repeat(64) });
		const members = meeting?.participants.flatMap((group) => group.members) ?? [];
		expect(members.map((member) => [member.name, member.title])).toEqual([
			[null, '委員'],
			[null, '理事'],
			['桑原', '事務局'],
			['山田 太郎', null],
			[null, '会長'],
		]);
		expect(members.map((member) => member.text)).toContain('理事（代理出席）');
		expect(members.some((member) => /敬称略|代理出席|欠席/u.test(member.name ?? ''))).toBe(false);
	});
});
