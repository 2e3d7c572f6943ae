/** A receipt stamp or a mark above the title (受付印, 取扱注意), as a filed record's PDF shows it: no part of the title. */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `受　付
公開　　令和6.11.20
環境政策課
令和６年度第２回あおば市環境審議会会議録
１　日　時　令和６年１１月１２日（火）午後２時００分から午後３時４０分まで
２　場　所　あおば市役所　第１会議室
３　出席者　委員　田村　和彦（会長）、石田　誠

○田村会長　ただいまから会議を開きます。
○石田委員　資料について質問します。`;

describe('a stamp above the title', () => {
	test('the title is the line that names the meeting (it had been 受　付), the date the 日時', () => {
		const { meeting, diagnostics } = parseMinutes(MINUTES, { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(meeting!.title).toBe('令和６年度第２回あおば市環境審議会会議録');
		expect(meeting!.series).toBe('あおば市環境審議会');
		expect(meeting!.date).toBe('2024-11-12');
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['田村会長', '石田委員']);
		// (The stamp's word is named, as any line the header does not know.)
		expect(diagnostics.filter((d) => d.code === 'unknown-line').map((d) => d.line)).toEqual([1]);
	});
});
