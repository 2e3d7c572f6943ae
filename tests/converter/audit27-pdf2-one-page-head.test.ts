/**
 * A file of one page with a running head (`さくら市地域公共交通会議` set small atop the page, over the record's title): the
 * head is left out as on a file of many pages, where it had become the record's title (the real title a line not
 * understood, or glued to it). A bare `議事要旨` under the head keeps it: it names the body.
 */
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { minutesPdf } from './pdf-fixture.ts';

const BODY = ['○石原会長　ただいまから会議を開会いたします。', '○事務局　資料１について御説明いたします。', '○中村委員　デマンド交通の予約方法について伺います。'];

async function read(text: string, header: string) {
	const pdf = await minutesPdf(text, { header });
	expect(pdf.pages).toBe(1);
	const extracted = await pdfToText(pdf.bytes);
	if (!extracted.ok) throw new Error(extracted.message);
	return { text: extracted.text, result: parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }) };
}

describe('the running head of a one-page file', () => {
	test.each([
		['さくら市地域公共交通会議', '第３回さくら市地域公共交通会議　議事録'],
		['令和６年度第２回環境審議会', '令和６年度第２回みどり市環境審議会会議録'],
		['総務常任委員会', '総務常任委員会記録'],
	])('%s over %s is left out', async (head, title) => {
		const { text, result } = await read([title, '日時　令和６年７月１８日（木）午後２時', '場所　第２会議室', '', ...BODY].join('\n'), head);
		expect(text.split('\n')[0]).toBe(title);
		expect(result.meeting?.title).toBe(title);
		expect(result.meeting?.date).toBe('2024-07-18');
		expect(result.diagnostics.filter((d) => d.code === 'unknown-line')).toEqual([]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['石原会長', '事務局', '中村委員']);
	});

	test('a head holding the date alone gives it still', async () => {
		const { result } = await read(['総務常任委員会記録', '', ...BODY].join('\n'), '令和６年９月１２日（木）　総務常任委員会');
		expect(result.meeting?.date).toBe('2024-09-12');
	});

	test('a bare 議事要旨 under the head keeps it', async () => {
		const { text } = await read(['議事要旨', '日時：令和６年１１月５日（火）１０：００～１１：３０', '', ...BODY].join('\n'), '子ども・子育て支援検討会（第４回）');
		expect(text.split('\n')[0]).toBe('子ども・子育て支援検討会（第４回）');
	});
});
