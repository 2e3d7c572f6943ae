/**
 * A budget committee's 分科会 record: its roll headed `出席分科員`, the post written once and `同` under it with the name
 * padded to its column (`　　　　　同　　　　　　平　山　幸　恵　君`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `　　　　　令和６年２月定例会　予算特別委員会　第２分科会会議録

　　　　　　　　　　　　　　　　　　　　　　令和６年３月８日（金曜日）

出席分科員（４名）
　　分 科 会 長　　　　　村　瀬　孝　介　君
　　分　科　員　　　　　角　田　亮　太　君
　　　　　同　　　　　　平　山　幸　恵　君
　　　　　同　　　　　　堀　川　康　平　君

説明のため出席した者
　　こども未来局長　　　　　　　　杉　原　裕　美　君

　　　　　　午前１０時００分開会
○分科会長（村瀬孝介君）　ただいまから予算特別委員会第２分科会を開会いたします。
○角田分科員　放課後児童健全育成事業の委託料の積算根拠を伺います。
○こども未来局長（杉原裕美君）　クラブ数を乗じて算出しております。
○分科会長（村瀬孝介君）　以上で質疑を終わります。
`;

describe('a 分科会\'s roll', () => {
	test('is the members present, each under the post above its ditto mark', () => {
		const { meeting } = parseText(MINUTES, 'yosan-2bunkakai-2024-03-08.txt');
		expect(meeting?.location ?? null).toBeNull();
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			[
				'出席分科員',
				[
					['分科会長', '村瀬孝介'],
					['分科員', '角田亮太'],
					['分科員', '平山幸恵'],
					['分科員', '堀川康平'],
				],
			],
			['説明のため出席した者', [['こども未来局長', '杉原裕美']]],
		]);
	});
});
