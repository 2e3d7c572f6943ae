/**
 * An assembly record whose headings carry no mark (`一般質問`, `防災行政無線について` between turns, as a saved web page's or a
 * Word document's heading elements read in text): each heading starts a section. They had run into the speech before them
 * (`…会議を開きます。一般質問`), the heading's words made part of the chair's remark. Short lines that end as speech does
 * (`以上です`) or that more words follow stay in the turn.
 */
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const HEAD = `令和６年第２回みどり町議会定例会会議録（第２号）
令和６年６月１２日（水曜日）午前１０時開議
○出席議員（２名）
１番　山田　太郎君　　２番　鈴木　花子君
`;

function read(text: string) {
	const [result] = parseDocuments(text, { source: 'midori.txt', sourceHash: '0'.repeat(64) });
	const meeting = result?.meeting;
	const titles = new Map((meeting?.sections ?? []).map((section) => [section.id, section.title]));
	return { family: result?.family, remarks: (meeting?.remarks ?? []).map((remark) => [remark.speaker, titles.get(remark.section ?? ''), remark.text]) };
}

describe('headings without a mark between the turns of an assembly record', () => {
	test('text: each heading starts its section and leaves the speech before it', () => {
		const { family, remarks } = read(`${HEAD}○議長（田中　実君）　ただいまから本日の会議を開きます。
一般質問
○議長（田中　実君）　日程第１、一般質問を行います。
○１番（山田太郎君）　町道の維持管理について伺います。
○町長（小林　健君）　お答えします。今年度は三路線の補修を予定しております。
防災行政無線について
○１番（山田太郎君）　次に、防災行政無線について伺います。
`);
		expect(family).toBe('assembly');
		expect(remarks).toEqual([
			['議長（田中　実君）', '', 'ただいまから本日の会議を開きます。'],
			['議長（田中　実君）', '一般質問', '日程第１、一般質問を行います。'],
			['１番（山田太郎君）', '一般質問', '町道の維持管理について伺います。'],
			['町長（小林　健君）', '一般質問', 'お答えします。今年度は三路線の補修を予定しております。'],
			['１番（山田太郎君）', '防災行政無線について', '次に、防災行政無線について伺います。'],
		]);
	});

	test('a saved page: the heading elements between the paragraphs of turns', () => {
		const page = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>会議録</title></head><body><main>
${HEAD.trim().split('\n').map((line) => `<p>${line}</p>`).join('\n')}
<h2>開議の宣告</h2>
<p>○議長（田中　実君）　ただいまから本日の会議を開きます。</p>
<h2>一般質問</h2>
<p>○議長（田中　実君）　日程第１、一般質問を行います。</p>
<h3>町道の維持管理について</h3>
<p>○１番（山田太郎君）　町道の維持管理について伺います。</p>
<h2>散会の宣告</h2>
<p>○議長（田中　実君）　本日はこれで散会します。</p>
</main></body></html>`;
		const decoded = decodeSeed(new TextEncoder().encode(page), { html: true });
		if (!decoded.ok) throw new Error(decoded.message);
		const { remarks } = read(decoded.text);
		expect(remarks).toEqual([
			['議長（田中　実君）', '', 'ただいまから本日の会議を開きます。'],
			['議長（田中　実君）', '一般質問', '日程第１、一般質問を行います。'],
			['１番（山田太郎君）', '町道の維持管理について', '町道の維持管理について伺います。'],
			['議長（田中　実君）', '散会の宣告', '本日はこれで散会します。'],
		]);
	});

	test('short lines of speech stay in the turn: one ending as speech does, one that more words follow', () => {
		const { remarks } = read(`${HEAD}○議長（田中　実君）　ただいまから本日の会議を開きます。
以上です
○１番（山田太郎君）　町道について伺います。
舗装の補修
の予定を教えてください。
○町長（小林　健君）　お答えします。
`);
		expect(remarks).toEqual([
			['議長（田中　実君）', '', 'ただいまから本日の会議を開きます。以上です'],
			['１番（山田太郎君）', '', '町道について伺います。舗装の補修の予定を教えてください。'],
			['町長（小林　健君）', '', 'お答えします。'],
		]);
	});
});
