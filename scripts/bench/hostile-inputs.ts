/**
 * Hostile seed texts of a chosen size, for the scaling benchmark and for tests that check such
 * input converts at all: one huge line, thousands of lines without a sentence end, runs of spaces,
 * thousands of opening brackets, deep brackets, thousands of speakers. Each is a whole minutes
 * document (title, date, body) so the parser runs every stage on it.
 */

/** The header every hostile text starts with, then the body heading. */
const HEAD = 'サイバーセキュリティタスクフォース（第99回）議事要旨\n\n1. 日時) 令和7年4月1日（火）10:00～12:00\n\n2. 場所) オンライン\n\n3. 議事概要\n\n(1) 開会\n\n';

/** A Diet transcript's header. */
const DIET_HEAD = '第196回国会 衆議院 内閣委員会 第20号\n令和七年四月一日（火曜日）\n　　　　午前九時開議\n出席委員\n　委員長　山際大志郎君\n\n';

/** A local assembly's header. */
const ASSEMBLY_HEAD = '令和６年第４回みなと市議会定例会会議録（第２号）\n開催日：令和７年４月１日\n○出席議員（２人）\n　１番　山田太郎　　２番　佐藤花子\n\n○議長（鈴木太郎君）　ただいまから本日の会議を開きます。\n';

/** One remark, for texts whose hostile part is not in the body (a body without text is an error). */
const REMARK = '\n小山構成員）以上です。\n';

