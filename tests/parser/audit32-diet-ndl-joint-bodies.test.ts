/**
 * Bodies of both houses in the NDL API's JSON (`nameOfHouse` `両院` or `両院協議会`): a 両院協議会 is the series `両院協議会` and a
 * joint committee keeps its name (`国家基本政策委員会合同審査会`), as the same sittings read from their printed minutes are, so
 * a sitting saved both ways is one meeting of one series. Before, the API's house was put before the name (`両院 両院協議会`,
 * a series of its own beside the text's `両院協議会`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const response = (house: string, name: string, label: string, speech: string): string =>
	JSON.stringify({
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID: '121322300X00120240328',
				session: 213,
				nameOfHouse: house,
				nameOfMeeting: name,
				issue: '第1号',
				date: '2024-03-28',
				speechRecord: [{ speechID: '121322300X00120240328_001', speechOrder: 1, speaker: label, speech }],
			},
		],
	});

const read = (json: string) => parseDocuments(json, { source: 'ryoin.json', sourceHash: '0'.repeat(64) })[0]?.meeting;

describe('a body of both houses in the NDL JSON', () => {
	test.each(['両院', '両院協議会'])('a 両院協議会 (nameOfHouse %s) is the series 両院協議会, as its text is', (house) => {
		const meeting = read(response(house, '両院協議会', '根本匠', '○議長（根本匠君）　これより両院協議会を開会いたします。'));
		const text = parseText(
			`第二百十三回国会　両院協議会\n令和六年度一般会計予算外二件両院協議会会議録　第一号\n令和六年三月二十八日（木曜日）\n　　　午後五時三十一分開会\n　　　―――――――――――――\n　出席協議委員\n　　衆議院\n　　　議長　　　　　　　　　　根本　匠君\n　　　―――――――――――――\n○議長（根本匠君）　これより両院協議会を開会いたします。\n`,
			'ryoin-1.txt',
		).meeting;
		expect([meeting?.title, meeting?.series, meeting?.sessionLabel]).toEqual(['第213回国会 両院協議会 第1号', '両院協議会', '第213回国会 第1号']);
		expect([text?.title, text?.series]).toEqual([meeting?.title, meeting?.series]);
	});

	test('a joint committee keeps its name, of neither house', () => {
		const meeting = read(response('両院', '国家基本政策委員会合同審査会', '岸田文雄', '○岸田内閣総理大臣　お答えいたします。'));
		expect([meeting?.title, meeting?.series]).toEqual(['第213回国会 国家基本政策委員会合同審査会 第1号', '国家基本政策委員会合同審査会']);
	});

	test("a house's committee keeps its house", () => {
		const meeting = read(response('衆議院', '内閣委員会', '大西英男', '○大西委員長　これより会議を開きます。'));
		expect(meeting?.series).toBe('衆議院 内閣委員会');
	});
});
