/**
 * A minutes viewer's copy that leaves out each speech's ○ (`  2. 石川博之` / `    石川委員長 それでは…`): the line below an index
 * line is a turn when its label names the speaker indexed. Before, no turn was found and the record fell to the plain reader.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const COPY = `1952-07-04 第13回国会 衆議院 議院運営委員会 第72号 公式Web版

  1. 会議録情報

    昭和二十七年七月四日(金曜日)     午後零時二十五分開議     出席委員     委員長 石川 博之君     理事 倉田 忠夫君     ―――――――――――――     本日の会議に付した事件

  2. 石川博之

    石川委員長 それでは本日の議院運営委員会を開会いたします。

  3. 竹中奈良一

    竹中委員 委員長……。

  4. 大川眞

    大川事務総長 回付案は、三件が回付になつて参つております。

  5. 石川博之

    議長の裁定に従いまして進めます。
`;

describe("a viewer's copy without the speeches' ○", () => {
	test('each speech below its index line is a turn when its label names the speaker', () => {
		const { meeting } = parseText(COPY, 'giun-72.txt');
		expect(meeting?.title).toBe('第13回国会 衆議院 議院運営委員会 第72号');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text.split('\n')[0]])).toEqual([
			['石川委員長', 'それでは本日の議院運営委員会を開会いたします。'],
			['竹中委員', '委員長……。'],
			['大川事務総長', '回付案は、三件が回付になつて参つております。'],
		]);
		// (The last speech's label names no one indexed: its words stay the text above, no turn is made of them.)
		expect(meeting?.remarks.at(-1)?.text).toContain('議長の裁定に従いまして進めます。');
	});
});