/** A text of about `size` characters (or lines, as named) built around the hostile part. */
export const HOSTILE_INPUTS: Readonly<Record<string, (size: number) => string>> = {
	/** One line of `size` characters with no sentence end. */
	'long line without 。': (size) => `${HEAD}小山構成員）${'あいうえおかきくけこ'.repeat(Math.ceil(size / 10)).slice(0, size)}\n`,
	/** `size / 40` lines of 40 characters, none ending a sentence (every line continues the paragraph). */
	'lines without 。': (size) => `${HEAD}${Array.from({ length: Math.ceil(size / 40) }, (_, i) => `サイバーセキュリティの取組について議論が続き第${i}の論点として`.padEnd(40, 'あ')).join('\n')}\n`,
	/** A line with `size` spaces between two words (and a body line that is only spaces). */
	'run of spaces': (size) => `${HEAD}前${' '.repeat(size)}後\n${'\u3000'.repeat(size)}\n${' '.repeat(size)}x\n`,
	/** `size` opening full-width brackets on one line. */
	'opening brackets': (size) => `${HEAD}${'（'.repeat(size)}\n【${'【'.repeat(size)}\n`,
	/** Brackets nested `size / 2` deep. */
	'deep brackets': (size) => `${HEAD}小山構成員）${'（'.repeat(size / 2)}${'）'.repeat(size / 2)}\n`,
	/** `size / 20` one-line remarks by different speakers. */
	'many speakers': (size) => `${HEAD}${Array.from({ length: Math.ceil(size / 20) }, (_, i) => `構成員${i}構成員）はい。`).join('\n')}\n`,
	/** A header section (場所) of `size / 40` wrapped lines, and as many handout lines. */
	'long header sections': (size) =>
		`${HEAD.replace('2. 場所) オンライン', `2. 場所) ${Array.from({ length: Math.ceil(size / 80) }, (_, i) => `会議室${i}を含む各所を結ぶオンライン会議のため`).join('\n')}\n\n4. 配付資料\n\n資料 1 ${Array.from({ length: Math.ceil(size / 80) }, () => 'サイバーセキュリティの取組についての説明資料').join('\n')}`)}${REMARK}`,
	/** A list of people of `size / 12` entries each after a blank line (where the text may start), then the body. */
	'people between blank lines': (size) =>
		`${HEAD.replace('3. 議事概要\n\n(1) 開会\n\n', `3. 出席者\n\n${Array.from({ length: Math.ceil(size / 12) }, (_, i) => `山田${i}構成員`).join('\n\n')}\n\n4. 議事概要\n\n(1) 開会\n\n`)}${REMARK}`,
	/** `size / 10` numbered headings. */
	'many headings': (size) => `${HEAD}${Array.from({ length: Math.ceil(size / 10) }, (_, i) => `(${(i % 99) + 1}) 議題`).join('\n')}\n${REMARK}`,
	/** A long line of `議題（N）「…」` mentions. */
	'agenda mentions': (size) => `${HEAD}${'議題（1）「あ」'.repeat(Math.ceil(size / 9))}\n`,
	/** A line of `size` control characters and radicals between text (cleaned at decode). */
	'controls and radicals': (size) => `${HEAD}${`${'⾏'.repeat(199)}\u0007`.repeat(Math.ceil(size / 200))}\n`,
	/** One line of ideographs with variation selectors and of kana with separate sound marks, which the cleaning joins or drops (each had copied the line so far). */
	'selectors and sound marks': (size) => `${HEAD}${'辻\u{e0100}か\u3099'.repeat(Math.ceil(size / 5))}\n`,
	/** A spreadsheet of turns saved as text whose quoted cells never close: `size / 20` rows under `発言者<TAB>内容`. */
	'spreadsheet with open quotes': (size) => `打合せ議事録\n開催日\t2025/4/1\n発言者\t内容\n${Array.from({ length: Math.ceil(size / 20) }, (_, i) => `田中課長\t"発言${i}の続き`).join('\n')}\n`,
	/** Minutes kept in wikis, their marks before runs of spaces and brackets that never close: org-mode's `- term :: …` and headings, PukiWiki's headings and links. */
	'org-mode lines': (size) => `#+TITLE: 運営委員会（第4回）議事録\n#+DATE: <2025-04-01 火 18:30-20:15>\n* 議事 ${' '.repeat(size / 4)}:a\n- 大川 ${' '.repeat(size / 4)}x\n${Array.from({ length: Math.ceil(size / 40) }, (_, i) => `  - 委員${i} :: 発言${i}の内容です。`).join('\n')}\n`,
	'PukiWiki lines': (size) => `*第15回 定例会議 議事録 [#k3a9f2b1]\n#contents\n**日時 [#d1e2f3a4]\n-日時：2025/04/01(火) 15:00\n**議事${' '.repeat(size / 4)}[#x\n-山田：${'[['.repeat(size / 8)}\n${Array.from({ length: Math.ceil(size / 40) }, (_, i) => `-委員${i}：発言${i}の内容です。`).join('\n')}\n`,
	/** The other readers on the same hazards: a Diet transcript, an assembly's minutes and Markdown minutes with long runs of spaces and turns. */
	'diet transcript': (size) =>
		`${DIET_HEAD}○山際委員長　これより会議を開きます。${' '.repeat(size / 2)}\n${Array.from({ length: Math.ceil(size / 40) }, (_, i) => `○委員${i}君　質問します${'\u3000'.repeat(8)}（拍手）`).join('\n')}\n午後四時散会\n`,
	'assembly minutes': (size) =>
		`${ASSEMBLY_HEAD}${'\u3000'.repeat(size / 2)}\n${Array.from({ length: Math.ceil(size / 40) }, (_, i) => `○${(i % 40) + 1}番（山田太郎議員）　賛成です。${' '.repeat(10)}`).join('\n')}\n`,
	'markdown minutes': (size) => `# 第5回 理事会 議事録\n\n- 日時: 2025年4月1日 19:00〜21:00\n- 参加者: 山田, 佐藤\n\n## 議事\n\n${Array.from({ length: Math.ceil(size / 40) }, (_, i) => `- 山田: 論点${i}について${' '.repeat(20)}`).join('\n')}\n${' '.repeat(size / 2)}|\n`,
	/** Markdown minutes whose turns each carry a quoted note (an Obsidian callout): `size / 60` block quotes, which the Markdown parser takes time for with their square when it is given them at once. */
	'markdown block quotes': (size) => `# 第5回 理事会 議事録\n\n- 日時: 2025年4月1日 19:00〜21:00\n- 参加者: 山田, 佐藤\n\n## 議事\n\n${Array.from({ length: Math.ceil(size / 60) }, (_, i) => `山田: 論点${i}について。\n\n> [!note] メモ${i}\n> 確認。\n`).join('\n')}`,
	/** Markdown minutes whose list opens a `[` nothing closes, then one block of `size / 2` characters of spaced words and an address (GitHub's autolink extension had walked back to the bracket at every letter). */
	'markdown unclosed bracket': (size) => `# 第5回 理事会 議事録\n\n- 日時: 2025年4月1日 19:00〜21:00\n- 参加者: 山田, 佐藤\n\n## 議事\n\n- 山田: [未定 ${'a '.repeat(size / 4)}https://example.org\n`,
	/** The NDL API's XML answer: one meeting of `size / 120` speeches, one of them `size / 4` characters of escaped brackets. */
	'ndl xml answer': (size) =>
		`<?xml version="1.0" encoding="UTF-8"?>\n<data>\n<numberOfRecords>1</numberOfRecords>\n<meetingRecord>\n<issueID>121304889X00120250401</issueID>\n<session>217</session>\n<nameOfHouse>衆議院</nameOfHouse>\n<nameOfMeeting>内閣委員会</nameOfMeeting>\n<issue>第1号</issue>\n<date>2025-04-01</date>\n<closing/>\n${Array.from({ length: Math.ceil(size / 120) }, (_, i) => `<speechRecord><speechID>121304889X00120250401_${i}</speechID><speechOrder>${i + 1}</speechOrder><speaker>委員${i}</speaker><speech>○委員${i}君　質問します。${i === 0 ? '&lt;'.repeat(size / 16) : ''}</speech></speechRecord>`).join('\n')}\n</meetingRecord>\n</data>\n`,
	/** A Slack channel's JSON export of `size / 200` messages of seven members, a second apart (each message's line had been found by reading the file again from its start). */
	'slack export': (size) =>
		JSON.stringify(
			Array.from({ length: Math.ceil(size / 200) }, (_, i) => ({ type: 'message', user: `U${i % 7}`, user_profile: { real_name: `山田 ${'一二三四五六七'[i % 7]}郎` }, text: `議題${i}について意見を述べます。`, ts: `${1_743_469_200 + i}.000100` })),
			null,
			4,
		),
	/** A WebVTT transcript of `size / 60` cues of five speakers, and one cue of `size / 4` unclosed tag openings. */
	'webvtt transcript': (size) =>
		`WEBVTT\n\n企画会議 2025年4月1日\n\n${Array.from({ length: Math.ceil(size / 60) }, (_, i) => `${i + 1}\n00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000 --> 00:59:59.000\n<v 話者${i % 5}>議題${i}について意見を述べます。</v>`).join('\n\n')}\n\n99999\n00:59:59.000 --> 01:00:00.000\n${'<v '.repeat(Math.ceil(size / 12))}\n`,
	/** YouTube's captions: a cue opened by `size / 4` lines of spaces, then `size / 80` rolling cues with timing tags. */
	'rolling captions': (size) =>
		`WEBVTT\nKind: captions\nLanguage: ja\n\n企画会議 2025年4月1日\n\n00:00:00.000 --> 00:00:01.000 align:start position:0%\n${' \n'.repeat(size / 4)}はい\n\n${Array.from({ length: Math.ceil(size / 80) }, (_, i) => `00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000 --> 00:59:59.000 align:start position:0%\n議題${i}です\n議題${i + 1}<00:00:01.000><c>です</c>`).join('\n\n')}\n`,
};

/** The readers each hostile text must go to (the scaling benchmark checks it, so a text is measured where it is meant to be). */
export const HOSTILE_FAMILIES: Readonly<Record<string, string>> = { 'diet transcript': 'diet', 'assembly minutes': 'assembly', 'markdown minutes': 'markup', 'markdown block quotes': 'markup', 'markdown unclosed bracket': 'markup', 'spreadsheet with open quotes': 'plain', 'org-mode lines': 'markup', 'PukiWiki lines': 'markup', 'ndl xml answer': 'ndl-json' };
