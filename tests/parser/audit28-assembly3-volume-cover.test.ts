/**
 * A town's printed volume in one file: the cover (`令和６年第３回（９月）ふじみ台町議会定例会会議録` over the days the session
 * opened and closed), then each sitting under its own title (`…定例会会議録（第１号）`, `（第２号）`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const VOLUME = `　　　　　令和６年第３回（９月）ふじみ台町議会定例会会議録

　　　　　　　　　　　　　　　　　　　　　令和６年９月３日　開会
　　　　　　　　　　　　　　　　　　　　　令和６年９月１３日　閉会

─────────────────────────────────────

　　　　　　　令和６年第３回ふじみ台町議会定例会会議録（第１号）

　　　　　　　　　　　　　　　　　　　　　令和６年９月３日（火曜日）

出席議員（２名）
　１番　北　島　正　一　君　　　　　２番　安　西　ゆかり　君

○議長（北島正一君）　ただいまから令和６年第３回ふじみ台町議会定例会を開会いたします。
○町長（大和田誠君）　令和５年度の決算について御説明申し上げます。
○議長（北島正一君）　本日はこれで散会します。

─────────────────────────────────────

　　　　　　　令和６年第３回ふじみ台町議会定例会会議録（第２号）

　　　　　　　　　　　　　　　　　　　　　令和６年９月１３日（金曜日）

出席議員（２名）
　１番　北　島　正　一　君　　　　　２番　安　西　ゆかり　君

○議長（北島正一君）　ただいまから本日の会議を開きます。
○議長（北島正一君）　令和６年第３回ふじみ台町議会定例会を閉会いたします。
`;

describe('a volume\'s cover', () => {
	test('is no meeting of its own: the file holds its two sittings', () => {
		const meetings = parseDocuments(VOLUME, { source: 'fujimidai-r6-3.txt', sourceHash: 'e'.repeat(64) }).map((result) => result.meeting);
		expect(meetings.map((meeting) => [meeting?.title, meeting?.date, meeting?.remarks.length])).toEqual([
			['ふじみ台町議会 令和6年第3回定例会 第1号', '2024-09-03', 3],
			['ふじみ台町議会 令和6年第3回定例会 第2号', '2024-09-13', 2],
		]);
	});
});
