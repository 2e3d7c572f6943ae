import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** An association's 総会 minutes: its board listed on one line, a ditto mark for the post above. */
const MINUTES = `一般社団法人さくら地域振興協会　第１２回定時総会議事録

日時　令和６年６月２２日（土）午後１時３０分から午後３時まで
場所　さくら市民会館　大会議室
出席理事　理事長　長谷川　修一、副理事長　石原　恵子、理事　上野　大輔、同　小島　真由美
事務局　事務局長　岡村　誠、同次長　宮下　涼子
説明員　都市計画課長　森田　一郎、同課主査　野口　彩

議長（長谷川理事長）：本日の総会は定足数を満たしておりますので、成立いたします。
石原副理事長：令和５年度の事業について報告いたします。
議長（長谷川理事長）：以上で本日の議事はすべて終了しました。
`;

describe('a ditto mark in a roll typed on one line', () => {
	test('`同` before a name is the post of the member before it; `同次長` the office of the post before, `同課主査` of the same 課', () => {
		const { meeting } = parseMinutes(MINUTES, { source: 'soukai.txt', sourceHash: '0'.repeat(64) });
		const rows = meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);
		expect(rows).toEqual([
			['出席理事', [['理事長', '長谷川　修一'], ['副理事長', '石原　恵子'], ['理事', '上野　大輔'], ['理事', '小島　真由美']]],
			['事務局', [['事務局長', '岡村　誠'], ['事務局次長', '宮下　涼子']]],
			['説明員', [['都市計画課長', '森田　一郎'], ['都市計画課主査', '野口　彩']]],
		]);
	});
});
