/**
 * A ministry's officials in a council's roll: the head of an agency by surname and post (`森長官`, `中村次官`), a post after the
 * one before it written with 同 (`松田企画課長、同課長補佐`: the same section's 課長補佐), and posts named by their field
 * (`気象防災監`, `食品表示企画課長`) read as posts, never a person named 気象 or 食品表示 nor one named 同; a bureau's post after
 * a surname (`伊藤高等教育局長`, `坂本大学振興課長`) is the post whole, no one named 伊藤高等 or 坂本大学.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

const meeting = (roll: string) =>
	read(['気象業務の高度化に関する検討会（第３回）', '議事録', '', '１．日時：令和６年１２月４日（水）１４時００分～１６時００分', '２．場所：気象庁本庁舎２階大会議室', '３．出席者', '　委員：河野座長、佐野委員', `　気象庁：${roll}`, '', '○河野座長　開会いたします。', '○気象防災監　御説明いたします。']);

const officials = (roll: string) => meeting(roll)?.participants.find((group) => group.group === '気象庁')?.members.map((member) => [member.name, member.title]);

describe("a ministry's officials in the roll", () => {
	test('an agency head by surname and post', () => {
		expect(officials('森長官、中村次官、野村気象防災監')).toEqual([
			['森', '長官'],
			['中村', '次官'],
			['野村', '気象防災監'],
		]);
	});

	test('同 before a post is the office of the post before it', () => {
		expect(officials('松田企画課長、同課長補佐')).toEqual([
			['松田', '企画課長'],
			[null, '企画課課長補佐'],
		]);
	});

	test("a bureau's post after the surname is the post whole", () => {
		expect(officials('伊藤高等教育局長、坂本大学振興課長、田村大学振興課課長補佐')).toEqual([
			['伊藤', '高等教育局長'],
			['坂本', '大学振興課長'],
			['田村', '大学振興課課長補佐'],
		]);
	});

	test('a post named by its field is a post', () => {
		expect(officials('気象防災監、食品表示企画課長')).toEqual([
			[null, '気象防災監'],
			[null, '食品表示企画課長'],
		]);
		expect(meeting('気象防災監')?.remarks.map((remark) => remark.speaker)).toEqual(['河野座長', '気象防災監']);
	});
});
