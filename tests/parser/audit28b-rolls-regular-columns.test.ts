/**
 * A committee's roll of names padded to a fixed width, its chair and vice-chair marked (`◎大　橋　俊　介　　○林　　　美　穂　　　岡　田　　　誠`):
 * a wide gap inside a name (`岡　田　　　誠`, `北　　　　　翼`) is told from the gap between names by the cells starting at
 * regular columns (the names had been cut at every wide gap, or read whole as one).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (roll: readonly string[]) =>
	parseDocuments(['令和６年９月１２日　総務常任委員会会議録', '', '１　開会日時　令和６年９月１２日（木）午前１０時', '２　場所　第１委員会室', '３　出席委員', ...roll, '４　欠席委員　なし', '', '○大橋委員長　ただいまから総務常任委員会を開会します。', '○林副委員長　質問します。'].join('\n'), {
		source: 'a.txt',
		sourceHash: '0'.repeat(64),
	})[0]?.meeting?.participants.find((group) => group.group === '出席委員')?.members.map((member) => member.name);

describe('a padded roll in regular columns', () => {
	test('two lines whose gaps inside names line up', () => {
		expect(members(['　◎大　橋　俊　介　　○林　　　美　穂　　　岡　田　　　誠', '　　森　　　一　郎　　　中　村　由　香　　　北　　　　　翼'])).toEqual(['大橋俊介', '林 美穂', '岡田 誠', '森 一郎', '中村由香', '北 翼']);
	});
	test('one line with the chair\'s and vice-chair\'s marks', () => {
		expect(members(['　◎大　橋　俊　介　　○林　　　美　穂　　　岡　田　　　誠'])).toEqual(['大橋俊介', '林 美穂', '岡田 誠']);
	});
});
