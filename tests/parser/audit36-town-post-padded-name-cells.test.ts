/**
 * A town committee's roll padded throughout, where a post leaves no room for the wider gap and stands one space before the
 * padded name (`委　員　吉　村　　　誠`, `委　員　若　松　康　平`, `議長　渡　部　　　実`): each is the post and that name.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'　　　　　　　　　　総務文教常任委員会会議録',
	'',
	'１　日　時　　令和６年９月１７日（火）　午前１０時００分～午前１１時２０分',
	'２　場　所　　こだま町役場　第２委員会室',
	'３　出席委員　　委員長　山　内　孝　之　　副委員長　横　田　み　ゆ　き',
	'　　　　　　　　委　員　吉　村　　　誠　　委　員　　米　山　和　恵',
	'　　　　　　　　委　員　若　松　康　平',
	'４　欠席委員　　なし',
	'５　委員外出席者　議長　渡　部　　　実',
	'６　説明員　　　総務課長　　相　田　隆　雄',
	'',
	'○委員長（山内孝之君）　ただいまから総務文教常任委員会を開会します。',
	'○総務課長（相田隆雄君）　議案第６１号について説明します。',
	'○委員（吉村誠君）　町民への周知はどのように行いますか。',
	'○委員長（山内孝之君）　これで閉会します。',
];

describe('a committee roll with one space between the post and the padded name', () => {
	const { meeting } = parseText(record.join('\n'), 'kodama-soumu.txt');
	const group = (name: string) => meeting?.participants.find((entry) => entry.group === name)?.members.map((member) => [member.name, member.title]);

	test('gives each member the post and the whole name', () => {
		expect(group('出席委員')).toEqual([
			['山内孝之', '委員長'],
			['横田みゆき', '副委員長'],
			['吉村 誠', '委員'],
			['米山和恵', '委員'],
			['若松康平', '委員'],
		]);
		expect(group('委員外出席者')).toEqual([['渡部 実', '議長']]);
	});
});
