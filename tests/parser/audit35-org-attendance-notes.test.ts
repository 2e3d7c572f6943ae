/**
 * A wiki's or a spreadsheet's attendance table of post, name, mark and a remarks column (`理事⇥三浦 拓也⇥○⇥オンライン`,
 * `理事⇥小林 大輔⇥代理⇥代理：小林 恵`): each row one member by post and name, the mark and the remark kept in its text (such a row
 * had been a member without a name, and a remark after a colon a group of its own).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const page = [
	'NPO法人 ひだまり食堂ネット : 2024-11-09 理事会議事録',
	'',
	'日時',
	'2024年11月9日（土）14:00〜15:30',
	'場所',
	'事務局（オンライン併用）',
	'出欠',
	'理事長\t長谷川 聡\t○',
	'副理事長\t岡本 彩\t○\t書記',
	'理事\t三浦 拓也\t○\tオンライン',
	'理事\t松井 晴美\t×\t所用',
	'理事\t小林 大輔\t代理\t代理：小林 恵',
	'監事\t野口 勝\t○',
	'議事',
	'1. 年末食材寄付キャンペーンについて',
	'三浦理事：今年は協力スーパーが3店舗増えます。',
	'野口監事：賞味期限の管理はどうしますか。',
].join('\n');

describe('an attendance table with a remarks column', () => {
	const meeting = parseText(page, 'board.html').meeting;

	test('each row is one member by post and name', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			[
				'出欠',
				[
					['理事長', '長谷川 聡'],
					['副理事長', '岡本 彩'],
					['理事', '三浦 拓也'],
					['理事', '松井 晴美'],
					['理事', '小林 大輔'],
					['監事', '野口 勝'],
				],
			],
		]);
	});

	test('the mark and the remark stay in the entry', () => {
		expect(meeting?.participants[0]?.members.map((member) => member.text).slice(3, 5)).toEqual(['理事　松井 晴美　×　所用', '理事　小林 大輔　代理　代理：小林 恵']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['三浦理事', '野口監事']);
	});
});
