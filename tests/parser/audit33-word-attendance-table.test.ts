/**
 * A roll typed in Word as an attendance table under `出欠：` (`役職 | 氏名 | 出欠`, each row marked `○` or `×`): the label
 * heads the roll, each row is one member by post and name with its mark, and a row whose post is a header's field (`書記`)
 * is one more row of the table. The label had been no roll's, its rows read as turns (`会長` saying `岩田　智子　○`), and the
 * `書記` row had opened a list of its own.
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx } from '../converter/docx-fixture.ts';

describe('an attendance table as the roll', () => {
	test('`出欠` over a table of post, name and mark: one roll of members, and the turns after it alone', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: '令和６年度　第３回すずらん小学校ＰＴＡ運営委員会　議事録' },
				{ text: '日時：令和６年１０月５日（土）１０：００～１１：３０' },
				{ text: '場所：すずらん小学校　図書室' },
				{ text: '出欠：' },
				{ table: [['役職', '氏名', '出欠'], ['会長', '岩田　智子', '○'], ['副会長', '中川　浩', '○'], ['副会長', '吉村　絵美', '×'], ['書記', '柴田　美穂', '○'], ['会計', '永井　涼子', '×']], header: true },
				{ text: '' },
				{ text: '岩田会長：本日はお集まりいただきありがとうございます。' },
				{ text: '中川副会長：バザーの準備状況を報告します。出品数は１２０点です。' },
			]),
		);
		if (!decoded.ok) throw new Error(decoded.message);
		const document = parseDocuments(decoded.text, { source: 'pta-3.docx', sourceHash: '0'.repeat(64) })[0];
		expect(document?.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name, member.text])])).toEqual([
			[
				'出欠',
				[
					['会長', '岩田　智子', '会長　岩田　智子　○'],
					['副会長', '中川　浩', '副会長　中川　浩　○'],
					['副会長', '吉村　絵美', '副会長　吉村　絵美　×'],
					['書記', '柴田　美穂', '書記　柴田　美穂　○'],
					['会計', '永井　涼子', '会計　永井　涼子　×'],
				],
			],
		]);
		expect(document?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['岩田会長', '本日はお集まりいただきありがとうございます。'],
			['中川副会長', 'バザーの準備状況を報告します。出品数は１２０点です。'],
		]);
	});

	test('a roster row with its status in words, the name a space apart, under 出席者 in plain text', () => {
		const meeting = parseDocuments(['第３回町内会役員会　議事録', '日時：令和６年１０月５日（土）', '出席者：', '会長\t岩田　智子\t出席', '書記\t柴田　美穂\t欠席', '', '岩田会長：本日はお集まりいただきありがとうございます。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			[
				'出席者',
				[
					['会長', '岩田　智子'],
					['書記', '柴田　美穂'],
				],
			],
		]);
	});
});

describe('a roll table whose label column names each list', () => {
	test('`欠席者⇥農業委員⇥４番　島田　進` under the present rows of the same table is a list of its own', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: '第４回やまぶき市農業委員会総会議事録', center: true },
				{ table: [['開催日時', '令和６年７月１０日（水）午前９時３０分～午前１１時', '<'], ['出席者', '農業委員', '１番　上田　浩、２番　金子　真理'], ['^', '事務局', '事務局長　井口、主査　大塚'], ['欠席者', '農業委員', '４番　島田　進']] },
				{ text: '' },
				{ text: '会長　ただいまから第４回総会を開会します。' },
			]),
		);
		if (!decoded.ok) throw new Error(decoded.message);
		const meeting = parseDocuments(decoded.text, { source: 'nogyo-4.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.participants.map((group) => group.group)).toEqual(['出席者', '事務局', '欠席者']);
	});
});
