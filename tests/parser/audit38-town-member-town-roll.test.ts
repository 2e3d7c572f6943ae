/**
 * A joint body's committee roll whose rows give the post padded to its column, the town that sent the member in brackets and
 * the name padded to its cell (`委　　員　（北見沢町）　谷　口　昭　雄`): one member each, the town their affiliation.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'ひがし地区衛生組合議会総務常任委員会記録',
	'',
	'令和６年７月２日（火）',
	'開会　午前１０時００分',
	'場所　ひがし地区衛生組合　会議室',
	'',
	'出席委員',
	'　委　　員　（北見沢町）　谷　口　昭　雄',
	'　委　　員　（南原村）　　植　田　京　子',
	'　委員長　　　　　　　　　上　野　健　司',
	'',
	'説明員',
	'　建設課長　　　　浅　井　智　行',
	'',
	'○委員長（上野健司君）　ただいまから委員会を開会します。',
	'○建設課長（浅井智行君）　改良工事は本年１１月の完成を予定しております。',
	'○谷口委員　工事中の安全対策はどうしていますか。',
	'○委員長（上野健司君）　以上で閉会します。',
].join('\n');

describe("a roll's post, the member's town in brackets and the padded name", () => {
	test('each row is one member with the post and the town', () => {
		const roll = parseText(record, 'higashi-eisei-soumu.txt').meeting?.participants.find((group) => group.group === '出席委員');
		expect(roll?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['谷口昭雄', '委員', '北見沢町'],
			['植田京子', '委員', '南原村'],
			['上野健司', '委員長', null],
		]);
	});
});
