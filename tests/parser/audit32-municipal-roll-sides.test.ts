/**
 * A 全員協議会's roll set out by sides under `出席者`: `議会側　　議長　　森田　勇　…` and `村側　　村長　　小林修平　…` (or
 * `執行部側`, `町側`), each side's rows of post and name going on below it: the assembly's side is the members present, the
 * other side those who explain (the first side's line had been taken for the assembly's name and lost, the rest left as notes).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const groups = (document: ReturnType<typeof read>) => document?.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);

const RECORD = [
	'令和６年　かえで村議会全員協議会会議録',
	'',
	'１　日　時　　令和６年１１月１５日（金）　午前９時３０分開会',
	'２　場　所　　かえで村役場　議会議場',
	'３　出席者',
	'　　議会側　　議長　　森　田　　　勇　　副議長　　川　上　明　美',
	'　　　　　　　議員　　石　井　健　太　　議員　　　上　野　　　聡',
	'　　SIDE　　　村長　　小　林　修　平　　副村長　　斎　藤　　　晃',
	'　　　　　　　教育長　高　木　久　子',
	'',
	'○議長（森田勇）　ただいまから全員協議会を開きます。',
	'○村長（小林修平）　本日は二件ご説明いたします。',
	'○議長（森田勇）　以上で全員協議会を閉じます。',
];

describe('a roll set out by sides', () => {
	test.each([['村側'], ['執行部側'], ['理事者側']])('the assembly\'s side and %s are two rolls', (side) => {
		const document = read(RECORD.map((line) => line.replace('SIDE', side)));
		expect(groups(document)).toEqual([
			['出席議員', [['議長', '森田勇'], ['副議長', '川上明美'], ['議員', '石井健太'], ['議員', '上野聡']]],
			['説明のため出席した者', [['村長', '小林修平'], ['副村長', '斎藤晃'], ['教育長', '高木久子']]],
		]);
		expect(document?.meeting?.series).toBe('かえで村議会 全員協議会');
		expect(JSON.stringify(document?.body)).not.toContain('高　木　久　子');
	});
});
