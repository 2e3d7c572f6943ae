/**
 * A village's roll of the clerks and officials padded to their columns, where a post is a 主事 or a 技師
 * (`主事　　　　　　　乙　部　香　織`): the post and the name, as a 主査's or a 係長's are.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和６年第２回ほしの村議会定例会会議録（第１号）',
	'',
	'令和６年６月１１日（火）午前９時開議',
	'',
	'応招議員（３名）',
	'　１番　北　村　一　郎　　２番　南　田　花　子　　３番　東　山　　　進',
	'',
	'地方自治法第１２１条の規定により説明のため出席した者',
	'　村長　　　　　　　西　川　秀　雄',
	'　建設課技師　　　　森　下　直　樹',
	'',
	'職務のため出席した者',
	'　事務局長　　　　　中　野　浩　之',
	'　主事　　　　　　　乙　部　香　織',
	'',
	'○議長（東山進君）　ただいまから本日の会議を開きます。',
	'○村長（西川秀雄君）　よろしくお願いします。',
	'○議長（東山進君）　本日はこれで散会します。',
];

describe('a roll whose posts end in 主事 or 技師', () => {
	const { meeting } = parseText(record.join('\n'), 'hoshino-mura.txt');
	const group = (name: string) => meeting?.participants.find((entry) => entry.group === name)?.members.map((member) => [member.name, member.title]);

	test('gives each its post and name, no member made of the post', () => {
		expect(group('説明のため出席した者')).toEqual([
			['西川秀雄', '村長'],
			['森下直樹', '建設課技師'],
		]);
		expect(group('事務局職員')).toEqual([
			['中野浩之', '事務局長'],
			['乙部香織', '主事'],
		]);
	});
});
