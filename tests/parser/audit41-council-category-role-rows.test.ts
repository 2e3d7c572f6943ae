/**
 * A city's 審議会 lists its members as a table of three columns, the kind of member (`学識経験者`, `関係団体`, `市民委員`), the role
 * held in the body where there is one (`会長`, `副会長`), and the name (`学識経験者　　会長　　岡本　浩一`, `学識経験者　　副会長
 * 杉浦　美和`), the role's cell empty for the others. The role is the member's title and the kind their affiliation, as a
 * bracket after the name gives it in the same rolls (the role had been read into the name, `会長 岡本浩一`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const members = (rows: readonly string[]) =>
	parseText(['第３回みなみ野市環境審議会　会議録', '', '１　日　時　令和６年８月２２日（木）午後２時００分～午後３時４５分', '２　場　所　みなみ野市役所　第２会議室', '３　出席者', '　（委員）', ...rows.map((row) => `　${row}`), '', '○岡本会長　開会いたします。', '○平松委員　伺いたい。'].join('\n'), 'a.txt').meeting?.participants.flatMap((group) =>
		group.members.map((member) => [member.name, member.title, member.affiliation]),
	);

describe('a roll of the kind of member, the role and the name', () => {
	test('the role between the kind and the name', () => {
		expect(members(['学識経験者　　会長　　岡本　浩一', '学識経験者　　副会長　杉浦　美和', '学識経験者　　　　　　平松　健吾', '関係団体　　　　　　　北条　さゆり'])).toEqual([
			['岡本　浩一', '会長', '学識経験者'],
			['杉浦　美和', '副会長', '学識経験者'],
			['平松　健吾', '学識経験者', null],
			['北条　さゆり', '関係団体', null],
		]);
	});
});
