/**
 * Council minutes whose turns are written `名前：…` right under the header's fields, no blank line between (as a saved web
 * page's or a Word document's paragraphs read in text), and whose headings between turns carry no mark or number
 * (`バス路線の再編について`). The first turn had been read as more of the header: no minutes text found, the file kept as a
 * plain document and its roll lost; and a heading had run into the speech above it.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

function read(text: string) {
	const [result] = parseDocuments(text, { source: 'kotsu-3.txt', sourceHash: '0'.repeat(64) });
	const meeting = result?.meeting;
	const titles = new Map((meeting?.sections ?? []).map((section) => [section.id, section.title]));
	return {
		family: result?.family,
		roll: (meeting?.participants ?? []).map((group) => [group.group, group.members.length]),
		remarks: (meeting?.remarks ?? []).map((remark) => [remark.speaker, titles.get(remark.section ?? ''), remark.text]),
		warnings: result?.diagnostics.map((diagnostic) => diagnostic.code) ?? [],
	};
}

const HEADER = `第３回地域交通検討会　議事録
日時：令和６年５月１０日（金）１０：００～１２：００
場所：市役所３階会議室
出席者：山田座長、鈴木委員、佐藤委員
`;

describe('turns written with a colon right under the header', () => {
	test('the first turn opens the text; the roll is read; unmarked headings between turns start their sections', () => {
		const { family, roll, remarks, warnings } = read(`${HEADER}山田座長：それでは第３回検討会を開会します。
バス路線の再編について
事務局（中村課長）：資料１に沿って説明します。
鈴木委員：利用者の意見はどう集めましたか。
今後の進め方
山田座長：次回は７月に開催します。
`);
		expect(family).toBe('council');
		expect(roll).toEqual([['出席者', 3]]);
		expect(remarks).toEqual([
			['山田座長', '', 'それでは第３回検討会を開会します。'],
			['事務局（中村課長）', 'バス路線の再編について', '資料１に沿って説明します。'],
			['鈴木委員', 'バス路線の再編について', '利用者の意見はどう集めましたか。'],
			['山田座長', '今後の進め方', '次回は７月に開催します。'],
		]);
		expect(warnings).not.toContain('unknown-layout');
	});

	test('a field after the roll stays the header: a list of staff under a colon is no turn', () => {
		const { roll, remarks } = read(`${HEADER}事務局：中村課長、田中主査
山田座長：それでは第３回検討会を開会します。
鈴木委員：利用者の意見はどう集めましたか。
`);
		expect(roll.map(([group]) => group)).toContain('出席者');
		expect(remarks.map(([speaker]) => speaker)).toEqual(['山田座長', '鈴木委員']);
	});

	test('a short line of speech stays in the turn when no turn follows it', () => {
		const { remarks } = read(`${HEADER}山田座長：それでは第３回検討会を開会します。
鈴木委員：利用者の意見はどう集めましたか。
アンケートの結果
も教えてください。
山田座長：次回は７月に開催します。
`);
		expect(remarks).toEqual([
			['山田座長', '', 'それでは第３回検討会を開会します。'],
			['鈴木委員', '', '利用者の意見はどう集めましたか。\nアンケートの結果\nも教えてください。'],
			['山田座長', '', '次回は７月に開催します。'],
		]);
	});
});
