/**
 * A workplace's 安全衛生委員会 has its doctor and the workers' representative among its members by law, and its minutes list them
 * as the others, the committee's role, what they are at work and the name (`委員　　産業医　　秋元 玲子`, `委員　　労働者代表　菅谷 誠`);
 * a hospital's, a school's or a nursery's roll writes a licensed profession before the name the same way (`薬剤師　小田 真弓`,
 * `看護師　野口　彩`). The profession is the member's post, or, after the committee's role, the office (the affiliation). The
 * entry had been read as one name (`産業医秋元玲子`, `薬剤師小田真弓`), or the row split into the role's entry of no one and
 * the profession as a name of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = (roll: readonly string[]): string =>
	['第42回　安全衛生委員会　議事録', '', '日時：2024年9月12日（木）15:00〜16:10', '場所：本社3階　第1会議室', '出席者（敬称略）：', ...roll, '欠席者：なし', '', '議題', '1. 熱中症対策の振り返り', '', '水野委員長：それでは始めます。', '秋元産業医：体調不良の申し出が2件ありました。', '水野委員長：以上で終了します。'].join('\n');

const rows = (text: string) =>
	parseText(text, 'safety.txt')
		.meeting?.participants.find((group) => group.group === '出席者')
		?.members.map((member) => [member.name, member.title, member.affiliation]);

describe('a profession before the name on a roll', () => {
	test('after the committee’s role, padded to its column: the office', () => {
		const roll = ['　委員長　工場長　水野 智之', '　委員　　産業医　　秋元 玲子', '　委員　　労働者代表　菅谷 誠'];
		expect(rows(minutes(roll))).toEqual([
			['水野 智之', '委員長', '工場長'],
			['秋元 玲子', '委員', '産業医'],
			['菅谷 誠', '委員', '労働者代表'],
		]);
	});

	test('alone before the name: the post', () => {
		expect(rows(minutes(['薬剤師　小田 真弓', '看護師　野口　彩', '産業医　秋元 玲子']))).toEqual([
			['小田 真弓', '薬剤師', null],
			['野口　彩', '看護師', null],
			['秋元 玲子', '産業医', null],
		]);
	});
});
