/**
 * A minister's post alone whose ministry has a two-letter name (`外務大臣政務官`, `防衛大臣政務官`, `復興大臣政務官`), in a roll,
 * over a name or in a turn's label, is the post, held by no one named. Before, it read as a person named for the ministry
 * (`外務`, the `大臣政務官`), and such a label made a person of the archive called 外務.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseNameLabel } from '../../src/parser/names.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `第213回国会 衆議院 安全保障委員会 第4号
令和六年四月二日（火曜日）
　　　　午前九時開議
　出席委員
　　　委員長 小泉 進一君
　　　　　　上杉謙太郎君
　　　　…………………………………
　　　防衛大臣政務官　　　　　　松本 尚志君
　　　外務大臣政務官　　　　　　穂積 　泰君
　　　　―――――――――――――
本日の会議に付した案件
　国の安全保障に関する件
　　　　　――――◇―――――
○小泉委員長　これより会議を開きます。
○上杉委員　外務省に伺います。
○外務大臣政務官　お答えいたします。
○上杉委員　防衛省に伺います。
○松本防衛大臣政務官　お答えいたします。
○小泉委員長　散会いたします。
　　　　午前十一時散会
`;

describe("a minister's post alone that names a ministry of two letters", () => {
	test('is a post, no one named', () => {
		expect(['外務大臣政務官', '防衛大臣政務官', '復興大臣政務官', '防衛大臣政務官兼内閣府大臣政務官', '松本防衛大臣政務官'].map((label) => [parseNameLabel(label).name, parseNameLabel(label).title])).toEqual([
			[null, '外務大臣政務官'],
			[null, '防衛大臣政務官'],
			[null, '復興大臣政務官'],
			[null, '防衛大臣政務官兼内閣府大臣政務官'],
			['松本', '防衛大臣政務官'],
		]);
	});

	test("the post's turn is a remark, its speaker the roll's holder of the post", () => {
		const { meeting } = parseText(MINUTES, 'anpo-4.txt');
		if (!meeting) throw new Error('no record');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['小泉委員長', '上杉委員', '外務大臣政務官', '上杉委員', '松本防衛大臣政務官', '小泉委員長']);
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		const labelled = (label: string) => index.persons.filter((person) => person.labels.includes(label)).map((person) => person.name);
		expect(index.persons.map((person) => person.name)).not.toContain('外務');
		expect([labelled('外務大臣政務官'), labelled('松本防衛大臣政務官')]).toEqual([['穂積 泰'], ['松本 尚志']]);
	});
});
