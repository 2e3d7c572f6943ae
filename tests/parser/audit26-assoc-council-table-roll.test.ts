/**
 * A town's 協議会 listing its members as a table of role, affiliation and name (`会長　　さくら町副町長　　斉藤　浩`), under
 * `【出席委員】（１８名中１５名出席）`: one member a row, and the count of those who came a note on the list (the count had
 * named the group, each row split into three members without a name).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const meeting = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

describe("a town council's roll as a table of role, affiliation and name", () => {
	const read = meeting([
		'令和６年度第２回　さくら町地域公共交通協議会　会議録',
		'',
		'【日時】令和６年１１月１２日（火）午後２時～午後３時３０分',
		'【場所】さくら町役場　３階大会議室',
		'【出席委員】（１８名中１５名出席）',
		'　会長　　　　さくら町副町長　　　　　　　　　　斉藤　浩',
		'　副会長　　　さくら町商工会長　　　　　　　　　石井　文雄',
		'　委員　　　　さくら交通株式会社　営業部長　　　平野　直樹',
		'　委員　　　　さくら町区長会長　　　　　　　　　新井　健',
		'【欠席委員】山崎委員',
		'',
		'【議事概要】',
		'　新井委員：北部地区の高齢者から要望が多い。',
	]);

	test('each row one member, the role, the affiliation and the name read by column', () => {
		expect(read?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.name, member.title, member.affiliation])])).toEqual([
			[
				'出席委員',
				'１８名中１５名出席',
				[
					['斉藤　浩', '会長', 'さくら町副町長'],
					['石井　文雄', '副会長', 'さくら町商工会長'],
					['平野　直樹', '委員', 'さくら交通株式会社　営業部長'],
					['新井　健', '委員', 'さくら町区長会長'],
				],
			],
			['欠席委員', null, [['山崎', '委員', null]]],
		]);
	});
});
