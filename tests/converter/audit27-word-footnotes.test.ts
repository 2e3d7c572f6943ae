/**
 * A Word document's footnotes read after its text, under the rule that ends the last turn (as a PDF's are), as lines led
 * by the mark their references show in it (`[1]`), with no link back (`↑`) and no list number of their own over them:
 * no one's words.
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx } from './docx-fixture.ts';

describe('footnotes', () => {
	test('each a line after the text, led by its mark; the references stay in the text', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: 'やまびこ村議会総務常任委員会会議録' },
				{ text: '令和６年９月１２日（木）' },
				{ text: '協議事項' },
				{ text: '防災行政無線の更新について', list: 'decimal' },
				{ text: '○渡辺委員長　所管事務調査{^地方自治法第１０９条第２項に基づく調査。}として説明を求めます。' },
				{ text: '○総務課長　工事は令和７年度に実施する予定です{^実施設計は令和６年度に完了予定。}。' },
			]),
		);
		expect(decoded.ok && decoded.text.split('\n')).toEqual([
			'やまびこ村議会総務常任委員会会議録',
			'令和６年９月１２日（木）',
			'協議事項',
			'1. 防災行政無線の更新について',
			'○渡辺委員長　所管事務調査[1]として説明を求めます。',
			'○総務課長　工事は令和７年度に実施する予定です[2]。',
			'────◇────',
			'[1] 地方自治法第１０９条第２項に基づく調査。',
			'[2] 実施設計は令和６年度に完了予定。',
		]);
		const meeting = parseDocuments(decoded.ok ? decoded.text : '', { source: 'soumu.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['渡辺委員長', '所管事務調査[1]として説明を求めます。'],
			['総務課長', '工事は令和７年度に実施する予定です[2]。'],
		]);
	});
});
