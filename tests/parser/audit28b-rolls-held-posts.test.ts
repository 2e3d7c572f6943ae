/**
 * A post held besides another or in charge of its business (`…こども政策課長事務取扱`, `産業振興課長兼務`) is a post: the
 * member under it keeps their name and that post (the post had been read as no post, or as a name of its own).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const record = (roll: readonly string[]) => [
	'令和６年１２月１０日　建設経済常任委員会記録',
	'',
	'出席委員（２名）',
	'　　小　山　　　健　　　田　辺　恵　子',
	'説明のため出席した者',
	...roll,
	'',
	'○小山委員長　ただいまから建設経済常任委員会を開会いたします。',
	'○平田次長　御説明いたします。',
];
const officials = (roll: readonly string[]) =>
	parseDocuments(record(roll).join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.find((group) => group.group === '説明のため出席した者')?.members.map((member) => [member.name, member.title]);

describe('posts held besides another', () => {
	test('事務取扱 and 兼務 end a post, the name padded after it', () => {
		expect(officials(['　総務部次長兼こども政策課長事務取扱　　平　田　　　茂　君', '　産業振興課長兼務　　　　　　大　西　　　剛　君'])).toEqual([
			['平田 茂', '総務部次長兼こども政策課長事務取扱'],
			['大西 剛', '産業振興課長兼務'],
		]);
	});
});
