/**
 * Officials listed by post with `他` after them (`内閣府規制改革推進室　次長　他`, `厚生労働省医政局総務課長　他`), and a
 * ministry's post that opens with its name (`厚生労働省…`, `国土交通省…`): no person.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseMember } from '../../src/parser/participants.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe("a working group's officials", () => {
	const meeting = parse([
		'規制改革推進会議　健康・医療・介護ワーキング・グループ（第７回）',
		'議事概要',
		'',
		'1. 日時：令和6年4月15日（月）9:30～11:00',
		'2. 場所：オンライン会議',
		'3. 出席者：',
		'（委員）佐藤主査、落合座長代理、中室委員',
		'（事務局）内閣府規制改革推進室　次長　他',
		'（説明者）厚生労働省医政局総務課長　他',
		'4. 議題：',
		'（開会）',
		'1．オンライン診療の更なる推進について',
		'2．医療DXの推進について',
		'（閉会）',
		'5. 議事概要：',
		'○佐藤主査',
		'　本日は、オンライン診療について、厚生労働省からヒアリングを行います。',
		'○厚生労働省医政局総務課長',
		'　資料1に基づき、オンライン診療の指針改定について説明いたします。',
	])?.meeting;

	test('officials with 他 after them are their post and office, no person named 他', () => {
		const officials = meeting?.participants.filter((group) => group.group !== '委員').map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])]);
		expect(officials).toEqual([
			['事務局', [[null, '次長', '内閣府規制改革推進室']]],
			['説明者', [[null, '厚生労働省医政局総務課長', null]]],
		]);
	});
});

describe("a ministry's post is no surname and post", () => {
	test.each([
		['厚生労働省医政局総務課長', '厚生労働省医政局総務課長'],
		['国土交通省総合政策局長ほか', '国土交通省総合政策局長'],
	])('%s', (text, title) => {
		expect(parseMember(text)).toMatchObject({ name: null, title });
	});
});

describe("a ministry's bureau before its head or its section is no surname", () => {
	test.each([
		['成育局長', '成育局長'],
		['医政局長', '医政局長'],
		['高等教育局長', '高等教育局長'],
		['成育基盤企画課長', '成育基盤企画課長'],
	])('%s', (text, title) => {
		expect(parseMember(text)).toMatchObject({ name: null, title });
	});

	test('a surname before 局長 stays a person', () => {
		expect(parseMember('田中局長')).toMatchObject({ name: '田中', title: '局長' });
	});
});
