/**
 * A company's 取締役会 counting its board in the Companies Act's words, with の (`取締役の総数　５名`, `出席取締役の数　５名`,
 * `監査役の総数　１名`): counts of the record kept as its text, with no warning (each had been an unknown section, warned about),
 * and the roll after them read as before.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const minutes = [
	'取締役会議事録',
	'',
	'１．日時　　令和６年１１月５日（火）午前１０時',
	'２．場所　　当社本社会議室',
	'３．取締役の総数　　４名',
	'　　出席取締役の数　４名',
	'　　監査役の総数　　１名',
	'　　出席監査役の数　１名',
	'４．出席取締役　　代表取締役　高野　俊介、取締役　西田　彩、取締役　堀江　学、取締役　三宅　亮',
	'５．出席監査役　　監査役　村瀬　哲',
	'',
	'６．議事の経過の要領及びその結果',
	'第１号議案　本店移転の件',
	'　議長が諮ったところ、出席取締役全員の一致をもって原案どおり承認可決した。',
];

describe('a board’s counts written with の', () => {
	const result = parseLines(minutes, 'torishimariyakukai.txt');

	test('no warning of an unknown section; the roll after the counts is read, the counts no members', () => {
		expect(result.diagnostics.filter((diagnostic) => diagnostic.message.includes('is not a header section'))).toEqual([]);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席取締役', ['高野　俊介', '西田　彩', '堀江　学', '三宅　亮']],
			['出席監査役', ['村瀬　哲']],
		]);
	});
});
