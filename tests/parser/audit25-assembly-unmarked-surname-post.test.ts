/**
 * A town's 会議録 whose turns carry no mark and name the speaker by surname and post (`谷議長　…`, `川上議員　…`,
 * `枡富町長　…`), as some towns' PDFs give them.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第２回むぎ町議会定例会会議録（第１号）

令和６年６月１０日（月曜日）

出席議員（３名）
　１番　山田　一郎　　２番　川上　花子　　３番　谷　健二

　　　　　午前１０時開議
谷議長　ただいまから本日の会議を開きます。
　日程第１、一般質問を行います。川上花子議員。
川上議員　通告に従い、防災について伺います。
枡富町長　お答えします。
谷議長　本日はこれにて散会します。
　　　　　午前１０時５０分散会
`;

describe('unmarked turns named by surname and post', () => {
	test('are read as a sitting of the assembly, named after it', () => {
		const { meeting } = parseText(MINUTES, 'mugi-r6-2-1.txt');
		expect(meeting?.title).toBe('むぎ町議会 令和6年第2回定例会 第1号');
		expect(meeting?.series).toBe('むぎ町議会');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['谷議長', '川上議員', '枡富町長', '谷議長']);
	});
});
