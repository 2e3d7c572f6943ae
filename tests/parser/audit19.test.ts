/**
 * The nineteenth audit's layouts, written here after real pages: a ministry's 議事要旨 numbered within each fiscal
 * year under the page's own heading (`（令和5年度第4回）`, MLIT), a residents' association's minutes with its header
 * fields as a list (`・日時;…`), pages copied with their site's navigation above the title (`文字サイズ変更`,
 * `首相官邸 トップページ`), a ministry's page with its `(照会先)` at the foot, 衆議院 committee records without their
 * title line and with the convening roll of a session's first sitting, a budget 分科会 (`○城井分科員`,
 * `○あべ副大臣`), and a metropolitan committee whose post joins two names with ・ (`○西尾子供・子育て支援部長`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { readSittingTime } from '../../src/parser/date.ts';
import { classifyLine } from '../../src/parser/lines.ts';
import { readTitle } from '../../src/parser/title.ts';
import { isStageDirection } from '../../src/parser/transcript.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { isAbsentEntry } from '../../src/people/roles.ts';
import { remarkKey } from '../../src/people/types.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { meetingOf, parseLayout, parseText } from './unseen-helpers.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts');
const parse = parseLayout;
const warnings = (file: string) => parse(file).diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);

describe('a body that numbers its meetings within each fiscal year', () => {
	const [a, b] = ['council/audit19-mlit-fiscal-year-2023.txt', 'council/audit19-mlit-fiscal-year-2024.txt'].map(meetingOf) as [Meeting, Meeting];

	test('the same 第4回 of two years are two meetings with two ids, each with its year', () => {
		expect([a.session, b.session]).toEqual([4, 4]);
		expect([a.date, b.date]).toEqual(['2023-11-28', '2024-11-26']);
		expect([entryId(a), entryId(b)]).toEqual([`${a.seriesSlug}-fy2023-004`, `${a.seriesSlug}-fy2024-004`]);
		expect(b.seriesSlug).toBe(a.seriesSlug);
	});

	test('the page\'s heading over the title is not said twice in the title and the series, nor warned about; 主な議題 is the agenda', () => {
		expect(a.title).toBe('交通政策審議会地域公共交通部会 （令和5年度第4回）議事要旨');
		expect(a.series).toBe('交通政策審議会地域公共交通部会');
		expect(a.agenda.map((item) => item.title)).toEqual(['オブザーバーからのヒアリング', '委員からのプレゼンテーション', '中間とりまとめ案骨子について', 'その他']);
		expect(warnings('council/audit19-mlit-fiscal-year-2023.txt').join('\n')).not.toMatch(/not understood|主な議題/u);
	});
});

describe('header fields written as a list', () => {
	test('`・日時;令和6年4月7日(日)10:00～11:30` gives the date and times over the circulation date above the title, `・場所;` the place', () => {
		const meeting = meetingOf('council/audit19-bulleted-fields.txt');
		expect({ date: meeting.date, start: meeting.start, end: meeting.end, location: meeting.location }).toEqual({ date: '2024-04-07', start: '10:00', end: '11:30', location: 'つつじが丘ふれあいセンター' });
		expect(warnings('council/audit19-bulleted-fields.txt').join('\n')).not.toMatch(/・日時|・場所/u);
	});
});

describe('a page copied with its site\'s navigation above the title', () => {
	test.each([
		{ file: 'council/audit19-font-size-nav.txt', series: '独立行政法人評価委員会経済産業研究所分科会', session: 24, date: '2008-02-26' },
		{ file: 'council/audit19-top-page-nav.txt', series: '地域交通再生推進委員会', session: 1, date: '2023-06-24' },
	])('$file: the series is the body, without 文字サイズ変更 or トップページ', ({ file, series, session, date }) => {
		const meeting = meetingOf(file);
		expect({ series: meeting.series, session: meeting.session, date: meeting.date }).toEqual({ series, session, date });
		expect(meeting.title).not.toMatch(/文字サイズ|トップページ/u);
	});

	test('an old ministry page\'s speakers as items of a list of their own, each one\'s words indented below it, are turns', () => {
		const meeting = meetingOf('council/audit19-font-size-nav.txt');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['小野分科会長', '高橋室長', '及川理事長', '古城委員', '藤田所長', '小野分科会長']);
		expect(meeting.remarks[0]?.text).toMatch(/^ただいまから「第24回/u);
		expect(meeting.remarks.some((remark) => /•/u.test(remark.text))).toBe(false);
	});

	test('a list of names with text under it at the list\'s own depth stays a list', () => {
		const text = ['テスト研究会（第3回）議事要旨', '', '日時：令和6年5月10日（金）10:00～11:00', '', '議事概要', '', '  • 田中委員', '  • 佐藤委員', '', '  以上の委員から、地域の取組について意見があった。', ''].join('\n');
		const { meeting } = parseText(text, 'list.txt');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual([]);
	});

	test('a ministry\'s `(照会先)` block at the foot is no part of the last remark', () => {
		const meeting = meetingOf('council/audit19-contact-foot.txt');
		const last = meeting.remarks.at(-1);
		expect(last?.speaker).toBe('鈴木地域医療計画課長');
		expect(last?.text).toBe('次回の日程は、追って御連絡いたします。本日はありがとうございました。');
		expect(JSON.stringify(meeting)).not.toMatch(/照会先|代表電話/u);
	});
});

describe('衆議院 committee records', () => {
	test('a session\'s first sitting is dated by its own date line, not by the convening roll above it', () => {
		const meeting = meetingOf('diet/audit19-convening-roll.txt');
		expect(meeting.date).toBe('2024-01-31');
		expect(meeting.start).toBe('09:00');
	});

	test('`○鈴木国務大臣` is the 財務大臣 of the roll, `○岸田内閣総理大臣` the 内閣総理大臣', () => {
		const meeting = meetingOf('diet/audit19-convening-roll.txt');
		const id = entryId(meeting);
		const index = resolvePeople([{ id, data: meeting }]);
		const personOf = (speaker: string) => new Set(meeting.remarks.filter((remark) => remark.speaker === speaker).map((remark) => index.byId.get(index.byRemark.get(remarkKey(id, remark.id)) ?? '')?.name));
		expect([...personOf('鈴木国務大臣')]).toEqual(['鈴木 俊一']);
		expect([...personOf('岸田内閣総理大臣')]).toEqual(['岸田 文雄']);
	});

	test('without the title line, the date line, 午前九時開議 and 出席委員 make it the Diet\'s: dated, its roll read, every turn', () => {
		const { meeting, diagnostics } = parse('diet/audit19-no-title-line.txt');
		expect(meeting?.date).toBe('2024-01-31');
		expect(meeting?.start).toBe('09:00');
		const roll = meeting?.participants.find((group) => group.group === '出席委員');
		expect(roll?.members.map((member) => member.name)).toContain('小野寺五典');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toContain('小野寺委員長');
		expect(meeting?.remarks.every((remark) => !/君予算委員会専門員/u.test(remark.text))).toBe(true);
		// The committee is named by no line: said once, as a warning.
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	test('a budget 分科会: `○城井分科員` and `○あべ副大臣` are turns of their own, none glued into another', () => {
		const meeting = meetingOf('diet/audit19-budget-subcommittee.txt');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['上川主査', '城井分科員', '矢野政府参考人', '城井分科員', '盛山国務大臣', '上川主査', '櫻井分科員', 'あべ副大臣', '櫻井分科員', '上川主査']);
		expect(meeting.remarks.some((remark) => /○/u.test(remark.text))).toBe(false);
	});
});

describe('a post that joins two names with ・', () => {
	test('`○西尾子供・子育て支援部長　…` is the 部長\'s turn, not the words of the member before', () => {
		const meeting = meetingOf('council/audit19-post-with-middle-dot.txt');
		const speakers = meeting.remarks.map((remark) => remark.speaker);
		expect(speakers).toContain('西尾子供・子育て支援部長');
		const before = meeting.remarks[speakers.indexOf('西尾子供・子育て支援部長') - 1];
		expect(before?.text).not.toMatch(/医療的ケア児支援センターは/u);
	});
});

describe('an assembly\'s rolls headed as a list of 一', () => {
	const file = 'assembly/audit19-kanji-numbered-rolls.txt';

	test('`一　出席議員（三十二名）`, `一　欠席議員`, `一　説明員`, `一　議事日程` are the rolls and the agenda, not notes', () => {
		const meeting = meetingOf(file);
		const size = (group: string) => meeting.participants.find((one) => one.group === group)?.members.length ?? 0;
		expect(size('出席議員')).toBe(32);
		expect(size('欠席議員')).toBe(2);
		expect(size('説明のため出席した者')).toBeGreaterThan(0);
		expect(meeting.agenda.length).toBeGreaterThan(0);
	});

	test('a seat set in a fixed pitch (`十　一番`) is the seat, not the end of the name before it', () => {
		const names = meetingOf(file).participants.find((one) => one.group === '出席議員')?.members.map((member) => member.name);
		expect(names).toContain('清水 ゆうこ');
		expect(names).toContain('中野あい');
		expect(names?.some((name) => /君|[一二三四五六七八九十]$/u.test(name ?? ''))).toBe(false);
	});

	test('the session in kanji (`令和六年第一回定例会`) is the session, in digits', () => {
		expect(meetingOf(file).sessionLabel).toBe('令和6年第1回定例会 第3号');
	});
});

describe('an assembly\'s roll headed `出席議員氏名（8人）`', () => {
	test('氏名 is no member: 8 present, 1 absent, and the officials of `説明のため出席した者の職氏名` a group of their own', () => {
		const meeting = meetingOf('assembly/audit19-roll-names-heading.txt');
		const members = (group: string) => meeting.participants.find((one) => one.group === group)?.members.map((member) => member.name) ?? [];
		expect(members('出席議員')).toHaveLength(8);
		expect(members('欠席議員')).toEqual(['西聖一']);
		expect(members('説明のため出席した者')).toContain('蒲島郁夫');
		expect(meeting.participants.flatMap((group) => group.members).some((member) => member.name === '氏名')).toBe(false);
	});
});

describe('an NPO\'s general meeting', () => {
	test('`議長が議場に諮ったところ、…承認された。` after the questions is what was decided, no answerer\'s words', () => {
		const meeting = meetingOf('council/audit19-npo-general-meeting.txt');
		expect(meeting.remarks.length).toBeGreaterThan(0);
		expect(meeting.remarks.some((remark) => /諮ったところ/u.test(remark.text))).toBe(false);
	});
});

describe('a roll of every member headed by both 出席 and 欠席', () => {
	test('each row\'s own word says who was absent (`出席並びに欠席委員の詳細`: the heading\'s 欠席 had made everyone absent)', () => {
		const meeting = meetingOf('council/audit19-present-and-absent-table.txt');
		const roll = meeting.participants.find((group) => /出席並びに欠席/u.test(group.group));
		expect(roll).toBeDefined();
		const absent = roll!.members.filter((member) => isAbsentEntry(roll!.group, member.text)).map((member) => member.name);
		expect(absent).toEqual(['田中孝男']);
		expect(isAbsentEntry('欠席委員', '田中孝男')).toBe(true);
		expect(isAbsentEntry('委員出欠', '橋本昌平（欠席）')).toBe(true);
		expect(isAbsentEntry('委員出欠', '橋本昌平')).toBe(false);
	});
});

describe('an assembly\'s stage directions and closing', () => {
	test('`午前11時05分　閉　議` closes the sitting: the end time, not words of the last remark', () => {
		expect(readSittingTime('午前11時05分　閉　議')).toEqual({ event: '閉議', clock: '11:05', item: false });
		const meeting = meetingOf('council/audit19-closing-heigi.txt');
		expect(meeting.end).toBe('11:05');
		expect(meeting.remarks.at(-1)?.text).not.toMatch(/閉\s*議/u);
	});

	test('two events on one line (`午後１時５５分　開会、開議`, `午後３時１６分　閉議、閉会`) are the opening and the closing', () => {
		expect(readSittingTime('午後１時５５分　開会、開議')).toEqual({ event: '開会', clock: '13:55', item: false });
		expect(readSittingTime('午後３時１６分　閉議、閉会')).toEqual({ event: '閉議', clock: '15:16', item: false });
	});

	test('two directions on one line (`〔岩田智子さん登壇〕（拍手）`) are a stage direction, as one is', () => {
		for (const line of ['〔岩田智子さん登壇〕（拍手）', '〔46番千葉伝君登壇〕(拍手)']) {
			expect(isStageDirection(line)).toBe(true);
			expect(classifyLine(line, { inRemark: true, lastHeadingNumber: null }).kind).toBe('note');
		}
		expect(classifyLine('（注）〔参考〕の通り', { inRemark: true, lastHeadingNumber: null }).kind).toBe('paragraph');
	});
});

describe('Markdown and reST with a tool\'s line before the first heading', () => {
	test('`[[_TOC_]]` first: still Markdown, its fields and every turn read', () => {
		const { meeting, family } = parse('markup/audit19-toc-first.md');
		expect(family).toBe('markup');
		expect(meeting?.date).toBe('2024-05-10');
		expect(meeting?.start).toBe('10:00');
		expect(meeting?.participants.length).toBe(3);
		expect(meeting?.remarks.length).toBe(8);
		expect(JSON.stringify(meeting)).not.toMatch(/_TOC_/u);
	});

	test.each(['[TOC]', '<!-- 議事録テンプレート v2 -->', '${toc}'])('%s first: still Markdown', (line) => {
		const text = readFileSync(join(DIR, 'markup/audit19-toc-first.md'), 'utf8').replace('[[_TOC_]]', line);
		const result = parseText(text, 'toc.md');
		expect(result.family).toBe('markup');
		expect(result.meeting?.remarks.length).toBe(8);
	});

	test('reST whose first lines are comments and a directive (`.. -*- rst -*-`, `.. include:: links.inc`): its title, not the comment', () => {
		const { meeting, family } = parse('markup/audit19-rst-comments-first.rst');
		expect(family).toBe('markup');
		expect(meeting?.title).toBe('第8回 データ分析研究会 (2024-05-10)');
		expect(meeting?.series).toBe('データ分析研究会');
	});
});

describe('Markdown whose heading over the fields carries an emoji', () => {
	test('`## 📅 基本情報` over `- **日時**：…`: the fields are read, the date is the meeting\'s (not the page\'s created_at), every turn', () => {
		const meeting = meetingOf('markup/audit19-emoji-field-heading.md');
		expect({ date: meeting.date, start: meeting.start, end: meeting.end }).toEqual({ date: '2024-05-13', start: '14:00', end: '15:00' });
		expect(meeting.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['長谷川', '村上', '近藤', '青木']);
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['長谷川', '村上', '近藤', '青木']);
	});
});

describe('a board of education\'s minutes', () => {
	test('an official of the board speaks without a mark (`川島指導室長　　…`): the turn is theirs, not the end of the member\'s question', () => {
		const meeting = meetingOf('council/audit19-board-of-education.txt');
		const speakers = meeting.remarks.map((remark) => remark.speaker);
		expect(speakers.filter((speaker) => speaker === '川島指導室長')).toHaveLength(2);
		expect(meeting.remarks.some((remark) => /川島指導室長/u.test(remark.text))).toBe(false);
		expect(entryId(meeting)).toMatch(/-y2024-020$/u);
	});
});

describe('an association of municipalities\' assembly opening with its 招集告示', () => {
	test('the sitting is dated by its 期日, not by the day the notice was issued; the session names the body before its number', () => {
		const { meeting, family } = parse('assembly/audit19-convening-notice.txt');
		expect(family).toBe('assembly');
		expect(meeting?.date).toBe('2024-03-19');
		expect(meeting?.sessionLabel).toBe('令和6年第2回定例会 第1号');
	});
});

describe('online meetings\' transcripts', () => {
	test('a Teams display name with the name in Latin letters after it (`森川　智子(Morikawa, Tomoko)`) speaks as the Japanese name', () => {
		const vtt = ['WEBVTT', '', '00:00:03.120 --> 00:00:09.340', '<v 森川　智子(Morikawa, Tomoko)>はい、それでは時間になったので始めます。</v>', '', '00:00:10.000 --> 00:00:14.000', '<v 大野　健(Ono, Ken)>よろしくお願いします。</v>', '', '00:00:15.000 --> 00:00:18.000', '<v Sarah Lee (Guest)>Thank you.</v>'].join('\n');
		const { meeting } = parseText(vtt, '営業部定例_20240510.vtt');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森川　智子', '大野　健', 'Sarah Lee']);
	});

	test('Google Meet\'s closing lines (`文字起こしの終了`, its note that the transcript was computer generated) are no words of the last speaker', () => {
		const text = ['プロジェクト定例 (2024-05-10 10:02 GMT+09:00) の文字起こし', '出席者', '佐藤 健, 鈴木 花子', '文字起こし', '00:00:00', '', '佐藤 健: では始めます。今日は3点あります。', '鈴木 花子: お願いします。', '文字起こしの終了', '', 'この編集可能な文字起こしはコンピュータによって生成されたもので、誤りが含まれている可能性があります。'].join('\n');
		const { meeting } = parseText(text, 'meet.txt');
		expect(meeting?.remarks.at(-1)?.text).toBe('お願いします。');
	});
});

describe('a Zoom meeting\'s chat as Zoom saves it', () => {
	const local = ['19:02:11 From 小林 正 to Everyone:', '\t資料はこちらです https://drive.example.com/file/d/abc123', '19:03:40 From 加藤 美穂 to Everyone:', '\tありがとうございます、開けました', '19:04:05 From 吉田 浩二 to Everyone:', '\tReacted to "資料はこちらです https..." with 👍', '19:10:52 From 吉田 浩二 to Everyone:', '\t会費の未納は5世帯です', '\t6月中に班長さんに回ってもらいます', '19:12:30 From 加藤 美穂 to 小林 正(Direct Message):', '\t少し早めに抜けます', '19:20:01 From 山口 裕子 to Everyone:', '\t次回は6月14日です'].join('\n');

	test('saved on the computer: dated by its file\'s name, each message a turn of its author, no direct message or reaction', () => {
		const { meeting, family } = parseText(local, '2024-05-10 19.00.00 町内会オンライン役員会_meeting_saved_chat.txt');
		expect(family).toBe('council');
		expect({ series: meeting?.series, date: meeting?.date, start: meeting?.start, end: meeting?.end }).toEqual({ series: '町内会オンライン役員会', date: '2024-05-10', start: '19:02', end: '19:20' });
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['小林 正', '加藤 美穂', '吉田 浩二', '山口 裕子']);
		expect(meeting?.remarks[2]?.text).toContain('会費の未納は5世帯です 6月中に班長さんに回ってもらいます');
		expect(JSON.stringify(meeting)).not.toMatch(/Reacted|少し早めに抜けます|Direct Message/u);
	});

	test('from the cloud recording (`00:02:11<TAB>小林 正:<TAB>…`): read, where it had been refused as a table', () => {
		const cloud = ['00:02:11\t小林 正:\t資料はこちらです', '00:03:40\t加藤 美穂:\tありがとうございます、開けました', '00:10:52\t吉田 浩二:\t会費の未納は5世帯です'].join('\n');
		const { meeting, diagnostics } = parseText(cloud, '町内会役員会_2024-05-10_chat.txt');
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(meeting?.date).toBe('2024-05-10');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['小林 正', '加藤 美穂', '吉田 浩二']);
	});
});

describe('the series a title names, one for every sitting of the body', () => {
	test.each([
		{ title: '教育委員会議（１０月定例会）会議録', series: '教育委員会議', session: null },
		{ title: '教育委員会議（１１月定例会）会議録', series: '教育委員会議', session: null },
		{ title: '令和６年第３回宮守町選挙管理委員会定例会会議録', series: '宮守町選挙管理委員会', session: 3 },
		{ title: '令和６年第１回宮守町選挙管理委員会臨時会会議録', series: '宮守町選挙管理委員会', session: 1 },
		{ title: '第 10 回 農 業 委 員 会 議 事 録', series: '農業委員会', session: 10 },
		{ title: 'Weekly Rust-JP #23 (2024/05/18開催)', series: 'Weekly Rust-JP', session: 23 },
		{ title: 'プロジェクト定例 (2024-05-10 10:02 GMT+09:00) の文字起こし', series: 'プロジェクト定例', session: null },
		{ title: 'サイバーセキュリティタスクフォース（第42回）議事要旨', series: 'サイバーセキュリティタスクフォース', session: 42 },
	])('$title → $series', ({ title, series, session }) => {
		const read = readTitle(title, null);
		expect({ series: read.series, session: read.session }).toEqual({ series, session });
	});
});

describe('Markdown kept in HackMD and a meetup\'s notes', () => {
	test('HackMD\'s containers (`:::success` … `:::`) and `[TOC]` leave no mark in the text; their words stay', () => {
		const result = parse('markup/audit19-hackmd-containers.md');
		const text = JSON.stringify([result.meeting, result.body]);
		expect(text).not.toMatch(/:::|\[TOC\]/u);
		expect(text).toContain('10月はハンズオン1枠');
	});

	test('`# Weekly Rust-JP #23 (2024/05/18開催)`: the series is the meetup, numbered 23, dated by its title', () => {
		const meeting = meetingOf('markup/audit19-numbered-meetup.md');
		expect({ series: meeting.series, session: meeting.session, date: meeting.date }).toEqual({ series: 'Weekly Rust-JP', session: 23, date: '2024-05-18' });
	});
});

describe('participants written as mentions', () => {
	test('`- **参加者：** @alice @bob @chika @daisuke`: four people, and each one\'s `alice: …` a turn', () => {
		const result = parse('markup/audit19-hackmd-containers.md');
		expect(result.meeting?.participants.find((group) => group.group === '参加者')?.members.map((member) => member.name)).toEqual(['alice', 'bob', 'chika', 'daisuke']);
		expect(new Set(result.meeting?.remarks.map((remark) => remark.speaker))).toEqual(new Set(['alice', 'bob', 'chika', 'daisuke']));
	});

	test('a roll of GitHub handles (`@mori (記録)`) names its people, and `- @mori: …` is a turn of theirs', () => {
		const meeting = meetingOf('markup/audit19-github-handles.md');
		const names = meeting.participants.flatMap((group) => group.members.map((member) => member.name));
		expect(names).toContain('mori');
		expect(meeting.remarks.map((remark) => remark.speaker)).toContain('@mori');
	});
});

describe('a meeting between companies, its people in a table\'s cells', () => {
	test('`A社：川口、森<br>B社：石田、前田` and `A社：山下（部長）`: each person with their company, and every `**名前**：…` a turn', () => {
		const meeting = meetingOf('markup/audit19-companies-in-cells.md');
		const people = meeting.participants.flatMap((group) => group.members.map((member) => [group.group, member.name, member.title, member.affiliation]));
		expect(people).toEqual([
			['議長', '山下', '部長', 'A社'],
			['参加者', '川口', null, 'A社'],
			['参加者', '森', null, 'A社'],
			['参加者', '石田', null, 'B社'],
			['参加者', '前田', null, 'B社'],
			['書記', '前田', null, 'B社'],
		]);
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['山下', '石田', '川口', '石田', '森', '前田']);
	});
});

describe('Markdown whose agenda comes after a section of its own', () => {
	test('`## 目的` then `## アジェンダ` / `1. …`: the list is the agenda, not more of the purpose', () => {
		const result = parse('markup/audit19-agenda-after-purpose.md');
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['前回の宿題の確認', '決済画面の不具合', 'リリース日程']);
		const purpose = result.body.find((section) => section.title === '目的');
		expect(JSON.stringify(purpose)).not.toMatch(/決済画面の不具合/u);
	});
});
