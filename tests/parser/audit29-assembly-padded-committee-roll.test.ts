/**
 * A committee's record exported from a minutes system lists its members with every name padded to its column: the post a
 * space before a padded name (`副委員長　加　藤　由　美`), a padded post heading a list at 、 (`委　員　　青　木　　　翔、…`) and a
 * name whose one-letter given name stands a wide gap after the surname (`中　山　　　博`). Each is one member with the name,
 * where the first two had had no name and the last had been two people, `中 山` and `博`.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `決算特別委員会記録（第３号）

１．日　　時　　令和６年９月１９日（木）午前１０時開会
１．場　　所　　全員協議会室
１．出席委員
　　委員長　　上　田　健　一　　副委員長　江　藤　真　弓
　　委　員　　青　木　　　翔、石　川　美　香、小　野　寺　誠
１．委員外議員
　　中　山　　　博

◎上田委員長　ただいまから決算特別委員会を開会します。
◎浜口会計管理者　決算の概要を説明します。
◆石川美香委員　不用額が多い理由を伺います。
◎上田委員長　以上で閉会します。
`;

describe('a committee roll of padded names', () => {
	test('reads every member with the name', () => {
		const { meeting } = parseText(MINUTES, 'kessan-3.txt');
		const rows = (group: string) => meeting?.participants.find((entry) => entry.group === group)?.members.map((member) => [member.name, member.title]);
		expect(rows('出席委員')).toEqual([
			['上田健一', '委員長'],
			['江藤真弓', '副委員長'],
			['青木 翔', '委員'],
			['石川美香', '委員'],
			['小野寺誠', '委員'],
		]);
		expect(rows('委員外議員')).toEqual([['中山 博', null]]);
	});
});
