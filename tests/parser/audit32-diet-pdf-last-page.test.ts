/**
 * The page furniture of a Diet record's PDF text: the file's first line is the first page's running head, so a record of two
 * pages repeats it once; a page break may fall in the rolls printed after the close (a 本会議's `出席国務大臣`); and the last
 * page's number ends the file with no running head below it. Before, a head was taken for one only when the transcript held
 * it twice (with the page number above it, it ran into the turn broken by the page: `採決いたします。1第２１３回国会…`), and the
 * last page's number was a note at the end of the record; a head with the page's number beside it (`2　　第213回国会…`) was never one.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const HEAD = '第２１３回国会　衆議院　本会議　第１２号　令和６年３月２８日';

const RECORD = `${HEAD}

令和六年三月二十八日（木曜日）
    午後一時二分開議
○議長（額賀福志郎君）　これより会議を開きます。
 日程第一、地方税法等の一部を改正する法律案を議題といたします。
    〔議長退席、副議長着席〕
○副議長（海江田万里君）　採決いたします。

1
${HEAD}

 本案を委員長報告のとおり可決するに賛成の諸君の起立を求めます。
    〔賛成者起立〕
○副議長（海江田万里君）　起立多数。よって、本案は可決いたしました。
 本日は、これにて散会いたします。
    午後一時三十分散会
     ――――◇―――――
 出席国務大臣
        総務大臣  松本 剛明君

2
${HEAD}

        財務大臣  鈴木 俊一君

3
`;

const notes = (blocks: readonly Block[]): string[] =>
	blocks.flatMap((block) => (block.type === 'note' ? [block.text] : 'children' in block ? notes(block.children as Block[]) : []));

describe("a Diet record's PDF text after the close", () => {
	const result = parseText(RECORD, 'honkaigi-12.txt');

	test('the rolls after the close are whole, without the page break', () => {
		// (Then those who spoke, whom no roll lists.)
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席国務大臣', ['松本 剛明', '鈴木 俊一']],
			['発言者', ['額賀福志郎', '海江田万里']],
		]);
	});

	test('no page number or running head is left as a note', () => {
		const all = notes(result.body.flatMap((section) => section.children));
		expect(all).toContain('午後一時三十分散会');
		expect(all.filter((note) => /^[0-9]+$/u.test(note) || note.includes('第２１３回国会'))).toEqual([]);
	});

	test('every turn is whole', () => {
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（額賀福志郎君）', '副議長（海江田万里君）', '副議長（海江田万里君）']);
		expect(result.meeting?.remarks[1]?.text).toBe('採決いたします。\n本案を委員長報告のとおり可決するに賛成の諸君の起立を求めます。\n〔賛成者起立〕');
	});
});

describe('the last page of a committee\'s PDF text', () => {
	const head = '第２１３回国会　衆議院　予算委員会　第５号　令和６年２月５日';
	const result = parseText(
		`${head}\n\n令和六年二月五日（月曜日）\n    午前九時開議\n 出席委員\n   委員長 小野寺五典君\n    ―――――――――――――\n○小野寺委員長 これより会議を開きます。\n○井上委員 総理に伺います。所見を\n\n1\n${head}\n\nお聞かせください。\n○小野寺委員長 本日は、これにて散会いたします。\n    午後五時一分散会\n\n2\n`,
		'yosan-5.txt',
	);

	test("its number, with no running head below it, is no note", () => {
		expect(notes(result.body.flatMap((section) => section.children))).toEqual(['午後五時一分散会']);
		expect(result.meeting?.remarks.map((remark) => remark.text)).toEqual(['これより会議を開きます。', '総理に伺います。所見をお聞かせください。', '本日は、これにて散会いたします。']);
	});
});

describe("a running head with the page's number beside it", () => {
	const head = '第213回国会　衆議院予算委員会議録第５号　令和６年２月５日';
	const result = parseText(
		`${head}\n\n令和六年二月五日（月曜日）\n    午前九時開議\n 出席委員\n   委員長 小野寺五典君\n    ―――――――――――――\n○小野寺委員長　これより会議を開きます。\n○井上委員　総理に伺います。所見を\n2　　${head}\nお聞かせください。\n○岸田内閣総理大臣　お答えいたします。賃上げを実現してまいり\n${head}　　3\nます。\n○小野寺委員長　本日は、これにて散会いたします。\n    午後五時一分散会\n`,
		'yosan-5-pdf.txt',
	);

	test('is left out, on either side of the head', () => {
		expect(result.meeting?.remarks.map((remark) => remark.text)).toEqual(['これより会議を開きます。', '総理に伺います。所見をお聞かせください。', 'お答えいたします。賃上げを実現してまいります。', '本日は、これにて散会いたします。']);
	});
});
