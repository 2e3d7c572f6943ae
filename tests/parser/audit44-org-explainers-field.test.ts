/**
 * An agricultural committee's 定例総会議事録 numbers its header's parts and heads the staff who explain the applications
 * `４．議事説明員・職・氏名`, their posts and names on the line below (`事務局長　佐 伯　康 弘　　係長　平 田　恵 美　　主任　野 口　 翔`).
 * The part is a roll of those who explain, its people each with their post (it had been an unknown section, warned of, the
 * people kept as minutes text, so that the turns of `事務局長` and `係　長` were matched to no one).
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
	'　出席委員　３名',
	'　　１番　大 西　忠 義　　２番　小 松　美 和　　３番　辻　　 誠 一',
	'',
	'３．議事説明員・職・氏名',
	'　　事務局長　佐 伯　康 弘　　係長　平 田　恵 美　　主任　野 口　 翔',
	'',
	'４．審議事項',
	'　第３５号議案　農地法第３条の規定による許可申請について',
	'',
	'５．議事の内容',
	'議　長　　それでは第３５号議案を議題とします。事務局の説明を求めます。',
	'事務局長　第３５号議案について説明いたします。今回の申請は２件です。',
	'係　長　　通作距離に問題はないと考えております。',
].join('\n');

describe("an agricultural committee's staff under `議事説明員・職・氏名`", () => {
	const result = parseText(minutes, 'nogyo-soukai.txt');

	test('are a roll of their own, each with the post', () => {
		const group = result.meeting?.participants.find((entry) => entry.group.startsWith('議事説明員'));
		expect(group?.members.map((member) => [member.name?.replace(/ /gu, ''), member.title])).toEqual([
			['佐伯康弘', '事務局長'],
			['平田恵美', '係長'],
			['野口翔', '主任'],
		]);
	});

	test('and the part is no unknown section', () => {
		expect(result.diagnostics.filter((diagnostic) => diagnostic.message.includes('議事説明員'))).toEqual([]);
	});
});
