/**
 * The chair given under a company's or an association's roll with the post they hold and their name (`議長　　代表取締役　須藤
 * 光一`, `議長　理事長　森　明彦`): a roll of its own (the line had been read as two members of the group above, one of them named
 * no one); the chair signing at the end with a seal stays the record's text.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const rolls = (lines: readonly string[]) =>
	parseLines(lines, 'kabunushi.txt').meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])]);

describe('the chair under the roll', () => {
	test('a shareholders’ meeting: 議長 after the auditors', () => {
		expect(
			rolls([
				'第８期定時株主総会議事録',
				'',
				'日　時　　令和６年６月２６日（水）午前１０時',
				'場　所　　当社本店会議室',
				'出席取締役　　代表取締役　木島　亮、取締役　村井　綾',
				'出席監査役　　監査役　富田　誠',
				'議長　　　　　代表取締役　木島　亮',
				'',
				'議事の経過の要領及びその結果',
				'第１号議案　計算書類承認の件',
				'　議長が諮ったところ、満場一致で承認可決した。',
				'',
				'議長　代表取締役　木島　亮　㊞',
			]),
		).toEqual([
			['出席取締役', [['木島　亮', '代表取締役'], ['村井　綾', '取締役']]],
			['出席監査役', [['富田　誠', '監査役']]],
			['議長', [['木島　亮', '代表取締役']]],
		]);
	});

	test('an association’s board: 議長 after the absent', () => {
		expect(
			rolls([
				'一般社団法人みなと観光協会　第１５回理事会議事録',
				'',
				'日時　令和６年５月２０日（月）午後３時',
				'場所　協会会議室',
				'出席理事　理事長　森　明彦、理事　小山　誠、理事　谷口　春香',
				'欠席理事　理事　林　和人',
				'議長　理事長　森　明彦',
				'',
				'議事の経過の要領及びその結果',
				'第１号議案　事業計画の件',
				'　全員異議なく承認可決した。',
			]),
		).toEqual([
			['出席理事', [['森　明彦', '理事長'], ['小山　誠', '理事'], ['谷口　春香', '理事']]],
			['欠席理事', [['林　和人', '理事']]],
			['議長', [['森　明彦', '理事長']]],
		]);
	});
});
