/**
 * A roll set in pairs of a role and a name on one line, as a word processor's table or tab stops align it
 * (`委員長⇥田村　修⇥副委員長⇥斎藤　礼子`, or single spaces between the cells once copied): a member per pair, each with
 * its role, none lost as an entry with neither name nor role.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const HASH = '0'.repeat(64);

const minutes = (roll: string[]): string =>
	['もみじ町議会広報委員会　会議録', '令和６年８月２日（金）　午前１０時開会', '出席委員（５名）', ...roll, '', '○田村委員長　ただいまから広報委員会を開会します。', '○千葉委員　賛成です。'].join('\n');

const members = (text: string) =>
	parseDocuments(text, { source: 'kouhou.txt', sourceHash: HASH })[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.title, member.name]));

describe('a roll in pairs of role and name on one line', () => {
	test('set with tabs', () => {
		expect(members(minutes(['委員長\t田村　修\t副委員長\t斎藤　礼子', '委員\t千葉　和夫\t委員\t横山　直美', '委員\t原田　進']))).toEqual([
			['委員長', '田村　修'],
			['副委員長', '斎藤　礼子'],
			['委員', '千葉　和夫'],
			['委員', '横山　直美'],
			['委員', '原田　進'],
		]);
	});

	test('with single spaces between the cells (a table or tabs copied as text)', () => {
		expect(members(minutes(['委員長 田村　修 副委員長 斎藤　礼子', '委員　千葉和夫　委員　斎藤礼子']))).toEqual([
			['委員長', '田村　修'],
			['副委員長', '斎藤　礼子'],
			['委員', '千葉和夫'],
			['委員', '斎藤礼子'],
		]);
	});

	test('posts the rolls do not list as roles (教育長, 学校教育課長), as a table of four columns gives them', () => {
		const text = ['かしわぎ市教育委員会定例会会議録', '令和６年１０月２８日（月）午後２時開会', '出席者', '教育長\t山本　啓介\t委員\t大野　節子', '事務局', '教育部長\t林　正人\t学校教育課長\t森　和也', '○山本教育長　開会します。', '○大野委員　質問します。'].join('\n');
		expect(members(text)).toEqual([
			['教育長', '山本　啓介'],
			['委員', '大野　節子'],
			['教育部長', '林　正人'],
			['学校教育課長', '森　和也'],
		]);
	});
});
