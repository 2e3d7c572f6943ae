/**
 * The record's narration right under a summary's turn, in its plain past form (`事務局から資料２により説明があり、了承された。`,
 * `…説明があり、質疑が行われた。`, `委員から、…との意見があった。`): the record's words, no more of the speaker's.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const remarks = (body: readonly string[]) =>
	parseDocuments(['第３回みどり市環境審議会　議事要旨', '', '日　時　令和６年１１月１２日（火）午後２時から午後３時３０分まで', '場　所　みどり市役所本庁舎５階　第二会議室', '出席者　石川会長、中島委員', '', '議事概要', ...body].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.remarks.map((remark) => [remark.speaker, remark.text]);

describe('narration under a turn', () => {
	test.each(['事務局から資料２により説明があり、了承された。', '事務局から資料２について説明があり、質疑が行われた。', '議案第１号について事務局から説明があり、原案のとおり承認された。', '委員から、目標値が高すぎるとの意見があった。'])('%s ends the turn above', (narration) => {
		expect(remarks(['中島委員：目標値の根拠を示してほしい。', narration])).toEqual([['中島委員', '目標値の根拠を示してほしい。']]);
	});

	test("a speaker's own words of what was explained stay theirs", () => {
		expect(remarks(['○中島委員　先ほど事務局から説明がありましたが、', '目標値の根拠を示してほしい。'])).toEqual([['中島委員', '先ほど事務局から説明がありましたが、目標値の根拠を示してほしい。']]);
	});
});
