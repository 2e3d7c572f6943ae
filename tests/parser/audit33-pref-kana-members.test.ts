/**
 * A designated city's sitting whose members speak under names written in hiragana, wholly or the surname only (`〇あおいひろみ議員`,
 * `〇しのだ江里子議員`), and whose roll spaces the members' posts out to the column (`議　　長　　　　飯　島　弘　之`, `副 議 長`,
 * `議　　員`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SITTING = `令和６年第１回定例会

　　　　　　　　　　　ほくと市議会会議録（第５号）

　　　　　　　　　　　　令和６年３月１日（金曜日）
〇出席議員（４人）
　議　　長　　　　　　飯　島　弘　之
　副 議 長　　　　　　しのだ　江里子
　議　　員　　　　　　あおい　ひろみ
　議　　員　　　　　　村　山　拓　司
〇説明のため出席した者
　市　　　　　　長　　　秋　元　克　広
　　　　　　　　　　　　　　　　（午後１時開議）
〇議長（飯島弘之）　ただいまから、本日の会議を開きます。
　あおいひろみ議員。
〇あおいひろみ議員　私は、会派を代表いたしまして質問いたします。
〇議長（飯島弘之）　秋元市長。
〇市長（秋元克広）　お答えいたします。
〇議長（飯島弘之）　しのだ江里子議員。
〇しのだ江里子議員　関連して伺います。
〇議長（飯島弘之）　本日は、これで散会いたします。
`;

describe('members named in hiragana', () => {
	test('speak under their names with 議員, wholly in hiragana or the surname only', () => {
		const result = parseText(SITTING, 'hokuto-r6-1-5.txt');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（飯島弘之）', 'あおいひろみ議員', '議長（飯島弘之）', '市長（秋元克広）', '議長（飯島弘之）', 'しのだ江里子議員', '議長（飯島弘之）']);
		expect(result.meeting?.remarks[0]?.text).not.toContain('会派を代表');
	});

	test('the roll\'s posts spaced out to the column are the members\' posts', () => {
		const result = parseText(SITTING, 'hokuto-r6-1-5.txt');
		expect(result.meeting?.participants.find((group) => group.group === '出席議員')?.members.map((member) => [member.name, member.title])).toEqual([
			['飯島弘之', '議長'],
			['しのだ 江里子', '副議長'],
			['あおい ひろみ', '議員'],
			['村山拓司', '議員'],
		]);
	});
});
