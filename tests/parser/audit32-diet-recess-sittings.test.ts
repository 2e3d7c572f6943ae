/**
 * A committee's sitting after the session closed (閉会中審査) is numbered afresh: the NDL titles it `閉会後第1号` (its API gives
 * `issue` `第1号` and `closing` `閉会後`), the printed minutes `第二百十一回国会閉会後　衆議院内閣委員会議録　第一号`. Such a sitting is
 * the committee's, in its series, and its title and sitting say 閉会後. Before, the text's `閉会後` was read as part of the
 * committee's name (series `衆議院 内閣委員会 閉会後`), and the API's `closing` was not read, so the sitting was titled as the
 * session's own 第1号.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const RECORD = `令和五年七月二十六日（水曜日）
    午前十時開議
 出席委員
   委員長 大西 英男君
      上野賢一郎君    中川 正春君
    ―――――――――――――
本日の会議に付した案件
 内閣の重要政策に関する件（マイナンバー制度）
    ――――◇―――――
○大西委員長 これより会議を開きます。
 内閣の重要政策に関する件について調査を進めます。
○中川（正）委員 立憲民主党の中川です。
○大西委員長 本日は、これにて散会いたします。
    午前十一時散会
`;

describe('a sitting after the session closed, as text', () => {
	test.each([
		['the NDL web view', '第211回国会 衆議院 内閣委員会 閉会後第1号 令和5年7月26日'],
		['the printed title on one line', '第二百十一回国会閉会後　衆議院内閣委員会議録　第一号'],
		['the printed title over two lines', '第二百十一回国会閉会後　衆議院\n内閣委員会議録　第一号'],
	])('%s', (_, title) => {
		const { meeting } = parseText(`${title}\n\n${RECORD}`, 'naikaku-heikaigo-1.txt');
		expect(meeting?.series).toBe('衆議院 内閣委員会');
		expect(meeting?.title).toBe('第211回国会 衆議院 内閣委員会 閉会後第1号');
		expect(meeting?.sessionLabel).toBe('第211回国会 閉会後第1号');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['大西委員長', '中川（正）委員', '大西委員長']);
	});
});

describe("a sitting after the session closed, in the NDL API's JSON", () => {
	const meeting = (issueID: string, date: string, closing: string | null) => ({
		issueID,
		imageKind: '会議録',
		session: 211,
		nameOfHouse: '衆議院',
		nameOfMeeting: '内閣委員会',
		issue: '第1号',
		date,
		closing,
		speechRecord: [{ speechID: `${issueID}_001`, speechOrder: 1, speaker: '大西英男', speech: '○大西委員長　これより会議を開きます。' }],
	});
	const results = parseDocuments(
		JSON.stringify({ numberOfRecords: 2, meetingRecord: [meeting('121104889X00120230123', '2023-01-23', null), meeting('121104889X00120230726', '2023-07-26', '閉会後')] }),
		{ source: 'naikaku.json', sourceHash: '0'.repeat(64) },
	);

	test("the session's own 第1号 and the one after it closed are told apart, in one series", () => {
		expect(results.map((result) => [result.meeting?.title, result.meeting?.series, result.meeting?.sessionLabel])).toEqual([
			['第211回国会 衆議院 内閣委員会 第1号', '衆議院 内閣委員会', '第211回国会 第1号'],
			['第211回国会 衆議院 内閣委員会 閉会後第1号', '衆議院 内閣委員会', '第211回国会 閉会後第1号'],
		]);
	});
});
