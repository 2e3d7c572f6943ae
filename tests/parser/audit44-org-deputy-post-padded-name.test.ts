/**
 * A town's education board prints its 定例会 roll as a table of post and name, each name padded a letter apart to its column
 * (`教育長　　　　　　　　　　平　井　 達　也`); the member who acts for the head has the role in a bracket after the post, which
 * then fills its column and leaves one space before the name (`委員（教育長職務代理者）　杉　本　 和　代`, or the name's letters
 * all one space apart, `委員（教育長職務代理者）　杉　本　和　代`). The member is one person, 委員 acting for the head (the surname
 * had been a member titled 教育長職務代理者 and the given name a nameless member of its own, or the whole row one member without a name).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = (row: string) => [
	'令和６年第１０回　みさと町教育委員会定例会会議録',
	'',
	'１　開会日時　　令和６年１０月２４日（木）午後１時３０分',
	'２　閉会日時　　令和６年１０月２４日（木）午後３時１０分',
	'３　場　　所　　みさと町役場　３階　第１委員会室',
	'４　出席者',
	'　　教育長　　　　　　　　　　平　井　 達　也',
	row,
	'　　委員　　　　　　　　　　　河　合　 孝　之',
	'５　欠席者',
	'　　委員　　　　　　　　　　　新　井　 正　明',
	'',
	'○平井教育長　　ただいまから定例会を開会いたします。',
	'○河合委員　　異議ありません。',
].join('\n');

const roll = (row: string) => parseText(minutes(row), 'kyoiku-teirei.txt').meeting?.participants[0]?.members.map((member) => [member.name, member.title]);

describe("an education board's roll: the deputy's post in brackets filling its column, the name padded after it", () => {
	test('the name padded with the wide gap between surname and given name', () => {
		expect(roll('　　委員（教育長職務代理者）　杉　本　 和　代')).toEqual([
			['平井 達也', '教育長'],
			['杉本 和代', '委員（教育長職務代理者）'],
			['河合 孝之', '委員'],
		]);
	});

	test('the name padded a letter apart throughout', () => {
		expect(roll('　　委員（教育長職務代理者）　杉　本　和　代')?.[1]).toEqual(['杉本和代', '委員（教育長職務代理者）']);
	});
});
