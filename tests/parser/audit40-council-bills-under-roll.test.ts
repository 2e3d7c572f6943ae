/**
 * A city council's header that lists its staff then its bills: `書記　　石黒　綾` right under an official of the office
 * (`交通政策課長　　森田　早苗`) is one more of the staff with the post 書記 (it had been a group 書記 of its own, its member
 * without a post), and `議案` alone over `議案第１号　…` is the agenda's label (it had been read as a member named 議案, the
 * bills as members without a name, the agenda empty).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (rows: readonly string[]) =>
	parseDocuments(
		[
			'第１８６回つばめ市都市計画審議会　会議録',
			'',
			'日時　　令和６年５月２１日（火）午前１０時から午前１１時３０分まで',
			'場所　　つばめ市役所３階　全員協議会室',
			'',
			'出席委員',
			'　会長　　　　岡本　浩一',
			'　委員　　　　北原　さやか',
			'事務局',
			...rows,
			'',
			'○岡本会長　議案第１号について説明をお願いします。',
			'○戸田都市計画課長　生産緑地地区の変更です。',
			'○北原委員　見通しはどうですか。',
		].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	)[0]?.meeting;

describe('the staff and the bills under a roll', () => {
	test('a clerk under an official of the office, then the bills', () => {
		const meeting = read(['　都市整備部長　　　　大塚　誠', '　都市計画課長　　　　戸田　紀子', '　書記　　　　　　　　石黒　綾', '議案', '　議案第１号　つばめ都市計画生産緑地地区の変更について', '　議案第２号　つばめ都市計画地区計画の決定について']);
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			['出席委員', [['会長', '岡本　浩一'], ['委員', '北原　さやか']]],
			['事務局', [['都市整備部長', '大塚　誠'], ['都市計画課長', '戸田　紀子'], ['書記', '石黒　綾']]],
		]);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['議案第１号　つばめ都市計画生産緑地地区の変更について', '議案第２号　つばめ都市計画地区計画の決定について']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['岡本会長', '戸田都市計画課長', '北原委員']);
	});

	test('a clerk under a department head, no bills', () => {
		const meeting = read(['交通政策課長　　　森田　早苗', '書記　　　　　　石黒　綾']);
		expect(meeting?.participants.at(-1)?.members.map((member) => [member.title, member.name])).toEqual([['交通政策課長', '森田　早苗'], ['書記', '石黒　綾']]);
	});
});
