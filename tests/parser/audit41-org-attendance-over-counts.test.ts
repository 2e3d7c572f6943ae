/**
 * A company's 取締役会議事録 heads its roll with `３．出席者` alone, then the counts (`取締役総数　５名　　出席取締役　５名`,
 * `監査役総数　２名　　出席監査役　２名`), then the lists (`出席取締役　…`, `出席監査役　…`): the label heads the lists below the
 * counts, no list of its own (it had been warned of as listing nobody).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const minutes = [
	'取締役会議事録',
	'',
	'１．日時　　２０２４年５月３１日（金）午前１０時００分',
	'２．場所　　当社本店会議室',
	'３．出席者',
	'　取締役総数　３名　　出席取締役　３名',
	'　監査役総数　１名　　出席監査役　１名',
	'　出席取締役　高木　一郎（議長）、原田　健、菊池　由美',
	'　出席監査役　小島　正樹',
	'',
	'４．議事の経過の要領及びその結果',
	'　定刻、代表取締役高木一郎は議長となり、開会を宣し、直ちに議事に入った。',
	'第１号議案　重要な契約締結の件',
	'　議長は、本件契約を締結したい旨を述べ、全員一致をもって承認可決した。',
];

describe('a board’s 出席者 over the counts and the lists', () => {
	const result = parseLines(minutes, 'torishimariyakukai.txt');

	test('no warning that it lists nobody; the lists are read', () => {
		expect(result.diagnostics.filter((d) => d.message.includes('lists nobody'))).toEqual([]);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.length])).toEqual([
			['出席取締役', 3],
			['出席監査役', 1],
		]);
	});
});
