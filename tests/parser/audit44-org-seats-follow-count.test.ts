/**
 * An agricultural committee's 定例総会議事録 gives its roll under `２．委員の出席状況` as the count and the words that announce the
 * seats below (`出席委員　３７名　議席番号・氏名　次のとおり`), then the seats (`１番　平 野　正 一　　２番　…`). The count is the
 * list's note and the words no member (they had been a member of the roll named no one, `議席番号・氏名　次のとおり`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'かえで市農業委員会第９回定例総会議事録',
	'',
	'１．開会日時・場所',
	'　日時　　令和６年９月２５日（水）　午後１時３０分',
	'　場所　　かえで市役所　西館３階　第２会議室',
	'',
	'２．委員の出席状況',
	'　出席委員　３名　　議席番号・氏名　次のとおり',
	'　　１番　大西　忠義　　２番　小松　美和　　３番　辻　誠一',
	'　欠席委員　１名',
	'　　４番　松尾　義男',
	'',
	'３．審議事項',
	'　第３５号議案　農地法第３条の規定による許可申請について',
	'',
	'４．議事の内容',
	'議　長　　それでは第３５号議案を議題とします。',
].join('\n');

describe('a count of the members present with the words announcing their seats below', () => {
	const group = parseText(minutes, 'nogyo-soukai.txt').meeting?.participants.find((entry) => entry.group === '出席委員');

	test('the count is the note and every member is named', () => {
		expect(group?.note).toBe('３名');
		expect(group?.members.map((member) => member.name)).toEqual(['大西　忠義', '小松　美和', '辻　誠一']);
	});
});
