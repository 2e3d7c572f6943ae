/**
 * A city assembly's sitting as a minutes system shows it with the speaker's name first and the post after one space
 * (`○白石孝雄 議長`, `◆田村一郎 議員`, `◎坂田和彦 総合政策部長`): an assembly's record, each speaker the person with that post.
 * Before, the file was kept as a plain document (series `定例会`) and each person was named with the post (`白石孝雄 議長`).
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseNameLabel } from '../../src/parser/names.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const SITTING = `令和 6年 6月 定例会−06月10日-02号
緑川市議会 令和6年6月定例会 会議録（第2号）
令和6年6月10日（月曜日）

○白石孝雄 議長　これより本日の会議を開きます。
　日程第1、第39号議案から第45号議案までを一括議題といたします。
　21番、田村一郎議員。
◆田村一郎 議員　第39号議案について質疑いたします。
○白石孝雄 議長　坂田総合政策部長。
◎坂田和彦 総合政策部長　第39号議案中、総合政策部に関わる事柄について御答弁申し上げます。
○白石孝雄 議長　菅沼総務部長。
◎菅沼恵子 総務部長　総務部に関わる事柄について御答弁申し上げます。
◆田村一郎 議員　以上で質疑を終わります。
○白石孝雄 議長　本日は、これにて散会いたします。
　　午前11時12分散会
`;

describe('turns labelled with the name first, then the post', () => {
	test('make an assembly’s sitting of the city’s series', () => {
		const result = parseText(SITTING, 'midorikawa-r6-06-10.txt');
		expect(result.family).toBe('assembly');
		expect(result.meeting?.series).toBe('緑川市議会');
		expect(result.meeting?.remarks).toHaveLength(8);
	});

	test('a sitting copied without the assembly’s line is an assembly’s too', () => {
		const result = parseText(SITTING.replace(/^緑川市議会.*\n/mu, ''), 'midorikawa-r6-06-10.txt');
		expect(result.family).toBe('assembly');
	});

	test('each speaker is the person, the post apart', () => {
		const { meeting } = parseText(SITTING, 'midorikawa-r6-06-10.txt');
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		expect(index.persons.map((person) => [person.name, person.roles.map((role) => role.title)])).toEqual([
			['白石孝雄', ['議長']],
			['田村一郎', ['議員']],
			['坂田和彦', ['総合政策部長']],
			['菅沼恵子', ['総務部長']],
		]);
	});

	test('a name and a word that is no post stay one name', () => {
		expect(parseNameLabel('山田 太郎')).toEqual({ name: '山田 太郎', title: null, affiliation: null });
		expect(parseNameLabel('総務課 佐藤')).toEqual({ name: '佐藤', title: null, affiliation: '総務課' });
		expect(parseNameLabel('中村ゆかり 議員')).toEqual({ name: '中村ゆかり', title: '議員', affiliation: null });
	});
});
