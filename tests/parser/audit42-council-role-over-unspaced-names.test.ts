/**
 * A city's 会議 page writes its roll in a table's cell as a role, then the members' full names written without a space between
 * surname and given name, one space between the members (`委員 青山拓 石川みどり 大谷昭子 金井圭`). Each name is a member
 * holding the role (the line had been one entry naming no one); a role over one name spaced apart (`委員 長谷川 美智子`) is still
 * one member.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const roll = (line: string) =>
	parseText(['令和4年度第1回かえで市人権尊重推進会議会議録', '1 日時\t令和4年7月5日(火曜日) 午後6時30分から午後8時まで', '2 場所\tかえで市防災センター402会議室', `3 出席者\t${line}`, '4 欠席者\tなし', '7 会議概要', '(事務局)講演会のテーマについてご意見を伺いたい。', '(委員)テーマは時宜にかなっていると思う。'].join('\n'), 'a.txt').meeting?.participants[0]?.members.map((member) => [member.name, member.title]);

describe('a role before full names one space apart', () => {
	test('each name is a member holding the role', () => {
		expect(roll('委員 青山拓 石川みどり 大谷昭子 金井圭 栗原正人 坂上陽子')).toEqual([
			['青山拓', '委員'],
			['石川みどり', '委員'],
			['大谷昭子', '委員'],
			['金井圭', '委員'],
			['栗原正人', '委員'],
			['坂上陽子', '委員'],
		]);
	});

	test('one name spaced apart after the role is one member', () => {
		expect(roll('委員　長谷川　美智子')).toEqual([['長谷川　美智子', '委員']]);
	});
});
