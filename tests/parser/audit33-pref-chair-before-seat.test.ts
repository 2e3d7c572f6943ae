/**
 * A city's special committee record whose roll numbers the members by their seats in the assembly, the chair's and the
 * deputy's posts before their seats (`委員長　　１番　　青　木　蒼　太　君`, `副委員長　２番　　石　原　　　優　君`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = `令和６年３月　みなと市議会予算特別委員会会議録（第２日）

令和６年３月８日（金曜日）

出席委員（３名）
　委員長　　１番　　青　木　蒼　太　君
　副委員長　２番　　石　原　　　優　君
　　　　　　３番　　上　田　啓　介　君

○委員長（青木蒼太君）　ただいまから予算特別委員会を開会いたします。
○３番（上田啓介委員）　総括質疑を行います。
○委員長（青木蒼太君）　本日はこれで散会いたします。
`;

describe('a committee\'s roll by seats with the chair\'s post before the seat', () => {
	test('the post is the member\'s, the seat and name one member', () => {
		const result = parseText(RECORD, 'minato-yosan-2.txt');
		expect(result.meeting?.participants.find((group) => group.group === '出席委員')?.members.map((member) => [member.name, member.title])).toEqual([
			['青木蒼太', '委員長'],
			['石原 優', '副委員長'],
			['上田啓介', null],
		]);
	});
});
