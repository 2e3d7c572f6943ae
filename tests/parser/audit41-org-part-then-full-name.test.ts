/**
 * A union's 大会 or an association's 総代会 names who chairs by the part they come from, then their full name set apart,
 * then the post in brackets or after the name (`議長団　第一支部　宮本　圭（議長）、第三支部　川村　紗希（副議長）`,
 * `書　記　東地区　高田　昌彦総代`): the member is the full name, the part their affiliation (the surname had been read as the
 * part's last word, the member named by the given name alone: `圭` of `第一支部　宮本`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const minutes = [
	'つばさ運輸労働組合　第４２回定期大会　議事録',
	'',
	'１．日　時　２０２４年１０月５日（土）　１３時００分～１６時００分',
	'２．場　所　つばさ運輸本社　講堂',
	'３．代議員数　８０名',
	'　　出席代議員　７２名',
	'４．議長団　北支部　宮本　圭（議長）、南支部　川村　紗希（副議長）',
	'５．書　記　東地区　高田　昌彦総代',
	'',
	'議　事',
	'第１号議案　２０２４年度活動報告',
	'',
	'【議事】',
	'第１号議案　２０２４年度活動報告',
	'　書記長（長谷部）：議案書の１ページから説明します。',
	'　代議員（北支部　石原）：職場の残業時間が増えている。数字を示してほしい。',
	'　書記長（長谷部）：次の執行委員会で示します。',
	'　議長：賛成多数で可決されました。',
];

describe('a part, then a full name set apart, then the post', () => {
	const result = parseLines(minutes, 'taikai.txt');
	const members = result.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title, member.affiliation]));

	test('each member is the full name, the part their affiliation', () => {
		expect(members).toEqual([
			['宮本　圭', '議長', '北支部'],
			['川村　紗希', '副議長', '南支部'],
			['高田　昌彦', '総代', '東地区'],
		]);
	});
});
