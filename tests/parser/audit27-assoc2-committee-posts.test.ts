/**
 * A PTA's or an association's committee post, its field before it (`学級委員長`, `学年委員長`, `広報委員長`), before a surname of
 * one letter (`学級委員長　岡`): the post and the person, as `書記　林` reads. The entry had been left without a name.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (lines: readonly string[]) =>
	parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]));

describe("a committee's post before a surname of one letter", () => {
	test("a PTA's 学級委員会", () => {
		expect(
			members([
				'令和６年度　第２回　学級委員会　議事録',
				'市立みなみ小学校ＰＴＡ',
				'',
				'日時：令和６年１１月１２日（火）１０：００～１１：００',
				'場所：みなみ小学校　図書室',
				'出席者：学級委員長　岡、副委員長　西田、書記　林、広報委員長　森',
				'',
				'議事',
				'岡委員長：本日の議題はバザーについてです。',
			]),
		).toEqual([
			['岡', '学級委員長'],
			['西田', '副委員長'],
			['林', '書記'],
			['森', '広報委員長'],
		]);
	});

	test('a 学年委員長 among the officers of a 運営委員会', () => {
		expect(
			members([
				'令和６年度　第４回　運営委員会　議事録',
				'市立ひがし中学校PTA',
				'',
				'日時：令和６年１２月３日（火）１９：００～２０：３０',
				'場所：会議室',
				'出席者：会長　関口、学年委員長　岡、校長　市川',
				'',
				'関口会長：本日もよろしくお願いします。',
			]),
		).toEqual([
			['関口', '会長'],
			['岡', '学年委員長'],
			['市川', '校長'],
		]);
	});
});
