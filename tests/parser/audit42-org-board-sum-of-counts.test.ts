/**
 * A company's 取締役会議事録 (after the common form) lists who came under `4.出席した取締役及び監査役` as `出席取締役　…` and
 * `出席監査役　…`, then sums them up on a line of its own: `以上　取締役4名、監査役1名出席` (`以上 取締役3名、監査役1名、株主2名
 * 出席`): a note on the list, no member (it had been read as two members named no one under the auditors).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'取締役会議事録',
	'',
	'1.開催日時　2024年5月15日（水）午前10時00分から午前11時20分',
	'2.開催場所　当会社本店会議室',
	'3.取締役総数　4名',
	'4.出席した取締役及び監査役',
	'　　出席取締役　　浅野　隆、松田　恵美、桑原　修、中西　弘',
	'　　出席監査役　　飯田　和子、石原　誠',
	'　　以上　取締役4名、監査役2名出席',
	'',
	'　定刻、議長は、本取締役会は適法に成立した旨を述べ、直ちに議案の審議に入った。',
	'',
	'第1号議案　計算書類等承認の件',
	'　議長は、計算書類の内容を説明し、その承認を求めたところ、満場一致をもって原案どおり承認可決された。',
	'',
	'　以上をもって本日の議事を終了したので、議長は午前11時20分閉会を宣した。',
];

describe('a board’s sum of who came under its lists', () => {
	const result = parseText(minutes.join('\n'), 'torishimariyakukai.txt');
	const roll = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)]);

	test('the auditors are the two named, no one nameless', () => {
		expect(roll).toEqual([
			['出席取締役', ['浅野　隆', '松田　恵美', '桑原　修', '中西　弘']],
			['出席監査役', ['飯田　和子', '石原　誠']],
		]);
	});

	test('the sum is a note on the list', () => {
		expect(result.meeting?.participants.map((group) => group.note ?? '').join('')).toContain('監査役2名出席');
	});
});
