/**
 * A joint body's roll whose clerks are headed by the word `書記` alone, spaced out to the column (`書　記`) as the other headings
 * are: the staff under it are a group of their own, not more of those who came to explain.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和６年第１回あさひ広域事務組合議会臨時会会議録',
	'',
	'令和６年５月２０日（月）午前１０時開議',
	'',
	'出席議員（３名）',
	'　１番　北　村　一　郎　　２番　南　田　花　子　　３番　東　山　　　進',
	'',
	'説明のため出席した者',
	'　管理者　　　　　　西　川　秀　雄',
	'　事務局長　　　　　中　野　浩　之',
	'書　記',
	'　総務係長　　　　　甲　斐　涼　子',
	'　書記　　　　　　　乙　部　香　織',
	'',
	'○議長（東山進君）　ただいまから臨時会を開会します。',
	'○管理者（西川秀雄君）　本日は御苦労さまです。',
	'○議長（東山進君）　これで閉会します。',
];

describe("a roll's clerks under `書　記` alone", () => {
	const { meeting } = parseText(record.join('\n'), 'asahi-kumiai.txt');

	test('are the staff, each with their post; those who explain are the two above', () => {
		const groups = meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])]);
		expect(groups).toEqual([
			['出席議員', [['北村一郎', null], ['南田花子', null], ['東山 進', null]]],
			['説明のため出席した者', [['西川秀雄', '管理者'], ['中野浩之', '事務局長']]],
			['事務局職員', [['甲斐涼子', '総務係長'], ['乙部香織', '書記']]],
		]);
	});
});
