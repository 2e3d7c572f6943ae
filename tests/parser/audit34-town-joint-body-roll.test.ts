/**
 * A joint body's roll of those who explain: its post, in brackets the office the holder has in a member town, then the name
 * (`管理者　　（あおい市長）　　水　谷　博　文`): the member with the post, the office their affiliation, the name alone.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const sitting = [
	'令和６年第１回あおぞら広域行政事務組合議会定例会会議録',
	'',
	'令和６年２月１６日（金）午後１時３０分開会',
	'',
	'応招議員（２名）',
	'　１番　　石　田　京　子',
	'　２番　　大　野　健　二',
	'',
	'説明のため出席した者',
	'　管理者　　　　　　（あおい市長）　　　水　谷　博　文',
	'　副管理者　　　　　（みどり町長）　　　松　井　早　苗',
	'　会計管理者　　　　（あおい市会計管理者）　片　岡　理　恵',
	'　事務局長　　　　　　　　　　　　　　　西　村　拓　也',
	'',
	'○議長（大野健二君）　ただいまから定例会を開会いたします。',
	'○管理者（あおい市長　水谷博文君）　提案理由を申し上げます。',
	'○議長（大野健二君）　閉会いたします。',
];

describe("a joint body's officials with the office each holds at home", () => {
	const { meeting } = parseText(sitting.join('\n'), 'aozora.txt');

	test('each is named without the bracket, the office their affiliation', () => {
		expect(meeting?.participants.find((group) => group.group === '説明のため出席した者')?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['水谷博文', '管理者', 'あおい市長'],
			['松井早苗', '副管理者', 'みどり町長'],
			['片岡理恵', '会計管理者', 'あおい市会計管理者'],
			['西村拓也', '事務局長', null],
		]);
	});
});
