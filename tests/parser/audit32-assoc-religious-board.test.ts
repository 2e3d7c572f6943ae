/**
 * A religious corporation's 責任役員会: its officers present (`出席責任役員`) over lines of their own, its count of officers
 * (`責任役員定数`), and turns labelled by a surname and `役員` (`田村役員　…`): a roll, a count kept as text, and turns each.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

describe('a temple’s board of responsible officers', () => {
	const result = parseLines([
		'宗教法人 光明寺',
		'責任役員会議事録',
		'',
		'日時　令和６年３月１０日　午後２時',
		'場所　光明寺 客殿',
		'責任役員定数　３名',
		'出席責任役員　責任役員　大谷　隆光',
		'　　　　　　　責任役員　田村　栄一',
		'　　　　　　　責任役員　福田　敏子',
		'',
		'議事',
		'議案第２号　本堂屋根修繕工事の件',
		'田村役員　見積りは何社から取りましたか。',
		'議長　三社から取り、最も低廉な業者を選定しました。',
		'福田役員　檀家への寄付のお願いはいつ出しますか。',
		'議長　四月の総代会で説明した後に送付します。',
	]);

	test('reads the officers present as a roll', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			['出席責任役員', [['責任役員', '大谷　隆光'], ['責任役員', '田村　栄一'], ['責任役員', '福田　敏子']]],
		]);
	});

	test('reads each officer’s turn apart from the chair’s answer', () => {
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['田村役員', '見積りは何社から取りましたか。'],
			['議長', '三社から取り、最も低廉な業者を選定しました。'],
			['福田役員', '檀家への寄付のお願いはいつ出しますか。'],
			['議長', '四月の総代会で説明した後に送付します。'],
		]);
	});
});
