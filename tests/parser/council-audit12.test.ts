/**
 * Minutes of the twelfth audit: a committee record's roll whose rows repeat the post above as a ditto mark (`〃`), with the
 * sitting's opening and closing on lines of their own under the date and the assembly's staff under `事務局職員出席者`.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const committee = [
	'総務常任委員会記録',
	'',
	'令和６年６月１４日（金）',
	'',
	'開会　午前１０時００分',
	'閉会　午前１１時３０分',
	'',
	'場所　第１委員会室',
	'',
	'出席委員（４名）',
	'委員長　　山田　太郎',
	'委　員　　田中　花子',
	'〃　　　　佐藤　次郎',
	'〃　　　　高橋　三郎',
	'',
	'説明のため出席した者',
	'総務部長　　　中村　五郎',
	'〃　次長　　　小林　六郎',
	'財政課長　　　加藤　七子',
	'',
	'事務局職員出席者',
	'議事課長　吉田　八郎',
	'',
	'○山田委員長　ただいまから総務常任委員会を開会いたします。',
	'○中村総務部長　議案第３０号について御説明申し上げます。',
	'○田中委員　対象世帯数を伺います。',
	'○加藤財政課長　約４，２００世帯を見込んでおります。',
];

/** Each group's members as `title name` (spaces taken out). */
function rollOf(lines: readonly string[]): Record<string, string[]> {
	const result = parseLines(lines);
	return Object.fromEntries(
		(result.meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => `${member.title ?? '-'} ${(member.name ?? '-').replace(/[\s\u3000]/gu, '')}`)]),
	);
}

describe('a roll whose rows write the post above as 〃', () => {
	test('each ditto row is a member with the post above; `〃　次長` under a head is the office’s 次長', () => {
		expect(rollOf(committee)).toEqual({
			出席委員: ['委員長 山田太郎', '委員 田中花子', '委員 佐藤次郎', '委員 高橋三郎'],
			説明のため出席した者: ['総務部長 中村五郎', '総務部次長 小林六郎', '財政課長 加藤七子'],
			事務局職員出席者: ['議事課長 吉田八郎'],
		});
	});

	test('the entry keeps the row as written', () => {
		const members = parseLines(committee).meeting?.participants[0]?.members ?? [];
		expect(members[2]?.text).toBe('〃　　　　佐藤　次郎');
	});

	test('a ditto row with no post above it stays as written', () => {
		const roll = rollOf(['総務常任委員会記録', '令和６年６月１４日（金）', '出席委員', '山田　太郎', '〃　　佐藤　次郎', '', '○山田委員長　開会します。']);
		expect(roll['出席委員']).not.toContain('委員 佐藤次郎');
	});
});

describe('the sitting’s times on lines of their own under the date', () => {
	test('open and close the meeting without a warning', () => {
		const result = parseLines(committee);
		expect([result.meeting?.start, result.meeting?.end]).toEqual(['10:00', '11:30']);
		expect(result.diagnostics.filter((d) => d.code === 'unknown-line')).toEqual([]);
	});
});
