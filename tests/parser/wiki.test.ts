/** Minutes kept in a wiki and saved as text: Redmine's Textile, PukiWiki and org-mode, read as the Markdown they mean. */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { wikiDialect } from '../../src/parser/readers/wiki.ts';

const TEXTILE = `h1. 第8回 会計システム保守定例 議事録

{{toc}}

h2. 開催概要

|_. 項目 |_. 内容 |
| 日時 | 2024年7月3日(水) 10:00〜11:00 |
| 場所 | 本社 4F 会議室A |
| 出席者 | 経理部：中島課長、小松 / システム部：村井 / 株式会社ネクストワン：坂口様 |

h2. 議題

# 6月の障害報告
# 次期保守契約

h2. 議事

h3. 1. 6月の障害報告

* 坂口様：6月の問い合わせは14件。うち障害は1件。
* 中島課長：再発防止策はどうなっているか。
** 坂口様：バッチの実行順序を見直した。
* 小松：登録番号のチェックも行ってほしい。

h3. 2. 次期保守契約

* 村井：現行契約は9月末で満了。
`;

const PUKIWIKI = `*第15回 基盤刷新プロジェクト定例会議 議事録 [#k3a9f2b1]
#contents

**日時・場所 [#d1e2f3a4]
-日時：2024/06/12(水) 15:00〜16:10
-場所：本社5F 中会議室

**出席者 [#p5q6r7s8]
-情報システム部：山田(PL)、佐藤
-ベンダー（ミライテック）：今井様

**議事 [#e5f4g3h2]
***1. 前回課題の確認 [#i1j2k3l4]
|~No|~課題|~担当|h
|13|バックアップ容量の見積り|佐藤|
-山田：No.13 はいつ頃完了見込みか。
-佐藤：来週水曜までに見積りを出す。
--今井様：単価は今週中に回答します。
`;

const ORG = `#+TITLE: 市民活動サポートセンター運営委員会（第4回）議事録
#+DATE: <2024-09-10 火 18:30-20:15>
#+OPTIONS: toc:nil num:nil

* 会議情報
  - 場所 :: ひかり市市民活動サポートセンター 研修室1
  - 出席委員 :: 大川（委員長）、佐野、杉浦
  - 事務局 :: 荒井（センター長）

* 議事
** 上半期の利用状況について
   - 荒井 :: 会議室の稼働率は62%で、前年同期より5ポイント上がった。
   - 佐野 :: 登録団体の数はどうなっているか。
   - 大川 :: アンケートの案を次回示してほしい。
`;

const read = (text: string, source: string) => {
	const [result] = parseDocuments(text, { source, sourceHash: '0'.repeat(64) });
	return { family: result!.family, meeting: result!.meeting! };
};

describe('minutes kept in a wiki', () => {
	test('Redmine’s Textile: headings, a table of fields, groups named before their colons, every turn', () => {
		const { family, meeting } = read(TEXTILE, 'redmine.txt');
		expect(family).toBe('markup');
		expect([meeting.title, meeting.series, meeting.date, meeting.start, meeting.end, meeting.location]).toEqual(['第8回 会計システム保守定例 議事録', '会計システム保守定例', '2024-07-03', '10:00', '11:00', '本社 4F 会議室A']);
		expect(meeting.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([
			['経理部', ['中島課長', '小松']],
			['システム部', ['村井']],
			['株式会社ネクストワン', ['坂口様']],
		]);
		expect(meeting.agenda.map((item) => item.title)).toEqual(['6月の障害報告', '次期保守契約']);
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.line])).toEqual([
			['坂口様', 21],
			['中島課長', 22],
			['坂口様', 23],
			['小松', 24],
			['村井', 28],
		]);
	});

	test('PukiWiki: headings with their anchors, fields and groups as list items, a table’s rows kept, every turn', () => {
		const { family, meeting } = read(PUKIWIKI, 'pukiwiki.txt');
		expect(family).toBe('markup');
		expect([meeting.title, meeting.date, meeting.start, meeting.location]).toEqual(['第15回 基盤刷新プロジェクト定例会議 議事録', '2024-06-12', '15:00', '本社5F 中会議室']);
		expect(meeting.participants.map((group) => group.group)).toEqual(['情報システム部', 'ベンダー（ミライテック）']);
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['山田', '佐藤', '今井様']);
		expect(meeting.sections.map((section) => section.title)).toContain('1. 前回課題の確認');
	});

	test('org-mode: the title and date keywords, description lists as fields and turns, indented text at the margin', () => {
		const { family, meeting } = read(ORG, 'minutes.org.txt');
		expect(family).toBe('markup');
		expect([meeting.title, meeting.date, meeting.start, meeting.end, meeting.location]).toEqual(['市民活動サポートセンター運営委員会（第4回）議事録', '2024-09-10', '18:30', '20:15', 'ひかり市市民活動サポートセンター 研修室1']);
		expect(meeting.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席委員', ['大川', '佐野', '杉浦']],
			['事務局', ['荒井']],
		]);
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['荒井', '会議室の稼働率は62%で、前年同期より5ポイント上がった。'],
			['佐野', '登録団体の数はどうなっているか。'],
			['大川', 'アンケートの案を次回示してほしい。'],
		]);
	});

	test('no dialect without its marks: a note starting with *, one h1. line, #+ in running text', () => {
		const lines = (text: string) => text.split('\n').map((line, index) => ({ text: line, line: index + 1 }));
		expect(wikiDialect(lines('*注意　本資料は内部用です。\n第３回会議　議事録\n日時：令和６年５月１日\n*印は欠席'))).toBeNull();
		expect(wikiDialect(lines('h1. 会議録\n日時：2024年5月1日\n本文'))).toBeNull();
		expect(wikiDialect(lines('第３回会議　議事録\n日時：令和６年５月１日\nC#+F#の話をした。'))).toBeNull();
	});
});
