/**
 * A ministry's 議事録 with its cover page copied in (the title over several lines, the month, the office), the title then
 * written again over the header: the cover is left out with a warning naming it, and the minutes are read from their title.
 * Before, the whole file fell to the plain reader (no participants, no handouts, the member groups read as speakers).
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `地域公共交通の持続可能性に関する検討会（第４回）議事録

１．日時　令和６年１０月２３日（水）１０：００～１２：００
２．場所　中央合同庁舎３号館　10階共用会議室
３．出席者
　　（委員）
　　　大森座長、川村委員、坂口委員
　　（事務局）
　　　総合政策局　地域交通課長　他
４．配布資料
　　資料１　　第３回検討会における主な意見

５．議事

○事務局　定刻となりましたので、ただいまから第４回検討会を開催いたします。
○大森座長　早速議事に入ります。
○川村委員　担い手不足について意見を述べます。
`;

const COVER = `




　　　　　　　　　地域公共交通の持続可能性に関する検討会
　　　　　　　　　　　　　　（第４回）

　　　　　　　　　　　　　　議　事　録


　　　　　　　　　　　　　令和６年１０月

　　　　　　　　　　　　国土交通省　総合政策局



`;

const read = (text: string) => parseMinutes(text, { source: 'kentokai.txt', sourceHash: '0'.repeat(64) });

describe('a cover page over the minutes', () => {
	test('is left out with a warning, and the minutes read as without it', () => {
		const plain = read(MINUTES);
		const covered = read(COVER + MINUTES);
		expect(covered.meeting).toEqual({ ...plain.meeting, sections: covered.meeting!.sections, remarks: covered.meeting!.remarks });
		expect(covered.meeting!.remarks.map((remark) => remark.speaker)).toEqual(['事務局', '大森座長', '川村委員']);
		expect(covered.meeting!.participants.length).toBeGreaterThan(0);
		const warning = covered.diagnostics.find((diagnostic) => diagnostic.code === 'cover-page');
		expect(warning?.line).toBe(6);
		expect(warning?.message).toContain('国土交通省 総合政策局');
	});

	test('a title over two lines above its header is no cover', () => {
		const result = read(`地域公共交通の持続可能性に関する検討会\n（第４回）議事録\n\n${MINUTES.split('\n').slice(2).join('\n')}`);
		expect(result.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('cover-page');
	});
});
