/**
 * A Word document whose parts are an outline numbered by Word's list numbering (`第１　会長挨拶` / `第２　報告事項` /
 * `(1) ごみ集積所の管理について`, numbers that exist only in numbering.xml) under the roll, and whose questions are numbered
 * so too (`①　問　…`): the outline heads the text however deep it runs before the first turn (its headings had been read
 * as more of the roll, and the third as a group of its own), and a numbered question is the `問` turn it is.
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx } from '../converter/docx-fixture.ts';

async function read() {
	const decoded = await docxToText(
		await makeDocx([
			{ text: 'もみじ市自治会長連絡協議会　定例会議事録' },
			{ text: '日時：令和６年４月２０日（土）１３：３０～１５：００' },
			{ text: '場所：もみじ市中央公民館　大ホール' },
			{ text: '出席：自治会長３２名、市民生活課　杉山課長、増田主事' },
			{ text: '' },
			{ text: '会長挨拶', list: 'outline', level: 0 },
			{ text: '報告事項', list: 'outline', level: 0 },
			{ text: 'ごみ集積所の管理について', list: 'outline', level: 1 },
			{ text: '杉山課長　集積所の清掃当番表を配布しますので、ご活用ください。' },
			{ text: '質疑応答', list: 'outline', level: 0 },
			{ text: '問　カラス除けネットの補助はあるか。', list: 'circled' },
			{ text: '答　１集積所あたり５千円を上限に補助している。（杉山課長）' },
			{ text: '問　申請の期限はいつか。', list: 'circled' },
			{ text: '答　年度末までに申請いただきたい。（増田主事）' },
		]),
	);
	if (!decoded.ok) throw new Error(decoded.message);
	return parseDocuments(decoded.text, { source: 'jichikai-4.docx', sourceHash: '0'.repeat(64) })[0];
}

describe("a Word document's numbered outline and questions", () => {
	test('the outline under the roll heads the text: the roll holds its people alone, with no group made of a part', async () => {
		const document = await read();
		expect(document?.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([['出席者', ['自治会長３２名', '市民生活課　杉山課長', '増田主事']]]);
		expect(document?.diagnostics.filter((diagnostic) => diagnostic.message.includes('lists no members'))).toEqual([]);
		expect(document?.meeting?.sections.map((section) => section.title)).toEqual(expect.arrayContaining(['会長挨拶', '報告事項', 'ごみ集積所の管理について', '質疑応答']));
	});

	test('a question numbered by the list is a 問 turn, each answer after it', async () => {
		const document = await read();
		expect(document?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['杉山課長', '集積所の清掃当番表を配布しますので、ご活用ください。'],
			['問', 'カラス除けネットの補助はあるか。'],
			['答（杉山課長）', '１集積所あたり５千円を上限に補助している。'],
			['問', '申請の期限はいつか。'],
			['答（増田主事）', '年度末までに申請いただきたい。'],
		]);
	});

	test.each([
		['① 問　…', '①　問　補助の上限はいくらか。'],
		['(1) 質問：…', '(1) 質問：補助の上限はいくらか。'],
		['1. 問 …', '1. 問　補助の上限はいくらか。'],
	])('in plain text too: %s', (_, line) => {
		const meeting = parseDocuments(['自治会長連絡協議会　定例会議事録', '日時：令和６年４月２０日（土）', '', '質疑応答', line, '答　５千円を上限に補助している。（杉山課長）'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker.replace(/^質問$/u, '問'), remark.text])).toEqual([
			['問', '補助の上限はいくらか。'],
			['答（杉山課長）', '５千円を上限に補助している。'],
		]);
	});
});
