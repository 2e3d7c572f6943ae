/**
 * A city's sitting whose rolls set two members a line, each post, name and 君 one space from the next (`議長　尾田　善之　君
 * 副議長　宮川　正美　君`), with the head count on a line of its own under each heading (`26名`, `0名`), and its office staff
 * under `事務に従事した事務局員`. Before, the second member of each line lost its 君 to the first and its post to the name,
 * the head counts were members, and the staff were read as officials.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const SITTING = `平成25年第1回きたの市議会会議録（第1号）平成25年2月28日

1　出席議員

4名

議長　尾田　善之　君　副議長　宮川　正美　君
議員　吉本　和代　君　議員　星　克己　君

2　欠席議員

0名

3　説明のため出席した者の職氏名

市長　三好　昇　君　副市長　中田　孝幸　君

4　事務に従事した事務局員

事務局長　鈴木　正志　君　次長　萬　寿子　君

5　議事日程
　日程第1　会議録署名議員の指名

6　議事次第

開会宣告・開議宣告

議長（尾田善之君）
　これより平成25年第1回きたの市議会定例会を開会いたします。

市長（三好昇君）
　おはようございます。

議長（尾田善之君）
　本日はこれにて散会いたします。
`;

describe('rolls of pairs with their head counts', () => {
	const meeting = parseMinutes(SITTING, { source: 'kitano.txt', sourceHash: '0'.repeat(64) }).meeting!;
	const roll = (group: string) => meeting.participants.find((entry) => entry.group === group)?.members.map((member) => [member.title, member.name]);

	test('each pair is a member with its post, and a head count is none', () => {
		expect(roll('出席議員')).toEqual([['議長', '尾田 善之'], ['副議長', '宮川 正美'], ['議員', '吉本 和代'], ['議員', '星 克己']]);
		expect(roll('欠席議員')).toBeUndefined();
		expect(roll('説明のため出席した者')).toEqual([['市長', '三好 昇'], ['副市長', '中田 孝幸']]);
	});

	test('事務に従事した事務局員 are the staff', () => {
		expect(roll('事務局職員')).toEqual([['事務局長', '鈴木 正志'], ['次長', '萬 寿子']]);
	});
});
