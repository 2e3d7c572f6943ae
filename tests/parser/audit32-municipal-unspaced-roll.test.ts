/**
 * A city committee's roll of full names written without a space (`１．出席委員　◎山川昌子　○肥沼茂男　佐藤真和　北村道夫`),
 * its last line two names and the role of all (`駒田高行　田中富造各委員`: two members, each a 委員, where the line had been one
 * member `駒田高行　田中富造各`), and the office's staff by name and post (`姫野努次長補佐`: where the whole line had been one member).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const meeting = parseDocuments(
	[
		'議会運営委員会記録（第７回）',
		'',
		'１．日　時　　令和６年１２月１３日（金）　午前１０時８分～午前１０時５４分',
		'１．場　所　　ひがしの市役所第１委員会室',
		'１．出席委員　◎山川昌子　○肥沼茂男　佐藤真和　北村道夫　島田久美',
		'　　　　　　　駒田高行　田中富造各委員',
		'１．事務局員　榎本雅朝局長　南部和彦次長　姫野努次長補佐',
		'',
		'◎山川委員長　ただいまより、議会運営委員会を開会いたします。',
		'○佐藤委員　条例の見直しについて意見を述べます。',
		'◎山川委員長　以上で本日の議会運営委員会を閉会いたします。',
	].join('\n'),
	{ source: 'a.txt', sourceHash: '0'.repeat(64) },
)[0]?.meeting;

describe('a roll of full names without spaces', () => {
	test("its last line's two names are two members, each a 委員", () => {
		const members = meeting?.participants.find((group) => group.group === '出席委員')?.members.map((member) => `${member.title}:${member.name}`);
		expect(members).toEqual(['委員長:山川昌子', '副委員長:肥沼茂男', '委員:佐藤真和', '委員:北村道夫', '委員:島田久美', '委員:駒田高行', '委員:田中富造']);
	});

	test("the staff's names and posts, 次長補佐 too", () => {
		const members = meeting?.participants.find((group) => group.group === '事務局員')?.members.map((member) => `${member.title}:${member.name}`);
		expect(members).toEqual(['局長:榎本雅朝', '次長:南部和彦', '次長補佐:姫野努']);
	});
});
