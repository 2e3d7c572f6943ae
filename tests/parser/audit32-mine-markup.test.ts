/**
 * Notes kept in Emacs org-mode without a `#+TITLE:` line (a `.org` file, or `#+DATE:`/`#+AUTHOR:` lines over the first
 * heading), Markdown saved as `.markdown`, a front matter's lists of people under English keys, and an agenda item not
 * linked to a heading that is only the minutes' label (`## 議事`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listSeedFolder } from '../../src/converter/seed-files.ts';
import { parseText } from './unseen-helpers.ts';

const ORG_BODY = [
	'* 第5回 情報化推進委員会 議事録',
	'** 出席者',
	'- 委員長 :: 山本 太郎',
	'- 委員 :: 佐藤 花子、鈴木 一郎',
	'** 議題',
	'1. 前回議事録の確認',
	'2. 新システムの導入について',
	'** 議事',
	'- 山本委員長 :: ただいまから第5回委員会を開会します。',
	'- 佐藤委員 :: 導入時期はいつ頃を予定していますか。',
	'- 高橋（事務局） :: 来年4月を予定しています。',
];

const turns = (text: string, source: string): [string, string][] => (parseText(text, source).meeting?.remarks ?? []).map((remark) => [remark.speaker, remark.text]);

describe('org-mode minutes without #+TITLE', () => {
	const expected: [string, string][] = [
		['山本委員長', 'ただいまから第5回委員会を開会します。'],
		['佐藤委員', '導入時期はいつ頃を予定していますか。'],
		['高橋（事務局）', '来年4月を予定しています。'],
	];

	test('org keywords over the first heading mark the file as org-mode: its heading is the title, its terms the roll and the turns', () => {
		const text = ['#+AUTHOR: 情報システム課', '#+DATE: <2024-10-16 水 14:00>', '#+OPTIONS: toc:nil', '', ...ORG_BODY].join('\n');
		const result = parseText(text, 'minutes.txt');
		expect(result.family).toBe('markup');
		expect(result.meeting?.title).toBe('第5回 情報化推進委員会 議事録');
		expect([result.meeting?.date, result.meeting?.start]).toEqual(['2024-10-16', '14:00']);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['委員長', ['山本 太郎']],
			['委員', ['佐藤 花子', '鈴木 一郎']],
		]);
		expect(turns(text, 'minutes.txt')).toEqual(expected);
	});

	test('a file named .org is read as org-mode with no keyword line at all', () => {
		const text = [ORG_BODY[0], '開催日時：2024年10月16日（水）14:00～15:00', ...ORG_BODY.slice(1)].join('\n');
		const result = parseText(text, '2024-10-16-委員会.org');
		expect(result.family).toBe('markup');
		expect(result.meeting?.title).toBe('第5回 情報化推進委員会 議事録');
		expect(turns(text, '2024-10-16-委員会.org')).toEqual(expected);
	});

	test('the agenda item `前回議事録の確認` is not linked to the heading `議事`; an item whose heading is its own title is', () => {
		const text = ['#+DATE: <2024-10-16 水>', '', ...ORG_BODY, '** 新システムの導入について', '- 山本委員長 :: 事務局から説明をお願いします。'].join('\n');
		const meeting = parseText(text, 'a.org').meeting;
		const sections = new Map(meeting?.sections.map((section) => [section.id, section.title]));
		expect(meeting?.agenda.map((item) => [item.title, item.section === null ? null : sections.get(item.section)])).toEqual([
			['前回議事録の確認', null],
			['新システムの導入について', '新システムの導入について'],
		]);
	});
});

describe('a Markdown note whose front matter lists people under English keys', () => {
	const text = [
		'---',
		'title: 週次定例ミーティング',
		'date: 2024-11-12',
		'attendees:',
		'  - 田中 健',
		'  - 伊藤 真理',
		'absent: [渡辺 翔]',
		'facilitator: 田中 健',
		'note-taker: 伊藤 真理',
		'tags: [定例]',
		'---',
		'',
		'## 進捗共有',
		'',
		'**田中**: 先週の課題はすべて片付きました。',
		'',
		'**伊藤**: 問い合わせ対応が3件残っています。',
	].join('\n');

	test('each list is a group named in Japanese, the absent kept (they had been dropped without a word)', () => {
		const meeting = parseText(text, 'weekly.md').meeting;
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席者', ['田中 健', '伊藤 真理']],
			['欠席者', ['渡辺 翔']],
			['司会', ['田中 健']],
			['記録', ['伊藤 真理']],
		]);
		expect(turns(text, 'weekly.md').map(([speaker]) => speaker)).toEqual(['田中', '伊藤']);
	});

	test('Japanese keys name their group as written', () => {
		const japanese = text.replace('attendees:', '参加者:').replace('absent:', '欠席:');
		expect(parseText(japanese, 'weekly.md').meeting?.participants.map((group) => group.group).slice(0, 2)).toEqual(['参加者', '欠席']);
	});
});

describe('seed file names', () => {
	const dir = mkdtempSync(join(tmpdir(), 'seeds-org-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('.org and .markdown files are seeds, not refused as unknown types', async () => {
		for (const name of ['a.org', 'b.markdown', 'c.MD', 'd.xlsx']) writeFileSync(join(dir, name), '# x\n');
		const entries = await listSeedFolder(dir);
		const byName = new Map(entries.map((entry) => [entry.name, entry.kind]));
		expect([byName.get('a.org'), byName.get('b.markdown'), byName.get('c.MD'), byName.get('d.xlsx')]).toEqual(['seed', 'seed', 'seed', 'problem']);
	});
});

describe('the seed offered for download', () => {
	test('a .markdown seed is served as Markdown, a .org one as plain text', async () => {
		const { seedContentType } = await import('../../src/exports/download.ts');
		expect([seedContentType('a.markdown'), seedContentType('b.org')]).toEqual(['text/markdown; charset=utf-8', 'text/plain; charset=utf-8']);
	});
});
