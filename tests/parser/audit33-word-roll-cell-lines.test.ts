/**
 * A Word header table whose `出席委員` cell holds the roll a line each, by role (`議長　小松　弘` / `副議長　熊谷　由紀` / `委員　栗原
 * 純、…`, line breaks or paragraphs in one cell): one roll. The line led by `副議長` had opened a list of its own, which took
 * the members below it; so had `議長` under a bare `出席委員`. A role's field after the roll (`陪　席`, `記　録`) is still one.
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx } from '../converter/docx-fixture.ts';

const groups = (text: string) =>
	parseDocuments(text, { source: 'shakyo-3.docx', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);

const ROLL = [
	['議長', '小松　弘'],
	['副議長', '熊谷　由紀'],
	['委員', '栗原　純'],
	['委員', '樋口　和彦'],
];

describe("a roll listed by role, a line each, in a header table's cell", () => {
	test('a .docx: one roll of four members', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: '令和６年度第３回あかね市社会教育委員会議　会議録', center: true },
				{ table: [['日時', '令和６年１１月１９日（火）午後２時～午後４時'], ['場所', 'あかね市生涯学習センター　研修室１'], ['出席委員', '議長　小松　弘\n副議長　熊谷　由紀\n委員　栗原　純、樋口　和彦'], ['傍聴者', 'なし']] },
				{ text: '' },
				{ text: '○小松議長　ただいまから会議を開きます。' },
			]),
		);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(groups(decoded.text)).toEqual([['出席委員', ROLL]]);
	});

	test('in plain text, under a bare label too', () => {
		expect(groups(['第３回あかね市社会教育委員会議　会議録', '日時　令和６年１１月１９日（火）', '出席委員', '議長　小松　弘', '副議長　熊谷　由紀', '委員　栗原　純、樋口　和彦', '', '○小松議長　ただいまから会議を開きます。'].join('\n'))).toEqual([['出席委員', ROLL]]);
	});

	test('a role after a roll of names is a list of its own still', () => {
		expect(groups(['文学部教授会議事要録', '日　時　　令和６年１０月１６日（水）', '出席者　　小田切学部長、西谷教授', '陪　席　　学部事務長　村瀬', '記　録　　総務係　坂口', '', '議事に先立ち，議長から定足数を満たしている旨の報告があった。'].join('\n'))?.map(([group]) => group)).toEqual(['出席者', '陪席', '記録']);
	});
});
