/**
 * A 衆議院 committee's 会議録 as pdftotext gives its PDF: the page's number alone at its foot and the sitting named atop
 * the next page (`１` / `第２１３回国会　法務委員会　第１５号`), a sentence running on across them.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const PDF_TEXT = `第二百十三回国会　衆議院
法務委員会議録　第十五号
令和六年五月十日（金曜日）
　　　　午前九時開議
　出席委員
　　　委員長　武部　新君
　　　　　　寺田　学君
　　　　　―――――――――――――
○武部委員長　これより会議を開きます。寺田学君。
○寺田委員　共同親権の導入について、これまでの議論を踏まえて、大臣の見解を伺いたいと

１

第２１３回国会　法務委員会　第１５号
思います。
○小泉国務大臣　お答えいたします。

２

第２１３回国会　法務委員会　第１５号
○武部委員長　本日は、これにて散会いたします。
　　　　午後二時三十一分散会

３
`;

describe('page numbers and running heads of the PDF of a Diet committee', () => {
	const { meeting } = parseText(PDF_TEXT, 'homu-15.txt');

	test('are no words of the turns they fall into', () => {
		expect(meeting?.title).toBe('第213回国会 衆議院 法務委員会 第15号');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['武部委員長', 'これより会議を開きます。寺田学君。'],
			['寺田委員', '共同親権の導入について、これまでの議論を踏まえて、大臣の見解を伺いたいと思います。'],
			['小泉国務大臣', 'お答えいたします。'],
			['武部委員長', '本日は、これにて散会いたします。'],
		]);
	});

	test('a head seen once, as a member may name the sitting, stays', () => {
		const once = PDF_TEXT.replace('２\n\n第２１３回国会　法務委員会　第１５号\n', '');
		const texts = parseText(once, 'homu-15.txt').meeting?.remarks.map((remark) => remark.text) ?? [];
		expect(texts[1]).toContain('第２１３回国会');
	});
});
