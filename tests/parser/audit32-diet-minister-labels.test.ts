/**
 * The 衆議院's labels of a minister's post that names the ministry (`○工藤内閣府副大臣`, `○自見内閣府大臣政務官`,
 * `○古賀外務大臣政務官`, `○石井国土交通大臣政務官`) and a witness's counsel (`○田中補佐人`): each is a turn of the surname and
 * that post, and the speaker is the roll's `内閣府副大臣　工藤 彰三君`. Before, a 内閣府 post and 補佐人 were no label (the turn
 * ran into the remark before it), and a ministry's 大臣政務官 was read as the surname with the ministry (`古賀外務`,
 * `石井国土` the `交通大臣政務官`), matched to no one of the roll.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseNameLabel } from '../../src/parser/names.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `第２１３回国会　衆議院　内閣委員会　第１０号
令和六年四月十日（水曜日）
    午前九時開議
 出席委員
   委員長 大西 英男君
   理事 平  将明君 理事 森山 浩行君
      中川 正春君
   …………………………………
   内閣府副大臣      工藤 彰三君
   内閣府大臣政務官    自見はなこ君
   外務大臣政務官     古賀友一郎君
   国土交通大臣政務官   石井  拓君
   補佐人
   （弁護士）       田中 三郎君
    ―――――――――――――
本日の会議に付した案件
 内閣の重要政策に関する件
    ――――◇―――――
○大西委員長　これより会議を開きます。
○森山（浩）委員　立憲民主党の森山です。副大臣に伺います。
○工藤内閣府副大臣　お答えいたします。
○森山（浩）委員　政務官に伺います。
○自見内閣府大臣政務官　お答えいたします。
○古賀外務大臣政務官　外務省としてお答えいたします。
○石井国土交通大臣政務官　国土交通省からお答えいたします。
○田中補佐人　証人に助言いたします。
○大西委員長　本日は、これにて散会いたします。
    午前十一時散会
`;

describe("the 衆議院's labels of a ministry's post", () => {
	const { meeting } = parseText(MINUTES, 'naikaku-10.txt');

	test('every one is a turn', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual([
			'大西委員長',
			'森山（浩）委員',
			'工藤内閣府副大臣',
			'森山（浩）委員',
			'自見内閣府大臣政務官',
			'古賀外務大臣政務官',
			'石井国土交通大臣政務官',
			'田中補佐人',
			'大西委員長',
		]);
	});

	test('each is the surname and the whole post', () => {
		expect(['工藤内閣府副大臣', '自見内閣府大臣政務官', '古賀外務大臣政務官', '石井国土交通大臣政務官', '田中補佐人', '上川外務大臣'].map((label) => [parseNameLabel(label).name, parseNameLabel(label).title])).toEqual([
			['工藤', '内閣府副大臣'],
			['自見', '内閣府大臣政務官'],
			['古賀', '外務大臣政務官'],
			['石井', '国土交通大臣政務官'],
			['田中', '補佐人'],
			['上川', '外務大臣'],
		]);
	});

	test('each speaker is the one of the roll', () => {
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		const labelled = (label: string) => index.persons.filter((person) => person.labels.includes(label)).map((person) => person.name);
		expect(['工藤内閣府副大臣', '自見内閣府大臣政務官', '古賀外務大臣政務官', '石井国土交通大臣政務官', '田中補佐人'].map(labelled)).toEqual([['工藤 彰三'], ['自見はなこ'], ['古賀友一郎'], ['石井 拓'], ['田中 三郎']]);
	});
});
