/**
 * A union's 定期大会 lists its guests by body, post and full name a space apart, 様 after them (`６．来賓　　化学産業労連 副会長 島田
 * 浩二 様`), and the delegates present as a count with its note (`４．出席代議員　５４名（うち委任状６名）`): the guest is named
 * with the post and the body (the entry had named no one), the count is the roll's note whole.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = (guest: string) =>
	[
		'東邦化成労働組合　第４７回定期大会　議事録',
		'',
		'１．日　時　　２０２４年９月１４日（土）１３時３０分～１７時００分',
		'２．場　所　　市民会館　第２ホール',
		'４．出席代議員　５４名（うち委任状６名）',
		'５．役員出席　　中央執行委員長　菅野 洋一、副委員長　江藤 直樹',
		`６．来賓　　　　${guest}`,
		'',
		'【議事】',
		'第１号議案　２０２３年度活動報告承認の件',
		'',
		'【議事の経過】',
		'議長（岡村）：ただいまから第４７回定期大会を開会します。',
		'菅野中央執行委員長：本日はお集まりいただきありがとうございます。',
	].join('\n');

describe('a guest by body, post and full name', () => {
	for (const [guest, name] of [['化学産業労連 副会長 島田 浩二 様', '島田 浩二'], ['化学産業労連　副会長　島田　浩二　様', '島田　浩二'], ['化学産業労連 副会長 島田 浩二', '島田 浩二']] as const) {
		test(guest, () => {
			const guests = parseText(minutes(guest), 'taikai.txt').meeting?.participants.find((group) => group.group === '来賓')?.members;
			expect(guests?.map((member) => [member.name, member.title, member.affiliation])).toEqual([[name, '副会長', '化学産業労連']]);
		});
	}

	test('the delegates’ count is the roll’s note whole', () => {
		const present = parseText(minutes('化学産業労連 副会長 島田 浩二 様'), 'taikai.txt').meeting?.participants.find((group) => group.group === '出席代議員');
		expect(present?.note).toBe('５４名（うち委任状６名）');
		expect(present?.members).toEqual([]);
	});
});
