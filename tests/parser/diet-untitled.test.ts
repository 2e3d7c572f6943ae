/**
 * A 衆議院 committee's sitting copied from its page, which starts at the date line and names the committee only in the roll
 * (`総務委員会専門員 …君`): read by the Diet reader whatever 議会 its agenda or speeches name (a 審議会 in a bill's name, the
 * 全国市議会議長会 in a witness's post, a member's past in a prefecture's 議会), its series the house and the committee, noon
 * (`正午開議`) its start. Before, such a text went to the council reader (its title the date line) when 議会 stood anywhere in
 * its first lines, and otherwise was named after its file.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const sitting = (opening: string) => `令和六年五月二十一日（火曜日）
    ${opening}
 出席委員
   委員長 古川 真二君
   理事 石田 真治君 理事 小森 卓郎君
      井原  巧君    上田 英俊君
    …………………………………
   総務大臣         松本 剛二君
   参考人
   （全国市議会議長会会長）  清水 富雄君
   総務委員会専門員     阿部 哲也君
    ―――――――――――――
本日の会議に付した案件
 衆議院議員選挙区画定審議会設置法の一部を改正する法律案（内閣提出第三二号）
 地方自治法の一部を改正する法律案（内閣提出第三一号）
     ――――◇―――――
○古川委員長 これより会議を開きます。
 内閣提出、地方自治法の一部を改正する法律案を議題といたします。
○上田委員 私は、富山県議会議員を務めておりましたので、地方議会の立場から伺います。
○松本国務大臣 お答えいたします。
○古川委員長 本日は、これにて散会いたします。
    午後零時五十分散会
`;

const read = (text: string) => parseMinutes(text, { source: 'soumu.txt', sourceHash: '0'.repeat(64) });

describe("a 衆議院 committee's page without its title line", () => {
	test('is the Diet reader\'s, named by its clerk in the roll, whatever 議会 it mentions', () => {
		const { meeting, diagnostics } = read(sitting('午前九時開議'));
		expect([meeting!.series, meeting!.date, meeting!.start]).toEqual(['衆議院 総務委員会', '2024-05-21', '09:00']);
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['古川委員長', '上田委員', '松本国務大臣', '古川委員長']);
		expect(diagnostics.filter((diagnostic) => diagnostic.code === 'no-series')).toEqual([]);
	});

	test('noon opens the sitting at 12:00', () => {
		expect(read(sitting('正午開議')).meeting!.start).toBe('12:00');
	});
});
