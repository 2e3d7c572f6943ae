/**
 * A roll's post before its holder, in forms read wrong or not at all before: a surname of one letter (`企画官　林`, `課長　森`),
 * a university's academic post (`東都大学大学院准教授　川村　恵`: 准教授 of 東都大学大学院), a profession (`弁護士　中島　里美`),
 * a ministry's staff (`主任専門員　石井　聡`) and an official's post with its field in brackets (`参事（企画担当）　山口　誠`).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (label: string) => {
	const parts = parseNameLabel(label);
	return [parts.name, parts.title, parts.affiliation];
};

describe('a post, then who holds it', () => {
	test('a surname of one letter after a post', () => {
		expect(read('企画官　林')).toEqual(['林', '企画官', null]);
		expect(read('課長　森')).toEqual(['森', '課長', null]);
		expect(read('財務課長　森')).toEqual(['森', '財務課長', null]);
		// (An honorific is no surname.)
		expect(read('会長　様')).toEqual([null, null, null]);
	});

	test('a university\'s post: the post and the university apart', () => {
		expect(read('東都大学大学院准教授　川村　恵')).toEqual(['川村　恵', '准教授', '東都大学大学院']);
		expect(read('東都大学工学部教授　岡本　隆')).toEqual(['岡本　隆', '教授', '東都大学工学部']);
		expect(read('教授　岡本　隆')).toEqual(['岡本　隆', '教授', null]);
	});

	test('professions, staff and a post with its field', () => {
		expect(read('弁護士　中島　里美')).toEqual(['中島　里美', '弁護士', null]);
		expect(read('公認会計士　松田　修')).toEqual(['松田　修', '公認会計士', null]);
		expect(read('主任専門員　石井　聡')).toEqual(['石井　聡', '主任専門員', null]);
		expect(read('参事（企画担当）　山口　誠')).toEqual(['山口 誠', '参事（企画担当）', null]);
	});

	test('posts ending in 監, 主任, and a member\'s field in brackets', () => {
		expect(read('技監　谷　一')).toEqual(['谷　一', '技監', null]);
		expect(read('危機管理監　森　健')).toEqual(['森　健', '危機管理監', null]);
		expect(read('主任　林')).toEqual(['林', '主任', null]);
		expect(read('理事（広報担当）　林　守')).toEqual(['林　守', '理事（広報担当）', null]);
		// (An office held among the members stays the title.)
		expect(read('委員(教育長) 尾崎 完治')).toEqual(['尾崎 完治', '教育長', null]);
	});

	test('in a committee\'s roll each row is one member', () => {
		const lines = [
			'令和６年第２回　文教福祉委員会　会議録',
			'１　日　時　　令和６年６月20日（木）午前10時',
			'２　出席委員',
			'　委員長　　　中川　裕子',
			'３　説明のため出席した者',
			'　保育課長　ほか',
			'　企画官　林',
			'　課長　森',
			'　西海大学特任教授　小池　誠',
			'４　議事',
			'○中川委員長　開会します。',
		];
		const meeting = parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])])).toEqual([
			['出席委員', [['中川　裕子', '委員長', null]]],
			[
				'説明のため出席した者',
				[
					[null, '保育課長', null],
					['林', '企画官', null],
					['森', '課長', null],
					['小池　誠', '特任教授', '西海大学'],
				],
			],
		]);
	});
});
