/**
 * The rolls a 衆議院 本会議 prints after its close list the ministers' deputies under headings of their own, `出席副大臣` and
 * `出席大臣政務官`, after `出席国務大臣`. Before, those headings were read as no roll, and the deputies were listed as
 * ministers.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第213回国会 衆議院 本会議 第12号
令和六年三月二十八日（木曜日）
    ―――――――――――――
○本日の会議に付した案件
 日程第一 地方税法等の一部を改正する法律案（内閣提出）
    午後一時二分開議
○議長（額田福志郎君） これより会議を開きます。
○議長（額田福志郎君） 本日は、これにて散会いたします。
    午後一時五十分散会
     ――――◇―――――
 出席国務大臣
        総務大臣  松本 剛明君
        財務大臣  鈴木 俊一君
 出席副大臣
        財務副大臣  赤沢 亮正君
 出席大臣政務官
        総務大臣政務官  西田 昭二君
`;

describe("a 本会議's rolls of the ministers' deputies", () => {
	test('are rolls of their own', () => {
		const { meeting } = parseText(RECORD, 'honkaigi-12.txt');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			['出席国務大臣', [['総務大臣', '松本 剛明'], ['財務大臣', '鈴木 俊一']]],
			['出席副大臣', [['財務副大臣', '赤沢 亮正']]],
			['出席大臣政務官', [['総務大臣政務官', '西田 昭二']]],
			// (The 議長 who spoke, whom no roll lists.)
			['発言者', [['議長', '額田福志郎']]],
		]);
	});
});
