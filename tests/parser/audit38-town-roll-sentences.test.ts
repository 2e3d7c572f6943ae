/**
 * A town's 会議録 that gives its rolls as numbered sentences (`１　出席議員は、８名で次のとおりである。`), the absent in one
 * sentence saying there were none (`２　欠席議員は、なしである。`): no member named by the sentence.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和６年第３回ひかり町議会臨時会会議録',
	'',
	'令和６年８月１日',
	'',
	'令和６年８月１日第３回ひかり町議会臨時会は、ひかり町議場に招集された。',
	'１　出席議員は、４名で次のとおりである。',
	'　　１番　　坂　本　友　一　　　　２番　　堀　内　季　子',
	'　　３番　　千　田　慎　吾　　　　４番　　吉　岡　裕　之（議長）',
	'２　欠席議員は、なしである。',
	'３　地方自治法第１２１条の規定により説明のため会議に出席した者は、次のとおりである。',
	'　　町　　　長　　山　中　吉　郎　　　総務部長　　　藤　本　勝　寛',
	'',
	'○議長（吉岡裕之君）　ただいまから臨時会を開会します。',
	'○町長（山中吉郎君）　消防ポンプ自動車１台を購入するものでございます。',
	'○２番（堀内季子君）　入札参加者は何社でしたか。',
	'○議長（吉岡裕之君）　これで閉会します。',
].join('\n');

describe('rolls given as numbered sentences, the absent none', () => {
	const meeting = parseText(record, 'hikari-rinji.txt').meeting;

	test('no member is named by the sentence saying there were none', () => {
		const names = meeting?.participants.flatMap((group) => group.members.map((member) => member.name));
		expect(names).not.toContain('なしである。');
		expect(names?.filter((name) => name !== null && /なし/u.test(name))).toEqual([]);
	});

	test('the present are the four members', () => {
		expect(meeting?.participants.find((group) => group.group === '出席議員')?.members.map((member) => member.name)).toEqual(['坂本友一', '堀内季子', '千田慎吾', '吉岡裕之']);
	});
});
